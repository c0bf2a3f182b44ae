package org.kontingent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.kontingent.registry.api.command.Enrollment;
import org.kontingent.registry.api.command.OrganizationData;
import org.kontingent.registry.api.command.Order;
import org.kontingent.registry.api.command.PersonData;
import org.kontingent.registry.api.command.PersonData.DocumentData;
import org.kontingent.registry.api.command.RegistryCommands;
import org.kontingent.registry.api.command.Source;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * «Администрирование → Дубликаты» in headless Chromium against the distribution: a district's
 * administrator looks for duplicates among the learners born in a year, finds the pair of one
 * girl entered twice by two schools (her name once with a typo), merges it — the kept person's
 * card then carries both schools — and undoes the merge, after which both persons are there
 * again. The administrator of another district neither sees the pair nor can merge, dismiss or
 * undo it through the API; every look and change is in the action journal. One boot for the
 * class; the tests leave the pair waiting for review, whichever runs first.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DuplicatesIT {
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String DISTRICT_ADMIN = "aleysk.admin";
    private static final String OTHER_ADMIN = "barnaul.admin";
    private static final String SCAN = "{\"bornFrom\":\"2015-01-01\",\"bornBefore\":\"2016-01-01\"}";
    /** Set up once per container: the two records of one girl, each at a school of the district. */
    private static long kept;
    private static long duplicate;
    private static Http admin;

    @Inject
    private BootFinished bootFinished;

    @Inject
    private RegistryCommands commands;

    @Inject
    @Filter("(dataSourceName=kontingent)")
    private DataSource dataSource;

    @Configuration
    public Option[] configuration() {
        return KontingentDistribution.options(Map.of(), Console.screenshots());
    }

    @Before
    public void aGirlEnteredTwice() throws SQLException {
        if (admin != null) {
            return;
        }
        Http anonymous = KontingentDistribution.http();
        Eventually.await("health 200", PATIENCE, () -> anonymous.status("/api/v1/health") == 200);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO registry.authority (id, parent_id, full_name, level) VALUES"
                    + " (9301, NULL, 'Министерство образования', 'regional'),"
                    + " (9302, 9301, 'Управление образования Алейского района', 'municipal'),"
                    + " (9303, 9301, 'Комитет по образованию города Барнаула', 'municipal')");
        }
        Source itest = Source.user("itest");
        long first = commands.createOrganization(organization(9302, "Алейская СОШ № 1"), itest);
        long second = commands.createOrganization(organization(9302, "Алейская гимназия"), itest);
        long elsewhere = commands.createOrganization(organization(9303, "СОШ № 50"), itest);
        kept = learner("Ольга", "654321", first, LocalDate.of(2024, 9, 1));
        duplicate = learner("Олга", "654322", second, LocalDate.of(2025, 9, 1));
        // a namesake in the other city, born another day: no pair with her
        learner("Ольга", "777777", elsewhere, LocalDate.of(2025, 9, 1), LocalDate.of(2015, 8, 17));

        Http signedIn = KontingentDistribution.admin();
        Users.create(signedIn, DISTRICT_ADMIN, Role.AUTHORITY_ADMINISTRATOR, "{\"kind\":\"AUTHORITY\",\"id\":9302}");
        Users.create(signedIn, OTHER_ADMIN, Role.AUTHORITY_ADMINISTRATOR, "{\"kind\":\"AUTHORITY\",\"id\":9303}");
        admin = signedIn;
    }

    private static OrganizationData organization(long authority, String name) {
        return new OrganizationData(authority, "МБОУ «" + name + "»", name, "secondary-school", null, null, "general", null,
                null, null, null, null, null, null, null, null, null);
    }

    private long learner(String name, String certificate, long school, LocalDate from) {
        return learner(name, certificate, school, from, LocalDate.of(2015, 5, 5));
    }

    private long learner(String name, String certificate, long school, LocalDate from, LocalDate born) {
        Source itest = Source.user("itest");
        long id = commands.createPerson(new PersonData("Дубликатова", name, "Петровна", born, "F", null, null, null, null, null,
                null, null, List.of(new DocumentData("birth-certificate", "I-ТО", certificate, born.plusDays(10), "ЗАГС"))), itest);
        commands.enroll(new Enrollment(id, school, "learner", from, null, new Order("12-к", from.minusDays(3)), null), itest);
        return id;
    }

    @Test
    public void aDistrictAdministratorFindsMergesAndUndoesTheDuplicate() {
        Console.withBrowser("duplicates", browser -> {
            Console.signIn(browser, DISTRICT_ADMIN, Users.PASSWORD);
            browser.click("[data-testid=nav-admin]");
            browser.click("[data-testid=admin-nav-duplicates]");
            assertEquals("/admin/duplicates", browser.path());

            // the girls born in 2015, compared: one pair
            browser.type("[data-testid=scan-from]", "01.01.2015");
            browser.type("[data-testid=scan-to]", "31.12.2015");
            browser.click("[data-testid=scan-submit]");
            assertEquals("1", browser.find("[data-testid=scan-result]").attribute("data-waiting"));
            String row = "[data-testid=duplicate-row][data-first=\"" + kept + "\"][data-second=\"" + duplicate + "\"]";
            browser.find(row);
            assertEquals(1, browser.findAll("[data-testid=duplicate-row]").size());
            assertEquals("1 – 1 из 1", browser.text("[data-testid=duplicates-range]"));
            assertTrue(browser.text(row + " [data-testid=duplicate-first]").contains("Дубликатова Ольга Петровна"));
            assertTrue(browser.text(row + " [data-testid=duplicate-second]").contains("Дубликатова Олга Петровна"));
            assertTrue("the reasons in words", browser.text(row).contains("одна дата рождения"));
            assertEquals("the name that differs is marked, on both sides", List.of("Ольга", "Олга"), texts(browser,
                    row + " .duplicate-name .diff"));
            List<String> schools = texts(browser, row + " [data-testid=duplicate-membership].diff");
            assertEquals("each school is marked on the side that has it: " + schools, 2, schools.size());
            assertTrue(schools.toString(), schools.get(0).contains("Алейская СОШ № 1") && schools.get(1).contains("Алейская гимназия"));
            browser.screenshot("admin-09-duplicates");
            Documentation.screenshot(browser, "admin-duplicates", null);

            // merged into the first record: its card carries both schools
            browser.click(row + " [data-testid=duplicate-merge]");
            browser.click("[data-testid=merge-keep-first]");
            assertTrue(browser.text("[data-testid=merge-explained]").contains("№ " + duplicate));
            browser.screenshot("admin-10-duplicates-merge");
            browser.click("[data-testid=merge-confirm]");
            assertEquals(Long.toString(kept), browser.find("[data-testid=merge-result]").attribute("data-kept"));
            assertTrue(browser.text("[data-testid=merge-result]").contains("зачисления: 1"));
            browser.screenshot("admin-11-duplicates-merged");
            Browser.waitUntil("the pair gone from the list", PATIENCE, () -> !browser.present(row)
                    && browser.present("[data-testid=duplicates-none]"));
            Http district = KontingentDistribution.signedIn(DISTRICT_ADMIN, Users.PASSWORD);
            assertEquals(2, district.get("/api/v1/persons/" + kept).body().path("person").path("memberships").size());
            browser.click("[data-testid=merge-kept-link]");
            assertEquals("/persons/" + kept + "?tab=migration", browser.path());
            Browser.waitUntil("both schools on the kept card", PATIENCE,
                    () -> browser.findAll("[data-testid=membership]").size() == 2);
            String memberships = browser.text("[data-testid=memberships]");
            assertTrue(memberships, memberships.contains("Алейская СОШ № 1") && memberships.contains("Алейская гимназия"));

            // back on the screen (within the console), the merge is undone: both persons are there again, and the pair
            browser.click("[data-testid=nav-admin]");
            browser.click("[data-testid=admin-nav-duplicates]");
            browser.click("[data-testid=merge-undo]");
            browser.find("[data-testid=undo-result]");
            browser.find(row);
            browser.screenshot("admin-12-duplicates-undone");
            assertEquals(1, district.get("/api/v1/persons/" + kept).body().path("person").path("memberships").size());
            JsonNode separated = district.get("/api/v1/persons/" + duplicate).body().path("person");
            assertEquals("Олга", separated.path("name").asText());
            assertEquals(1, separated.path("memberships").size());
        });

        // the look at the pairs, the merge and the undo are journaled with the two persons
        List<String> journaled = new ArrayList<>();
        admin.get("/api/v1/admin/journal?login=" + DISTRICT_ADMIN + "&limit=100").body().path("entries").forEach(e -> {
            if (e.path("target").asText().contains("duplicates") || e.path("target").asText().contains("merge")) {
                journaled.add(e.path("action").asText() + " " + e.path("target").asText() + " " + e.path("personIds"));
            }
        });
        String pair = "[" + kept + "," + duplicate + "]";
        assertTrue(journaled.toString(), journaled.contains("SEARCH GET /api/v1/duplicates " + pair));
        assertTrue(journaled.toString(), journaled.contains("CHANGE POST /api/v1/persons/" + kept + "/merge " + pair));
        assertTrue(journaled.toString(), journaled.stream().anyMatch(j -> j.matches("CHANGE POST /api/v1/merges/\\d+/undo \\Q"
                + pair + "\\E")));
        assertTrue(journaled.toString(), journaled.stream().anyMatch(j -> j.startsWith("ADMINISTRATION POST /api/v1/duplicates/scan")));
    }

    @Test
    public void anotherDistrictNeitherSeesNorTouchesThePair() {
        Http district = KontingentDistribution.signedIn(DISTRICT_ADMIN, Users.PASSWORD);
        Http other = KontingentDistribution.signedIn(OTHER_ADMIN, Users.PASSWORD);
        Answer scanned = other.post("/api/v1/duplicates/scan", SCAN);
        assertEquals(scanned.body().toString(), 200, scanned.status());
        assertEquals("no pair inside Barnaul", 0, scanned.body().path("waiting").asLong());
        JsonNode listed = other.get("/api/v1/duplicates").body();
        assertEquals(listed.toString(), 0, listed.path("total").asLong());
        assertEquals(0, listed.path("items").size());
        JsonNode seen = district.get("/api/v1/duplicates").body();
        assertEquals(seen.toString(), 1, seen.path("total").asLong());
        assertEquals(kept, seen.path("items").path(0).path("first").path("id").asLong());
        assertEquals("an authority's administrator reads document numbers whole", "654321",
                seen.path("items").path(0).path("first").path("documents").path(0).path("number").asText());

        String merge = "{\"mergedId\":" + duplicate + "}";
        Answer refused = other.post("/api/v1/persons/" + kept + "/merge", merge);
        assertEquals(refused.body().toString(), 404, refused.status());
        assertEquals("registry.not-found", refused.body().path("code").asText());
        assertEquals(404, other.post("/api/v1/duplicates/dismiss", "{\"firstId\":" + kept + ",\"secondId\":" + duplicate + "}")
                .status());
        assertEquals("nothing moved", 1, district.get("/api/v1/persons/" + kept).body().path("person").path("memberships").size());

        // bad input is named
        Answer missing = district.post("/api/v1/persons/" + kept + "/merge", "{}");
        assertEquals(400, missing.status());
        assertEquals("mergedId", missing.body().path("violations").path(0).path("field").asText());
        Answer backwards = district.post("/api/v1/duplicates/scan", "{\"bornFrom\":\"2016-01-01\",\"bornBefore\":\"2015-01-01\"}");
        assertEquals(400, backwards.status());
        assertEquals("bornBefore", backwards.body().path("violations").path(0).path("field").asText());

        // a merge of the district: the other district cannot undo it, the district can
        Answer merged = district.post("/api/v1/persons/" + kept + "/merge", merge);
        assertEquals(merged.body().toString(), 200, merged.status());
        long id = merged.body().path("id").asLong();
        assertEquals(404, other.post("/api/v1/merges/" + id + "/undo", "").status());
        Answer undone = district.post("/api/v1/merges/" + id + "/undo", "");
        assertEquals(undone.body().toString(), 200, undone.status());
        assertFalse(undone.body().path("undoneAt").isMissingNode());
        assertEquals(1, district.get("/api/v1/duplicates").body().path("total").asLong());

        JsonNode refusals = admin.get("/api/v1/admin/journal?login=" + OTHER_ADMIN + "&action=DENIED&limit=100").body().path("entries");
        List<String> targets = new ArrayList<>();
        refusals.forEach(e -> targets.add(e.path("target").asText()));
        assertTrue(targets.toString(), targets.containsAll(List.of("POST /api/v1/persons/" + kept + "/merge",
                "POST /api/v1/duplicates/dismiss", "POST /api/v1/merges/" + id + "/undo")));
    }

    private static List<String> texts(Browser browser, String css) {
        List<String> texts = new ArrayList<>();
        browser.findAll(css).forEach(e -> texts.add(e.text().strip()));
        return texts;
    }
}
