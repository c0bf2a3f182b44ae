package org.kontingent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.sql.DataSource;

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
import org.ops4j.pax.exam.util.Filter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * «Администрирование» of the web console in headless Chromium against the distribution: an
 * administrator uploads a filled Excel template with a bad row, finds it in the load journal and
 * the row's error behind its icon; creates a user and finds them in the list; sees the installed
 * report forms among the plugins and installs and removes a connector; and a user without
 * administration permissions is kept out of the section, by the navigation and by URL. One boot
 * for the class; each test has a browser of its own.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AdministrationIT {
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    /** The file of GatewayIT: two learners of organization 9201, the second with a birth date of 31.02.2015. */
    private static final String WORKBOOK = "/upload.xlsx";
    private static final String FILE_NAME = "Контингент школы 12.xlsx";
    private static final String EMPLOYEE = "school12.employee";
    private static final String AUTHORITY_ADMIN = "ministry.admin";
    private static Http admin;

    @Inject
    private BootFinished bootFinished;

    @Inject
    @Filter("(dataSourceName=kontingent)")
    private DataSource dataSource;

    @Configuration
    public Option[] configuration() {
        return KontingentDistribution.options(Map.of(),
                Console.screenshots());
    }

    /** Once per container: an authority with a school (the workbook's organization 9201), an employee and an authority's administrator. */
    @Before
    public void regionWithASchool() throws SQLException {
        if (admin != null) {
            return;
        }
        Http anonymous = KontingentDistribution.http();
        Eventually.await("health 200", PATIENCE, () -> anonymous.status("/api/v1/health") == 200);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO registry.authority (id, parent_id, full_name, level) VALUES"
                    + " (9101, NULL, 'Министерство образования', 'regional')");
            s.execute("INSERT INTO registry.academic_year VALUES ('2026-2027', '2026-09-01', '2027-09-01') ON CONFLICT DO NOTHING");
            s.execute("INSERT INTO registry.organization (id, authority_id, full_name, type_code, education_level)"
                    + " VALUES (9201, 9101, 'МБОУ «СОШ № 12»', 'secondary-school', 'general')");
        }
        Http signedIn = KontingentDistribution.admin();
        Users.create(signedIn, EMPLOYEE, Role.EMPLOYEE, "{\"kind\":\"ORGANIZATION\",\"id\":9201}");
        Users.create(signedIn, AUTHORITY_ADMIN, Role.AUTHORITY_ADMINISTRATOR, "{\"kind\":\"AUTHORITY\",\"id\":9101}");
        admin = signedIn;
    }

    @Test
    public void anAdministratorUploadsAnExcelFileAndFindsTheBadRowInTheLoadJournal() throws IOException {
        Path folder = Files.createTempDirectory("kontingent-upload");
        Path file = folder.resolve(FILE_NAME);
        try (InputStream in = AdministrationIT.class.getResourceAsStream(WORKBOOK)) {
            Files.write(file, in.readAllBytes());
        }
        Console.withBrowser("upload", browser -> {
            Console.signIn(browser, "admin", KontingentDistribution.ADMIN_PASSWORD);
            browser.click("[data-testid=nav-admin]");
            browser.find("[data-testid=admin-overview]");
            browser.screenshot("admin-00-overview");
            browser.click("[data-testid=admin-nav-upload]");
            assertEquals("/admin/upload", browser.path());

            // the templates of the installed Excel connector, each a file to download
            String template = browser.find("[data-testid=template]").attribute("href");
            JsonNode downloaded = browser.fetch(template, 2);
            assertEquals(downloaded.toString(), 200, downloaded.path("status").asInt());
            assertEquals("an .xlsx is a zip", "PK", downloaded.path("head").asText());

            Browser.waitUntil("the installed formats read", PATIENCE,
                    () -> "false".equals(browser.find("[data-testid=upload-submit]").property("disabled")));
            browser.find("[data-testid=upload-file]").sendKeys(file.toString());
            browser.click("[data-testid=upload-submit]");
            String id = Browser.waitFor("the upload's package", PATIENCE, () -> browser.find("[data-testid=upload-result]")
                    .attribute("data-package"));
            Browser.waitUntil("package " + id + " processed", PATIENCE, () -> "partially-applied".equals(
                    browser.find("[data-testid=upload-result] [data-testid=package-details]").attribute("data-status")));
            JsonNode report = admin.get("/api/v1/gateway/packages/" + id).body();
            assertEquals(report.toString(), "partially-applied", report.path("summary").path("status").asText());
            assertEquals("the file keeps its Cyrillic name", FILE_NAME, report.path("summary").path("fileName").asText());
            JsonNode summary = report.path("summary");
            String counts = "Загружено " + summary.path("applied").asInt() + " из " + summary.path("received").asInt() + " записей";
            assertTrue(counts, browser.text("[data-testid=upload-result] [data-testid=package-comment]").contains(counts));
            browser.screenshot("admin-01-upload");
            Documentation.screenshot(browser, "admin-upload", null);

            // the load journal: the package's row, its error icon, the comment and the row's error naming record and field
            browser.click("[data-testid=upload-package-link]");
            assertEquals("/admin/packages/" + id, browser.path());
            browser.click("[data-testid=admin-nav-packages]");
            String row = "[data-testid=package-row][data-id=\"" + id + "\"]";
            assertEquals(FILE_NAME, browser.text(row + " [data-testid=package-file]"));
            assertEquals("Загружен частично", browser.text(row + " [data-testid=package-status]"));
            assertTrue(browser.text(row).contains("Ручная загрузка"));
            browser.screenshot("admin-02-load-journal");
            Documentation.screenshot(browser, "admin-load-journal", null);
            browser.click(row + " [data-testid=package-errors]");
            browser.find("[data-testid=package-dialog]");
            assertTrue(browser.text("[data-testid=package-dialog] [data-testid=package-comment]")
                    .contains("отклонено " + summary.path("refused").asInt()));
            String error = "[data-testid=package-dialog] [data-testid=package-error]";
            assertEquals("202", browser.find(error).attribute("data-code"));
            assertEquals("Обучающиеся, строка 3 (id x-2)", browser.text(error + " [data-testid=error-record]"));
            assertEquals("Дата рождения", browser.text(error + " [data-testid=error-field]"));
            assertEquals("31.02.2015", browser.text(error + " [data-testid=error-value]"));
            assertTrue("the code and severity in words", browser.text(error).contains("Значение поля не в своём формате")
                    && browser.text(error).contains("запись отклонена"));
            assertEquals("the error packet's first page", Math.min(10, report.path("errorCount").asInt()), browser.findAll(error).size());
            browser.screenshot("admin-03-package-errors");
            Documentation.screenshot(browser, "admin-package-errors", null);

            // the stored body, as it was received
            JsonNode body = browser.fetch(browser.find("[data-testid=package-dialog] [data-testid=package-body]").attribute("href"), 2);
            assertEquals(200, body.path("status").asInt());
            assertEquals("PK", body.path("head").asText());
            browser.click("[data-testid=package-dialog] [data-testid=dialog-close]");
            Browser.waitUntil("the dialog closed", PATIENCE, () -> !browser.present("[data-testid=package-dialog]"));

            // filtered by status, the package is there only under its own
            browser.select("[data-testid=packages-status]", "rejected");
            browser.click("[data-testid=packages-submit]");
            Browser.waitUntil("the journal of rejected packages", PATIENCE, () -> browser.path().contains("status=rejected")
                    && browser.present("[data-testid=package-results]") && !browser.present(row));
            browser.select("[data-testid=packages-status]", "partially-applied");
            browser.click("[data-testid=packages-submit]");
            browser.find(row);

            // a failed package is sent again (a write, with the session's CSRF token)
            browser.click(row + " [data-testid=package-link]");
            browser.click("[data-testid=package-replay]");
            browser.find("[data-testid=package-replayed]");
            JsonNode journal = admin.get("/api/v1/gateway/packages?limit=100").body().path("items");
            boolean replayed = false;
            for (JsonNode listed : journal) {
                replayed |= listed.path("replayOf").asText().equals(id);
            }
            assertTrue("a package replaying " + id + " in " + journal, replayed);
        });
    }

    @Test
    public void anAdministratorCreatesAUserAndSeesItInTheList() {
        String login = "inspector.ivanova";
        Console.withBrowser("users", browser -> {
            Console.signIn(browser, "admin", KontingentDistribution.ADMIN_PASSWORD);
            browser.open("/admin/users");
            browser.find("[data-testid=user-row][data-login=admin]");
            browser.click("[data-testid=user-new]");
            browser.click("[data-testid=user-submit]");
            assertTrue("a login is required before anything is sent",
                    browser.text("[data-testid=user-login-error]").contains("латинских букв"));

            browser.type("[data-testid=user-login]", login);
            browser.type("[data-testid=user-displayName]", "Иванова Мария Петровна");
            browser.select("[data-testid=user-role]", "AUTHORITY_ADMINISTRATOR");
            browser.select("[data-testid=user-scope-kind]", "AUTHORITY");
            browser.select("[data-testid=user-scope-id]", "9101");
            browser.type("[data-testid=user-snils]", "112-233-445 95");
            browser.click("[data-testid=user-submit]");
            browser.find("[data-testid=user-created]");
            String oneTime = Browser.waitFor("the one-time password", PATIENCE, () -> {
                String value = browser.find("[data-testid=one-time-password]").property("value");
                return value == null || value.isBlank() ? null : value;
            });
            String row = "[data-testid=user-row][data-login=\"" + login + "\"]";
            browser.find(row);
            assertTrue(browser.text(row).contains("Иванова Мария Петровна"));
            assertTrue(browser.text(row).contains("Администратор органа управления"));
            assertEquals("password", browser.find(row + " [data-testid=user-status]").attribute("data-status"));
            browser.waitForText(row, "Министерство образования");
            browser.screenshot("admin-04-users");
            Documentation.screenshot(browser, "admin-users", null);

            JsonNode session = KontingentDistribution.http().signedIn(login, oneTime).get("/api/v1/session").body();
            assertEquals("the shown password is the account's", "AUTHORITY_ADMINISTRATOR", session.path("role").asText());
            assertEquals(9101, session.path("scope").path("id").asLong());
            assertTrue(session.path("passwordChangeRequired").asBoolean());

            // sorted by login the other way, the list starts with the last login of all accounts
            List<String> logins = new ArrayList<>();
            admin.get("/api/v1/admin/users?limit=100").body().forEach(u -> logins.add(u.path("login").asText()));
            assertTrue(logins.contains(login));
            browser.click("[data-testid=sort-login]");
            String last = logins.stream().max(Comparator.naturalOrder()).orElseThrow();
            Browser.waitUntil("the list sorted by login descending", PATIENCE,
                    () -> last.equals(browser.find("[data-testid=user-row]").attribute("data-login")));
            assertTrue(browser.path().contains("sort=-login"));

            // a new one-time password, shown once, replaces the first
            browser.click(row + " [data-testid=user-password]");
            browser.click("[data-testid=password-confirm]");
            String renewed = Browser.waitFor("the new one-time password", PATIENCE, () -> {
                String value = browser.find("[data-testid=reset-password]").property("value");
                return value == null || value.isBlank() ? null : value;
            });
            assertNotEquals(oneTime, renewed);
            assertEquals(200, KontingentDistribution.http().signedIn(login, renewed).get("/api/v1/session").status());
            browser.click("[data-testid=password-dialog] [data-testid=dialog-close]");

            // suspended, the account cannot sign in, and the list says so
            browser.click(row + " [data-testid=user-active]");
            browser.click("[data-testid=active-confirm]");
            browser.find("[data-testid=active-done]");
            Browser.waitUntil("the account suspended in the list", PATIENCE,
                    () -> "suspended".equals(browser.find(row + " [data-testid=user-status]").attribute("data-status")));
            assertEquals("suspending keeps the СНИЛС", "СНИЛС указан", browser.text(row + " [data-testid=user-esia]"));
            JsonNode listed = admin.get("/api/v1/admin/users?limit=100").body();
            listed.forEach(u -> {
                if (login.equals(u.path("login").asText())) {
                    assertTrue(u.path("snilsGiven").asBoolean());
                    assertFalse(u.path("active").asBoolean());
                }
            });
            try {
                KontingentDistribution.http().signedIn(login, renewed);
                fail("a suspended account signed in");
            } catch (IllegalStateException refused) {
                assertTrue(refused.getMessage(), refused.getMessage().startsWith(login + " could not sign in"));
            }
        });
    }

    @Test
    public void thePluginsScreenListsTheInstalledReportFormsAndInstallsAConnector() {
        JsonNode reports = admin.get("/api/v1/plugins?kind=report").body();
        List<JsonNode> installed = new ArrayList<>();
        reports.forEach(p -> {
            if (p.hasNonNull("installedVersion")) {
                installed.add(p);
            }
        });
        assertFalse("report forms are installed at first: " + reports, installed.isEmpty());
        String connector = "kontingent-connector-dnevnik";
        Console.withBrowser("plugins", browser -> {
            Console.signIn(browser, "admin", KontingentDistribution.ADMIN_PASSWORD);
            browser.click("[data-testid=nav-admin]");
            browser.click("[data-testid=admin-nav-plugins]");
            browser.find("[data-testid=plugins-report]");
            for (JsonNode p : installed) {
                String row = "[data-testid=plugins-report] [data-testid=plugin-row][data-id=\"" + p.path("id").asText() + "\"]";
                assertEquals(p.path("installedVersion").asText(), browser.find(row).attribute("data-installed"));
                assertTrue(browser.text(row).contains(p.path("name").asText()));
                assertTrue(browser.present(row + " [data-testid=plugin-remove]"));
            }
            assertEquals(reports.size(), browser.findAll("[data-testid=plugins-report] [data-testid=plugin-row]").size());
            browser.screenshot("admin-05-plugins");
            Documentation.screenshot(browser, "admin-plugins", null);

            // installed from the screen, the connector's row says so without a reload; removed, it says so again
            String row = "[data-testid=plugin-row][data-id=\"" + connector + "\"]";
            assertEquals("", browser.find(row).attribute("data-installed"));
            browser.click(row + " [data-testid=plugin-install]");
            browser.waitForText("[data-testid=plugin-done]", "установлен");
            Browser.waitUntil(connector + " installed", PATIENCE, () -> !browser.find(row).attribute("data-installed").isEmpty());
            assertTrue(installed(connector));
            browser.click(row + " [data-testid=plugin-remove]");
            browser.click(row + " [data-testid=plugin-remove-confirm]");
            browser.waitForText("[data-testid=plugin-done]", "удалён");
            Browser.waitUntil(connector + " removed", PATIENCE, () -> browser.find(row).attribute("data-installed").isEmpty());
            assertFalse(installed(connector));
        });
    }

    @Test
    public void eachUserReachesOnlyTheScreensOfTheirPermissions() {
        Http employee = KontingentDistribution.signedIn(EMPLOYEE, Users.PASSWORD);
        assertEquals("the server refuses too", 403, employee.get("/api/v1/admin/users").status());
        Console.withBrowser("employee-administration", browser -> {
            Console.signIn(browser, EMPLOYEE, Users.PASSWORD);
            browser.click("[data-testid=nav-admin]");
            browser.find("[data-testid=admin-nav-upload]");
            assertTrue("an employee reads the load journal", browser.present("[data-testid=admin-nav-packages]"));
            for (String screen : List.of("users", "providers", "plugins", "journal")) {
                assertFalse(screen + " is not an employee's", browser.present("[data-testid=admin-nav-" + screen + "]"));
            }
            for (String path : List.of("/admin/users", "/admin/plugins", "/admin/journal")) {
                browser.open(path);
                assertEquals(path, "403", browser.find("[data-testid=no-access]").attribute("data-status"));
                assertTrue(browser.text("[data-testid=no-access]").contains("У вашей роли нет права на этот раздел"));
            }
        });
        Console.withBrowser("authority-administration", browser -> {
            Console.signIn(browser, AUTHORITY_ADMIN, Users.PASSWORD);
            browser.click("[data-testid=nav-admin]");
            browser.find("[data-testid=admin-nav-users]");
            assertTrue(browser.present("[data-testid=admin-nav-packages]"));
            assertFalse("plugins are the region's administrators'", browser.present("[data-testid=admin-nav-plugins]"));
            assertFalse(browser.present("[data-testid=admin-nav-providers]"));
            browser.open("/admin/plugins");
            assertEquals("403", browser.find("[data-testid=no-access]").attribute("data-status"));
            assertTrue("the section's navigation stays", browser.present("[data-testid=admin-nav-users]"));
        });
    }

    @Test
    public void aProviderIsSuspendedAndResumedAndItsRepresentativeGetsAKeyThatCanBeRevoked() {
        Answer registered = admin.post("/api/v1/gateway/providers", "{\"code\":\"school-diary\",\"name\":\"Школьный дневник\","
                + "\"operator\":\"ООО «Школьные системы»\"}");
        assertEquals(registered.body().toString(), 201, registered.status());
        long provider = registered.body().path("id").asLong();
        assertEquals(200, admin.send("PUT", "/api/v1/gateway/providers/" + provider + "/organizations",
                "[{\"organizationId\":9201,\"code\":\"SCH-12\",\"priority\":5}]").status());
        Answer representative = admin.post("/api/v1/admin/users", "{\"login\":\"school-diary.system\",\"displayName\":"
                + "\"Школьный дневник\",\"role\":\"PROVIDER_REPRESENTATIVE\",\"scope\":{\"kind\":\"PROVIDER\",\"id\":" + provider + "}}");
        assertEquals(representative.body().toString(), 201, representative.status());
        Console.withBrowser("providers", browser -> {
            Console.signIn(browser, "admin", KontingentDistribution.ADMIN_PASSWORD);
            browser.open("/admin/providers");
            String row = "[data-testid=provider-row][data-code=school-diary]";
            assertEquals("active", browser.find(row).attribute("data-status"));
            assertTrue(browser.present("[data-testid=provider-row][data-code=manual-upload]"));

            // the priority in the provider's organization, changed and saved
            browser.click(row + " [data-testid=provider-priorities]");
            String priority = "[data-testid=priorities-dialog] [data-testid=priority-row] input[type=number]";
            assertEquals("5", browser.find(priority).property("value"));
            browser.type(priority, "7");
            browser.click("[data-testid=priorities-save]");
            Eventually.await("priority 7 saved", PATIENCE, () -> admin.get("/api/v1/gateway/providers/" + provider).body()
                    .path("organizations").path(0).path("priority").asInt() == 7);
            browser.click("[data-testid=priorities-dialog] [data-testid=dialog-close]");

            // suspended with a reason, then resumed
            browser.click(row + " [data-testid=provider-suspend]");
            browser.type("#suspend-reason", "Ошибки не исправлены");
            browser.click("[data-testid=suspend-dialog] button[type=submit]");
            Browser.waitUntil("the provider suspended", PATIENCE, () -> "suspended".equals(browser.find(row).attribute("data-status")));
            JsonNode suspended = admin.get("/api/v1/gateway/providers/" + provider).body();
            assertEquals("suspended", suspended.path("status").asText());
            assertEquals("Ошибки не исправлены", suspended.path("statusReason").asText());
            browser.click("[data-testid=suspend-dialog] [data-testid=dialog-close]");
            browser.screenshot("admin-06-providers");
            browser.click(row + " [data-testid=provider-resume]");
            Browser.waitUntil("the provider resumed", PATIENCE, () -> "active".equals(browser.find(row).attribute("data-status")));
            assertEquals("active", admin.get("/api/v1/gateway/providers/" + provider).body().path("status").asText());

            // the representative's API key: shown once, signs the provider's requests, revoked from the screen
            browser.open("/admin/users?q=school-diary");
            String user = "[data-testid=user-row][data-login=\"school-diary.system\"]";
            browser.click(user + " [data-testid=user-keys]");
            browser.click("[data-testid=key-issue]");
            String credential = Browser.waitFor("the key's credential", PATIENCE, () -> {
                String value = browser.find("[data-testid=key-credential]").property("value");
                return value == null || value.isBlank() ? null : value;
            });
            browser.screenshot("admin-08-keys");
            Http system = KontingentDistribution.http().withApiKey(credential);
            assertEquals("the key signs the provider's requests", 200, system.get("/api/v1/gateway/packages").status());
            browser.click("[data-testid=key-row] [data-testid=key-revoke]");
            browser.waitForText("[data-testid=key-row]", "Отозван");
            assertEquals("a revoked key is refused", 401, system.get("/api/v1/gateway/packages").status());
        });
    }

    @Test
    public void theActionJournalShowsAUsersActionsNewestFirst() {
        KontingentDistribution.signedIn(EMPLOYEE, Users.PASSWORD);
        JsonNode expected = admin.get("/api/v1/admin/journal?login=" + EMPLOYEE + "&action=SIGN_IN&limit=25").body().path("entries");
        assertTrue("the employee has signed in: " + expected, expected.size() >= 2);
        Console.withBrowser("journal", browser -> {
            Console.signIn(browser, "admin", KontingentDistribution.ADMIN_PASSWORD);
            browser.click("[data-testid=nav-admin]");
            browser.click("[data-testid=admin-nav-journal]");
            browser.type("[data-testid=journal-login]", EMPLOYEE);
            browser.select("[data-testid=journal-action]", "SIGN_IN");
            browser.click("[data-testid=journal-submit]");
            Browser.waitUntil("the employee's sign-ins", PATIENCE, () -> browser.path().contains("action=SIGN_IN")
                    && browser.findAll("[data-testid=journal-row]").size() == expected.size());
            List<Browser.Element> rows = browser.findAll("[data-testid=journal-row]");
            for (int i = 0; i < rows.size(); i++) {
                assertEquals("SIGN_IN", rows.get(i).attribute("data-action"));
                List<Browser.Element> cells = rows.get(i).findAll("td");
                assertEquals(expected.get(i).path("seq").asText(), cells.get(0).text());
                assertTrue(cells.get(2).text().contains(EMPLOYEE));
            }
            assertTrue("newest first", expected.get(0).path("seq").asLong() > expected.get(1).path("seq").asLong());
            browser.screenshot("admin-07-journal");
            Documentation.screenshot(browser, "admin-action-journal", null);

            // a period that has not come yet holds nothing
            browser.type("[data-testid=journal-from]", LocalDate.now().plusDays(1).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
            browser.click("[data-testid=journal-submit]");
            browser.waitForText("[data-testid=journal-results] .pager-range", "Ничего не найдено");
            assertFalse(browser.present("[data-testid=journal-row]"));
        });
    }

    @Test
    public void anAdministratorMapsSubjectNamesAndMovesAnOrganizationToAnotherAuthority() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO registry.authority (id, parent_id, full_name, short_name, level) VALUES"
                    + " (9102, 9101, 'Управление образования Заречного района', 'УО Заречного района', 'municipal'),"
                    + " (9103, 9101, 'Отдел образования Нагорного района', 'ОО Нагорного района', 'municipal')");
            s.execute("INSERT INTO registry.organization_subject (organization_id, local_name) VALUES (9201, 'Физ-ра'),"
                    + " (9201, 'Матем.')");
        }
        Http authorityAdmin = KontingentDistribution.signedIn(AUTHORITY_ADMIN, Users.PASSWORD);
        assertEquals("the master dictionary is the region's", 403, authorityAdmin.send("PUT", "/api/v1/admin/subjects/drawing",
                "{\"name\":\"Черчение\"}").status());
        assertEquals("subordination is the region's administrators'", 403,
                authorityAdmin.send("PUT", "/api/v1/admin/subordination/organizations/9201", "{\"authorityId\":9102}").status());
        Console.withBrowser("subjects", browser -> {
            Console.signIn(browser, "admin", KontingentDistribution.ADMIN_PASSWORD);
            browser.click("[data-testid=nav-admin]");
            browser.click("[data-testid=admin-nav-subjects]");
            assertEquals("/admin/subjects", browser.path());
            String row = "[data-testid=subject-name-row][data-name=\"Физ-ра\"]";
            browser.find(row);
            assertTrue("both names wait for their mapping", browser.present("[data-testid=subject-name-row][data-name=\"Матем.\"]"));
            browser.select(row + " select", "physical-education");
            browser.waitForText("[data-testid=subject-names-status]", "«Физ-ра» сопоставлен в организациях: 1");
            Browser.waitUntil("the mapped name leaves the list of names to map", PATIENCE, () -> !browser.present(row));
            assertEquals("physical-education", subjectOf(9201, "Физ-ра"));

            browser.type("[data-testid=master-code]", "Native History");
            browser.type("[data-testid=master-name]", "История родного края");
            browser.click("[data-testid=master-save]");
            browser.waitForText("#master-code-error", "слова через дефис");
            browser.find("[data-testid=master-code]").clear();
            browser.type("[data-testid=master-code]", "native-history");
            browser.click("[data-testid=master-save]");
            browser.waitForText("[data-testid=master-subject-row][data-code=native-history]", "История родного края");
            browser.screenshot("admin-08-subjects");
            Documentation.screenshot(browser, "admin-subjects", null);

            browser.click("[data-testid=admin-nav-subordination]");
            browser.select("[data-testid=subordination-authority]", "9101");
            String school = "[data-testid=subordination-organization-row][data-id=\"9201\"]";
            browser.select(school + " select", "9102");
            browser.click(school + " [data-testid=subordination-organization-move]");
            browser.waitForText("[data-testid=subordination-status]", "теперь подчинена: Управление образования Заречного района");
            Browser.waitUntil("the school's authority is written", PATIENCE, () -> authorityOf(9201) == 9102);

            browser.select("[data-testid=subordination-authority]", "9103");
            browser.waitForText("[data-testid=subordination-parent]", "Министерство образования");
            browser.select("[data-testid=subordination-parent-select]", "9102");
            browser.click("[data-testid=subordination-authority-move]");
            browser.waitForText("[data-testid=subordination-status]", "теперь подчинён: Управление образования Заречного района");
            browser.waitForText("[data-testid=subordination-parent]", "Управление образования Заречного района");
            browser.screenshot("admin-09-subordination");
            Documentation.screenshot(browser, "admin-subordination", null);
        });
        assertEquals("the district is under the other one", 9102, parentOf(9103));
        assertEquals("an authority cannot go under one of its own", 422,
                admin.send("PUT", "/api/v1/admin/subordination/authorities/9102", "{\"parentId\":9103}").status());
        JsonNode journaled = admin.get("/api/v1/admin/journal?login=admin&action=ADMINISTRATION&limit=100").body().path("entries");
        assertTrue("the move is in the action journal: " + journaled, journaled.findValuesAsText("target")
                .contains("PUT /api/v1/admin/subordination/organizations/9201"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE registry.organization SET authority_id = 9101 WHERE id = 9201");
        }
    }

    private long authorityOf(long organization) {
        return number("SELECT authority_id FROM registry.organization WHERE id = " + organization);
    }

    private long parentOf(long authority) {
        return number("SELECT parent_id FROM registry.authority WHERE id = " + authority);
    }

    private String subjectOf(long organization, String name) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT subject_code FROM registry.organization_subject WHERE organization_id = "
                        + organization + " AND local_name = '" + name + "'")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long number(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean installed(String plugin) {
        JsonNode listed = admin.get("/api/v1/plugins/" + plugin).body();
        return listed.hasNonNull("installedVersion");
    }

}
