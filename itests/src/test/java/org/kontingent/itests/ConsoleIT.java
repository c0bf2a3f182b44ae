package org.kontingent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;

import org.apache.karaf.features.BootFinished;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.kontingent.itests.Http.Answer;
import org.kontingent.platform.api.security.Role;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The web console in headless Chromium against the distribution with a small demo region: the
 * sign-in with the forced change of a one-time password, the search of a learner and their
 * portfolio, a report with its chart and files, the scope kept by URL, and the second language.
 * One boot for the class; each test has a browser of its own (a fresh profile, as a new user's).
 * Screenshots go to {@code itests/target/screenshots}; with {@code -Dkontingent.screenshots=<folder>}
 * the main screens are also written there at laptop size for the documentation.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConsoleIT {
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String LEARNERS_FORM = "statistics.learners-by-organization-type";

    /** Set up once per container: the region's facts the tests use. */
    private static Http admin;
    /** A learner of the first municipality, and one of another municipality; their organizations. */
    private static long ownLearner;
    private static long otherLearner;
    private static long ownOrganization;
    private static long otherOrganization;
    private static long municipality;
    private static String municipalityName;
    private static Http employee;

    @Inject
    private BootFinished bootFinished;

    @Configuration
    public Option[] configuration() {
        return KontingentDistribution.options(Map.of(), editConfigurationFilePut("etc/org.kontingent.demo.cfg", "learners", "3000"),
                Console.screenshots());
    }

    @Before
    public void regionLoaded() {
        if (admin != null) {
            return;
        }
        Http anonymous = KontingentDistribution.http();
        Eventually.await("health 200", PATIENCE, () -> anonymous.status("/api/v1/health") == 200);
        Eventually.await("the demo region loaded", PATIENCE, () -> anonymous.get("/api/v1/health").body().path("checks")
                .path("demo-region").path("message").asText().startsWith("Demo region loaded"));
        Http signedIn = KontingentDistribution.admin();
        // two learners in different municipalities: the first page of learners, by their organizations' authorities
        JsonNode learners = signedIn.get("/api/v1/learners?limit=100").body().path("items");
        Long first = null;
        Long firstAuthority = null;
        for (JsonNode match : learners) {
            long person = match.path("person").path("id").asLong();
            Long authority = authorityOf(signedIn, person);
            if (authority == null) {
                continue;
            }
            if (first == null) {
                first = person;
                firstAuthority = authority;
            } else if (!authority.equals(firstAuthority)) {
                otherLearner = person;
                break;
            }
        }
        assertTrue("two learners of different municipalities among " + learners.size(), first != null && otherLearner != 0);
        ownLearner = first;
        municipality = firstAuthority;
        ownOrganization = organizationOf(signedIn, ownLearner);
        otherOrganization = organizationOf(signedIn, otherLearner);
        JsonNode authority = signedIn.get("/api/v1/authorities/" + municipality).body().path("authority");
        municipalityName = authority.path("shortName").asText(authority.path("fullName").asText());
        if (municipalityName.isBlank()) {
            municipalityName = authority.path("fullName").asText();
        }
        employee = Users.create(signedIn, "district.employee", Role.EMPLOYEE, "{\"kind\":\"AUTHORITY\",\"id\":" + municipality + "}");
        admin = signedIn;
    }

    /** The authority of a person's current learner membership's organization; null when none. */
    private static Long authorityOf(Http http, long person) {
        Long organization = organizationOf(http, person);
        return organization == null ? null : http.get("/api/v1/organizations/" + organization).body()
                .path("organization").path("authorityId").asLong();
    }

    /** The organization of a person's current learner membership; null when none. */
    private static Long organizationOf(Http http, long person) {
        for (JsonNode membership : http.get("/api/v1/persons/" + person).body().path("person").path("memberships")) {
            if (membership.path("current").asBoolean() && "learner".equals(membership.path("role").asText())) {
                return membership.path("organizationId").asLong();
            }
        }
        return null;
    }

    @Test
    public void aNewUserSignsInChangesTheOneTimePasswordAndSignsOut() {
        Answer created = admin.post("/api/v1/admin/users", "{\"login\":\"new.inspector\",\"displayName\":\"Инспектор Петрова\","
                + "\"role\":\"AUTHORITY_ADMINISTRATOR\",\"scope\":{\"kind\":\"AUTHORITY\",\"id\":" + municipality + "}}");
        assertEquals(created.body().toString(), 201, created.status());
        String oneTime = created.body().path("oneTimePassword").asText();
        String own = "Собственный-пароль-2026";
        Console.withBrowser("sign-in", browser -> {
            browser.open("/contingent");
            browser.find("[data-testid=signin-form]");
            browser.screenshot("01-sign-in");
            browser.type("[data-testid=login]", "new.inspector");
            browser.type("[data-testid=password]", "неверный-пароль");
            browser.click("[data-testid=signin-submit]");
            assertTrue(browser.text("[data-testid=signin-error]").contains("Неверный логин или пароль"));

            browser.type("[data-testid=password]", oneTime);
            browser.click("[data-testid=signin-submit]");
            browser.find("[data-testid=password-form]");
            assertEquals("the console is closed until the password is changed", 403,
                    browser.fetchJson("/api/v1/dictionaries").path("status").asInt());
            browser.type("[data-testid=current-password]", oneTime);
            browser.type("[data-testid=new-password]", own);
            browser.type("[data-testid=repeat-password]", own + "-опечатка");
            browser.click("[data-testid=password-submit]");
            assertTrue(browser.text("[data-testid=password-error]").contains("не совпадают"));
            browser.type("[data-testid=repeat-password]", own);
            browser.click("[data-testid=password-submit]");

            assertEquals("Инспектор Петрова", browser.text("[data-testid=user-name]"));
            assertEquals("Администратор органа управления", browser.text("[data-testid=user-role]"));
            browser.waitForText("[data-testid=user-scope]", municipalityName);
            assertEquals("the page asked for before signing in", "/contingent", browser.path());
            List<String> sections = List.of("home", "contingent", "organizations", "authorities", "reports", "admin");
            for (String section : sections) {
                assertTrue(section + " is in the navigation", browser.present("[data-testid=nav-" + section + "]"));
            }
            browser.click("[data-testid=nav-admin]");
            browser.find("[data-testid=admin-overview]");
            assertTrue("an authority's administrator manages its users", browser.present("[data-testid=admin-nav-users]"));
            browser.screenshot("02-administration");

            browser.click("[data-testid=sign-out]");
            browser.find("[data-testid=signed-out]");
            assertEquals("the session is over on the server too", 401, browser.fetchJson("/api/v1/session").path("status").asInt());
            Console.signIn(browser, "new.inspector", own);
            assertEquals("Инспектор Петрова", browser.text("[data-testid=user-name]"));
        });
    }

    @Test
    public void aLearnerIsFoundByPartOfTheSurnameAndTheMigrationTabShowsTheOrganizations() {
        JsonNode person = admin.get("/api/v1/persons/" + ownLearner).body().path("person");
        String prefix = person.path("surname").asText().substring(0, 4).toLowerCase(new Locale("ru"));
        JsonNode expected = admin.get("/api/v1/learners?limit=10&surname=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8)).body();
        long total = expected.path("total").asLong();
        Console.withBrowser("search", browser -> {
            Console.signIn(browser, "admin", KontingentDistribution.ADMIN_PASSWORD);
            browser.click("[data-testid=nav-contingent]");
            browser.type("[data-testid=search-surname]", prefix);
            browser.click("[data-testid=search-extended]");
            browser.find("[data-testid=search-documentType]");
            browser.click("[data-testid=search-extended]");
            browser.click("[data-testid=search-submit]");
            String range = browser.waitForText("[data-testid=search-range]", " из ");
            assertEquals("1 – " + Math.min(10, total) + " из " + grouped(total), range.replace('\u00a0', ' '));
            List<Browser.Element> names = browser.findAll("[data-testid=search-person]");
            assertEquals(Math.min(10, total), names.size());
            String firstName = names.get(0).text();
            assertTrue(firstName + " starts with " + prefix, firstName.toLowerCase(new Locale("ru")).startsWith(prefix));
            assertEquals(expected.path("items").path(0).path("person").path("maskedSnils").asText(""),
                    browser.findAll("[data-testid=search-row] td.mono").get(0).text().replace("—", ""));
            browser.screenshot("03-search");
            if (total > 10) {
                browser.click("[data-testid=search-next]");
                browser.waitForText("[data-testid=search-range]", "11 – ");
                browser.click("[data-testid=search-previous]");
                browser.waitForText("[data-testid=search-range]", "1 – ");
            }

            browser.click("[data-testid=search-person]");
            String opened = browser.waitFor("a person's page", Browser.PATIENCE,
                    () -> browser.path().matches("/persons/[0-9]+") ? browser.path() : null);
            JsonNode card = admin.get("/api/v1/persons/" + opened.substring("/persons/".length())).body().path("person");
            assertEquals(String.join(" ", card.path("surname").asText(), card.path("name").asText(), card.path("patronymic").asText()).strip(),
                    browser.text("[data-testid=person-name]"));
            browser.screenshot("04-person-general");
            browser.click("[data-testid=tab-migration]");
            browser.find("[data-testid=panel-migration]");
            assertTrue(browser.path().endsWith("?tab=migration"));
            Browser.waitUntil("a row per membership", Browser.PATIENCE,
                    () -> browser.findAll("[data-testid=membership]").size() == card.path("memberships").size());
            Set<String> organizations = new HashSet<>();
            card.path("memberships").forEach(m -> organizations.add(m.path("organizationName").asText()));
            String firstRow = browser.text("[data-testid=membership] td");
            assertTrue(firstRow + " is one of " + organizations, organizations.stream().anyMatch(firstRow::startsWith));
            browser.screenshot("05-person-migration");
            browser.click("[data-testid=tab-performance]");
            assertTrue(browser.text("[data-testid=performance-none]").contains("Отметки в реестре не ведутся"));
        });
    }

    @Test
    public void aReportIsRunWithItsChartAndDownloadedAsExcelAndPdf() {
        Console.withBrowser("report", browser -> {
            Console.signIn(browser, "admin", KontingentDistribution.ADMIN_PASSWORD);
            browser.click("[data-testid=nav-reports]");
            browser.waitForText("[data-testid=category-statistics] h2", "Статистика");
            browser.screenshot("06-report-catalogue");
            Documentation.screenshot(browser, "reports-catalogue", null);
            browser.click("[data-testid=\"report-" + LEARNERS_FORM + "\"]");
            assertEquals("today by default", LocalDate.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                    browser.find("[data-testid=parameter-date]").property("value"));
            assertEquals("region", browser.find("[data-testid=parameter-level]").property("value"));
            browser.click("[data-testid=report-run]");
            browser.find("[data-testid=report-status][data-status=done]");
            browser.find("[data-testid=report-row][data-kind=TOTAL].row-total");

            String xlsx = browser.find("[data-testid=export-xlsx]").attribute("href");
            String run = xlsx.replaceAll(".*/runs/([^/]+)/export.*", "$1");
            JsonNode rows = browser.fetchJson("/api/v1/reports/runs/" + run + "/rows?limit=1000").path("body");
            String categoryColumn = browser.fetchJson("/api/v1/reports/" + LEARNERS_FORM).path("body").path("chart")
                    .path("categoryColumn").asText();
            int type = columnIndex(rows.path("columns"), categoryColumn);
            Set<String> categories = new LinkedHashSet<>();
            rows.path("rows").forEach(r -> {
                if (r.path("kind").asText().equals("DATA")) {
                    categories.add(r.path("values").path(type).asText(""));
                }
            });
            assertFalse("the demo region has learners to chart", categories.isEmpty());
            Browser.waitUntil("a boys' and a girls' segment for each of the " + categories.size() + " organization types",
                    Browser.PATIENCE, () -> browser.findAll("[data-testid=chart-segment]").size() == 2 * categories.size());
            assertEquals(categories.size(), browser.findAll("[data-testid=chart-segment][data-series=girls]").size());
            browser.screenshot("07-report-result");
            Documentation.screenshot(browser, "report-result", "[data-testid=report-result]");

            JsonNode excel = browser.fetch(xlsx, 2);
            assertEquals(excel.toString(), 200, excel.path("status").asInt());
            assertEquals("PK", excel.path("head").asText());
            JsonNode pdf = browser.fetch(browser.find("[data-testid=export-pdf]").attribute("href"), 4);
            assertEquals(pdf.toString(), 200, pdf.path("status").asInt());
            assertEquals("%PDF", pdf.path("head").asText());

            // a refusal of the server is shown next to the parameter it names
            browser.open("/reports/statistics.provider-load");
            browser.type("[data-testid=parameter-from]", "01.12.2026");
            browser.type("[data-testid=parameter-to]", "01.01.2026");
            browser.click("[data-testid=report-run]");
            assertFalse(browser.text("[data-testid=parameter-from-error]").isBlank());
            assertFalse("nothing ran", browser.present("[data-testid=report-result]"));
            browser.screenshot("08-report-refusal");
        });
    }

    @Test
    public void theCatalogueFollowsAFormBundleRemovedAndInstalledWithoutAReload() {
        String plugin = "kontingent-reports-movement";
        String form = "[data-testid=\"report-movement.leaving-reasons\"]";
        Console.withBrowser("catalogue", browser -> {
            Console.signIn(browser, "admin", KontingentDistribution.ADMIN_PASSWORD);
            browser.click("[data-testid=nav-reports]");
            browser.find(form);
            browser.script("window.kontingentPage = 'the same page'; return true;");
            try {
                assertEquals(204, admin.delete("/api/v1/plugins/" + plugin).status());
                Browser.waitUntil("the movement forms gone from the catalogue", PATIENCE, () -> !browser.present(form));
                assertEquals(200, admin.post("/api/v1/plugins", "{\"id\":\"" + plugin + "\"}").status());
                Browser.waitUntil("the movement forms back in the catalogue", PATIENCE, () -> browser.present(form));
                assertEquals("no reload", "the same page", browser.script("return window.kontingentPage;").asText());
            } finally {
                if (!installed(plugin)) {
                    admin.post("/api/v1/plugins", "{\"id\":\"" + plugin + "\"}");
                }
            }
        });
    }

    @Test
    public void aUserOfOneMunicipalityCannotOpenAnothersLearnerByUrl() {
        Console.withBrowser("scope", browser -> {
            Console.signIn(browser, "district.employee", Users.PASSWORD);
            assertEquals("Сотрудник", browser.text("[data-testid=user-role]"));
            assertTrue("an employee uploads data and reads the load journal", browser.present("[data-testid=nav-admin]"));

            browser.open("/persons/" + otherLearner);
            assertEquals("404", browser.find("[data-testid=no-access]").attribute("data-status"));
            assertTrue(browser.text("[data-testid=no-access] h1").contains("Нет доступа"));
            assertEquals("the server refused the card itself (not found in the scope, whether or not it exists)", 404,
                    browser.fetchJson("/api/v1/persons/" + otherLearner).path("status").asInt());
            assertEquals(404, employee.get("/api/v1/persons/" + otherLearner).status());
            browser.screenshot("09-no-access");

            browser.open("/persons/" + ownLearner);
            browser.find("[data-testid=person-name]");
            assertEquals(200, browser.fetchJson("/api/v1/persons/" + ownLearner).path("status").asInt());

            browser.open("/admin/users");
            assertEquals("no permission for the screen", "403", browser.find("[data-testid=no-access]").attribute("data-status"));
        });
    }

    @Test
    public void theConsoleSpeaksEnglishWhenTheLanguageIsChanged() {
        Console.withBrowser("language", browser -> {
            Console.signIn(browser, "admin", KontingentDistribution.ADMIN_PASSWORD);
            assertEquals("Контингент", browser.text("[data-testid=nav-contingent]"));
            browser.select("[data-testid=language]", "en");
            browser.waitForText("[data-testid=nav-contingent]", "Learners");
            assertEquals("Sign out", browser.text("[data-testid=sign-out]"));
            assertEquals("System administrator", browser.text("[data-testid=user-role]"));
            browser.click("[data-testid=nav-reports]");
            String title = browser.text("[data-testid=category-statistics] h2");
            assertNotEquals("the report API answers in the language asked for", "Статистика", title);
            assertFalse(title, title.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC));
            browser.screenshot("10-english");
            browser.open("/");
            assertEquals("the choice is kept", "Learners", browser.text("[data-testid=nav-contingent]"));
            browser.select("[data-testid=language]", "ru");
            browser.waitForText("[data-testid=nav-contingent]", "Контингент");
            // what the server wrote in English (the report's columns, the chart's legend) is read again in Russian
            String legend = browser.waitForText("[data-testid=home-learners] .legend", "Девочек");
            assertFalse(legend, legend.contains("Girls") || legend.contains("Boys"));
            assertEquals("Организации по типам", browser.text("[data-testid=home-organizations] h2"));
            browser.resize(1024, 768);
            browser.find("[data-testid=home-learners] [data-testid=chart-svg]");
            browser.screenshot("11-home-tablet");
            browser.resize(1366, 900);
            browser.find("[data-testid=home-organizations] [data-testid=chart-svg]");
            browser.screenshot("12-home");
            Documentation.screenshot(browser, "home", null);
        });
    }

    @Test
    public void anOrganizationIsFoundByPartOfItsNameAndItsPortfolioLeadsToClassesLearnersAndALearner() {
        // a school of the first municipality with classes this academic year
        long found = 0;
        for (JsonNode school : admin.get("/api/v1/organizations?level=general&limit=100&authority=" + municipality).body().path("items")) {
            if (admin.get("/api/v1/organizations/" + school.path("id").asLong()).body().path("classes").size() > 0) {
                found = school.path("id").asLong();
                break;
            }
        }
        assertTrue("a school with classes in the municipality", found != 0);
        long school = found;
        JsonNode card = admin.get("/api/v1/organizations/" + school).body();
        String fullName = card.path("organization").path("fullName").asText();
        // a part of the name, in lower case: the search is by fragment and ignores case
        String fragment = fullName.substring(Math.min(4, fullName.length() / 4), fullName.length() - 2).toLowerCase(new Locale("ru"));
        long named = admin.get("/api/v1/organizations?name=" + URLEncoder.encode(fragment, StandardCharsets.UTF_8)).body()
                .path("total").asLong();
        long all = admin.get("/api/v1/organizations").body().path("total").asLong();
        String year = card.path("academicYear").asText();
        String previous = (Integer.parseInt(year.substring(0, 4)) - 1) + "-" + year.substring(0, 4);
        JsonNode earlier = admin.get("/api/v1/organizations/" + school + "?year=" + previous).body();
        JsonNode learners = admin.get("/api/v1/organizations/" + school + "/learners").body();
        Console.withBrowser("organization", browser -> {
            Console.signIn(browser, "admin", KontingentDistribution.ADMIN_PASSWORD);
            browser.click("[data-testid=nav-organizations]");
            assertEquals("the whole region before a search", "1 – 10 из " + grouped(all),
                    browser.waitForText("[data-testid=organizations-range]", " из ").replace('\u00a0', ' '));
            Documentation.screenshot(browser, "organizations", null);
            // sorted by name descending, then by settlement: the server's order, the header says which
            browser.click("[data-testid=sort-name]");
            browser.waitFor("the list sorted by name descending", PATIENCE, () -> browser.path().contains("sort=-name") ? true : null);
            browser.find("th[aria-sort=descending] [data-testid=sort-name]");
            String lastByName = admin.get("/api/v1/organizations?sort=-name&limit=10").body().path("items").path(0).path("fullName").asText();
            browser.waitForText("[data-testid=organization-link]", lastByName);

            browser.type("[data-testid=organization-name]", fragment);
            browser.click("[data-testid=organization-submit]");
            String range = browser.waitForText("[data-testid=organizations-range]", "из " + grouped(named));
            assertEquals("1 – " + Math.min(10, named) + " из " + grouped(named), range.replace('\u00a0', ' '));
            browser.click("[data-testid=organization-row][data-id=\"" + school + "\"] a");

            assertEquals(fullName, browser.text("[data-testid=organization-name]"));
            assertEquals("/organizations/" + school, browser.path());
            String details = browser.text("[data-testid=organization-details]");
            JsonNode authority = card.path("authority");
            assertTrue(details, details.contains(authority.path("shortName").asText(authority.path("fullName").asText())));
            browser.click("[data-testid=tab-requisites]");
            String requisites = browser.text("[data-testid=organization-requisites]");
            for (String field : List.of("inn", "kpp", "ogrn", "oktmo")) {
                String value = card.path("requisites").path(field).asText("");
                assertTrue(field + " " + value + " in " + requisites, requisites.contains(value.isEmpty() ? "—" : value));
            }

            browser.click("[data-testid=tab-classes]");
            browser.waitForText("[data-testid=academic-year]", year);
            Browser.waitUntil("a cell per class of " + year, PATIENCE,
                    () -> browser.findAll("[data-testid=class]").size() == card.path("classes").size());
            browser.click("[data-testid=year-previous]");
            browser.waitForText("[data-testid=academic-year]", previous);
            assertTrue(browser.path(), browser.path().contains("year=" + previous));
            Browser.waitUntil("a cell per class of " + previous, PATIENCE,
                    () -> browser.findAll("[data-testid=class]").size() == earlier.path("classes").size()
                            && (earlier.path("classes").size() > 0 || browser.present("[data-testid=classes-none]")));
            browser.click("[data-testid=year-next]");
            browser.waitForText("[data-testid=academic-year]", year);
            Browser.waitUntil("the classes of " + year + " again", PATIENCE,
                    () -> browser.findAll("[data-testid=class]").size() == card.path("classes").size());
            JsonNode first = card.path("classes").path(0);
            browser.click("[data-testid=class]");
            String classCard = browser.text("[data-testid=class-card]");
            assertTrue(classCard, classCard.contains(first.path("name").asText()));
            Documentation.screenshot(browser, "organization", null);

            browser.click("[data-testid=tab-learners]");
            long total = learners.path("total").asLong();
            assertEquals("the learners the API counts", "1 – " + Math.min(10, total) + " из " + grouped(total),
                    browser.waitForText("[data-testid=learners-range]", " из ").replace('\u00a0', ' '));
            assertEquals(personName(learners.path("items").path(0)), browser.text("[data-testid=learner-link]"));
            // sorted by name descending, as the API sorts; a learner with a name in Cyrillic opened from there
            browser.click("[data-testid=sort-name]");
            browser.waitFor("the learners sorted by name descending", PATIENCE, () -> browser.path().contains("sort=-name") ? true : null);
            JsonNode descending = admin.get("/api/v1/organizations/" + school + "/learners?sort=-name").body().path("items");
            browser.waitForText("[data-testid=learner-link]", personName(descending.path(0)));
            JsonNode learner = descending.path(0);
            for (JsonNode item : descending) {
                if (item.path("surname").asText().matches("[А-ЯЁ].*")) {
                    learner = item;
                    break;
                }
            }
            long person = learner.path("id").asLong();
            String learnerName = personName(learner);
            browser.click("[data-testid=learner-row] a[href=\"/persons/" + person + "\"]");
            browser.waitFor("the learner's portfolio", PATIENCE, () -> browser.path().equals("/persons/" + person) ? true : null);
            assertEquals(learnerName, browser.text("[data-testid=person-name]"));
            browser.click("[data-testid=tab-migration]");
            browser.find("[data-testid=membership]");
            Documentation.screenshot(browser, "person-migration", null);

            if (Documentation.enabled()) {
                // the «Контингент» search by the first letters of that surname, for the documentation
                String prefix = learner.path("surname").asText().substring(0, 3);
                browser.click("[data-testid=nav-contingent]");
                browser.type("[data-testid=search-surname]", prefix);
                browser.click("[data-testid=search-submit]");
                browser.waitForText("[data-testid=search-range]", " из ");
                Documentation.screenshot(browser, "contingent-search", null);
            }
        });
    }

    @Test
    public void anAuthorityIsFoundByPartOfItsNameAndItsPortfolioShowsTheCountersOfTheApi() {
        JsonNode card = admin.get("/api/v1/authorities/" + municipality).body();
        String fullName = card.path("authority").path("fullName").asText();
        String fragment = fullName.substring(fullName.length() / 2).toLowerCase(new Locale("ru"));
        JsonNode tops = admin.get("/api/v1/authorities?limit=100").body().path("items");
        long count = 0;
        for (JsonNode top : tops) {
            List<JsonNode> level = new java.util.ArrayList<>(List.of(top));
            admin.get("/api/v1/authorities?limit=100&parent=" + top.path("id").asLong()).body().path("items").forEach(level::add);
            for (JsonNode a : level) {
                if ((a.path("fullName").asText() + "\n" + a.path("shortName").asText("")).toLowerCase(new Locale("ru")).contains(fragment)) {
                    count++;
                }
            }
        }
        long found = count;
        long organizations = admin.get("/api/v1/organizations?authority=" + municipality).body().path("total").asLong();
        Console.withBrowser("authority", browser -> {
            Console.signIn(browser, "admin", KontingentDistribution.ADMIN_PASSWORD);
            browser.click("[data-testid=nav-authorities]");
            browser.type("[data-testid=authority-name]", fragment);
            browser.click("[data-testid=authority-submit]");
            assertEquals("1 – " + Math.min(10, found) + " из " + found,
                    browser.waitForText("[data-testid=authorities-range]", "из " + found).replace('\u00a0', ' '));
            browser.click("[data-testid=authority-row][data-id=\"" + municipality + "\"] a");

            assertEquals(fullName, browser.text("[data-testid=authority-title]"));
            assertEquals(card.path("learners").asText(), browser.find("[data-testid=counter-learners]").attribute("data-value"));
            assertEquals(card.path("subordinateAuthorities").asText(),
                    browser.find("[data-testid=counter-authorities]").attribute("data-value"));
            assertEquals(card.path("subordinateOrganizations").asText(),
                    browser.find("[data-testid=counter-organizations]").attribute("data-value"));
            assertEquals("the counter as the page writes it", grouped(card.path("learners").asLong()),
                    browser.text("[data-testid=counter-learners] strong").replace('\u00a0', ' '));
            assertEquals("its organizations, those of the authorities under it included", "1 – " + Math.min(10, organizations)
                    + " из " + grouped(organizations),
                    browser.waitForText("[data-testid=subordinate-organizations-range]", " из ").replace('\u00a0', ' '));
            assertEquals(card.path("subordinateOrganizations").asLong(), organizations);
            Documentation.screenshot(browser, "authority", null);

            browser.click("[data-testid=subordinate-organization-link]");
            browser.waitFor("an organization's portfolio", PATIENCE, () -> browser.path().startsWith("/organizations/") ? true : null);
            JsonNode organization = admin.get("/api/v1/organizations/" + browser.path().substring("/organizations/".length())).body();
            assertEquals(String.valueOf(municipality), organization.path("organization").path("authorityId").asText());
            assertEquals(organization.path("organization").path("fullName").asText(), browser.text("[data-testid=organization-name]"));

            // the region's authority: the municipalities under it, each a link to its portfolio
            long region = card.path("authority").path("parentId").asLong();
            JsonNode top = admin.get("/api/v1/authorities/" + region).body();
            long children = admin.get("/api/v1/authorities?parent=" + region).body().path("total").asLong();
            browser.click("[data-testid=organization-authority]");
            browser.waitForText("[data-testid=authority-title]", fullName);
            browser.open("/authorities/" + region + "?tab=authorities");
            assertEquals(top.path("subordinateAuthorities").asText(), browser.find("[data-testid=counter-authorities]").attribute("data-value"));
            assertEquals("1 – " + Math.min(10, children) + " из " + grouped(children),
                    browser.waitForText("[data-testid=subordinates-range]", " из ").replace('\u00a0', ' '));
            browser.click("[data-testid=subordinate-authority-link]");
            browser.waitFor("a subordinate authority's portfolio", PATIENCE,
                    () -> browser.path().matches("/authorities/[0-9]+") && !browser.path().equals("/authorities/" + region) ? true : null);
            browser.find("[data-testid=authority-counters]");
        });
    }

    @Test
    public void aUserOfOneMunicipalityDoesNotSeeAnothersOrganization() {
        long own = admin.get("/api/v1/organizations?authority=" + municipality).body().path("total").asLong();
        Console.withBrowser("organization-scope", browser -> {
            Console.signIn(browser, "district.employee", Users.PASSWORD);
            browser.click("[data-testid=nav-organizations]");
            assertEquals("only the organizations of the municipality", "1 – " + Math.min(10, own) + " из " + grouped(own),
                    browser.waitForText("[data-testid=organizations-range]", " из ").replace('\u00a0', ' '));
            assertFalse(browser.present("[data-testid=organization-row][data-id=\"" + otherOrganization + "\"]"));

            browser.open("/organizations/" + otherOrganization);
            assertEquals("404", browser.find("[data-testid=no-access]").attribute("data-status"));
            assertTrue(browser.text("[data-testid=no-access] h1").contains("Нет доступа"));
            assertEquals(404, browser.fetchJson("/api/v1/organizations/" + otherOrganization).path("status").asInt());
            assertEquals(404, browser.fetchJson("/api/v1/organizations/" + otherOrganization + "/learners").path("status").asInt());
            browser.open("/organizations/" + otherOrganization + "?tab=learners");
            assertEquals("404", browser.find("[data-testid=no-access]").attribute("data-status"));
            assertFalse(browser.present("[data-testid=learner-row]"));

            browser.open("/organizations/" + ownOrganization);
            browser.find("[data-testid=organization-name]");
            assertEquals(200, browser.fetchJson("/api/v1/organizations/" + ownOrganization).path("status").asInt());
        });
    }

    private static boolean installed(String plugin) {
        for (JsonNode listed : admin.get("/api/v1/plugins").body()) {
            if (listed.path("id").asText().equals(plugin)) {
                return listed.hasNonNull("installedVersion");
            }
        }
        return false;
    }

    private static String personName(JsonNode person) {
        return String.join(" ", person.path("surname").asText(), person.path("name").asText(), person.path("patronymic").asText(""))
                .strip();
    }

    /** 5 659 as the console writes it in Russian (the space a no-break one, turned plain by the caller). */
    private static String grouped(long number) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        return new DecimalFormat("#,##0", symbols).format(number);
    }

    private static int columnIndex(JsonNode columns, String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).path("key").asText().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no column " + key + " in " + columns);
    }
}
