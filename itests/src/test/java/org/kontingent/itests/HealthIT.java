package org.kontingent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.kontingent.itests.Extensions.catalogue;
import static org.kontingent.itests.Extensions.push;
import static org.kontingent.itests.Extensions.served;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.sql.DataSource;

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
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Health data the whole way, with the health extension installed at boot: a school's system pushes
 * a pupil's medical conclusion, disability and special needs through the gateway; the authority's
 * administrator (READ_HEALTH) sees the section {@code health} on the pupil's card and the read is
 * in the action journal on its own; the school's employee (no READ_HEALTH) gets the card without
 * it, and no such entry; the form of learners by health group shows the pushed numbers.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HealthIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String GROUPS = "health.groups";
    private static final long AUTHORITY = 9501;
    private static final long SCHOOL = 9502;
    private static final String PACKAGE = """
            {"version": "1.0",
             "persons": [{"id": "h-1", "surname": "Здоровьева", "name": "Вера", "birthDate": "2014-03-03", "sex": "F"}],
             "memberships": [{"id": "h-m1", "person": "h-1", "organization": "SCH-9", "role": "learner",
                              "startsOn": "2022-09-01"}],
             "extensions": [
               {"extension": "health", "entity": "conclusion", "id": "h-c1", "person": "h-1", "organization": "SCH-9",
                "data": {"healthGroup": "IV", "peGroup": "special-a", "longTermTreatment": true, "concludedOn": "2025-09-15",
                         "issuer": "КГБУЗ «Детская городская поликлиника № 5»"}},
               {"extension": "health", "entity": "disability", "id": "h-d1", "person": "h-1", "organization": "SCH-9",
                "data": {"category": "child-disabled", "establishedOn": "2023-02-10", "validUntil": "2032-03-02"}},
               {"extension": "health", "entity": "special-needs", "id": "h-s1", "person": "h-1", "organization": "SCH-9",
                "data": {"category": "musculoskeletal", "programmeVariant": "6.2", "concludedOn": "2023-05-20"}}]}
            """;

    @Inject
    @Filter("(dataSourceName=kontingent)")
    private DataSource dataSource;

    @Inject
    private BundleContext bundleContext;

    @Configuration
    public Option[] configuration() {
        return KontingentDistribution.options(Map.of(),
                editConfigurationFileExtend("etc/org.apache.karaf.features.cfg", "featuresBoot", "kontingent-extension-health"));
    }

    @Test
    public void healthDataIsPushedShownOnlyToThoseWhoMaySeeItJournaledAndCounted() throws SQLException {
        Http anonymous = KontingentDistribution.http();
        Eventually.await("health 200", PATIENCE, () -> anonymous.status("/api/v1/health") == 200);
        Eventually.await("the health extension taking data", PATIENCE, () -> served(bundleContext, "health"));
        execute("INSERT INTO registry.authority (id, parent_id, full_name, level) VALUES (" + AUTHORITY
                        + ", NULL, 'Комитет по образованию', 'municipal')",
                "INSERT INTO registry.academic_year VALUES ('2025-2026', '2025-09-01', '2026-09-01'),"
                        + " ('2026-2027', '2026-09-01', '2027-09-01') ON CONFLICT DO NOTHING",
                "INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, education_level)"
                        + " VALUES (" + SCHOOL + ", " + AUTHORITY + ", 'МБОУ «СОШ № 9»', 'СОШ № 9', 'secondary-school',"
                        + " 'general')");
        Http admin = KontingentDistribution.admin();
        Eventually.await("the health form in the catalogue", PATIENCE, () -> catalogue(admin).contains(GROUPS));
        Eventually.await("the gateway served", PATIENCE, () -> admin.get("/api/v1/gateway/formats").status() == 200);
        Http school = new ProviderSystems(admin).register("sch-9", "АИС «Сетевой город» СОШ № 9", SCHOOL, "SCH-9", 10);

        JsonNode applied = ProviderSystems.finished(school, push(school, PACKAGE), PATIENCE);
        assertEquals(applied.toString(), "applied", applied.path("summary").path("status").asText());
        long pupil = count("SELECT k.record_id FROM registry.source_key k WHERE k.entity = 'person' AND k.key = 'h-1'");
        assertEquals(3, count("SELECT (SELECT count(*) FROM health.conclusion) + (SELECT count(*) FROM health.disability)"
                + " + (SELECT count(*) FROM health.special_needs)"));

        Http authority = Users.create(admin, "health.authority", Role.AUTHORITY_ADMINISTRATOR,
                "{\"kind\":\"AUTHORITY\",\"id\":" + AUTHORITY + "}");
        Http employee = Users.create(admin, "health.employee", Role.EMPLOYEE, "{\"kind\":\"ORGANIZATION\",\"id\":" + SCHOOL + "}");

        Answer seen = authority.get("/api/v1/persons/" + pupil);
        assertEquals(seen.body().toString(), 200, seen.status());
        JsonNode health = seen.body().path("sections").path("health");
        assertEquals(health.toString(), 4, health.path("healthGroup").asInt());
        assertEquals("special-a", health.path("peGroup").asText());
        assertTrue(health.path("longTermTreatment").asBoolean());
        assertEquals("child-disabled", health.path("disabilityCategory").asText());
        assertEquals("musculoskeletal", health.path("specialNeedsCategory").asText());
        assertTrue(health.path("adaptedProgramme").asBoolean());
        assertEquals("6.2", health.path("specialNeeds").path(0).path("programmeVariant").asText());

        List<String> entries = journal(admin, pupil);
        assertTrue(entries.toString(), entries.contains("health.authority VIEW GET /api/v1/persons/" + pupil
                + " section health shown (READ_HEALTH)"));
        assertTrue(entries.toString(), entries.contains("health.authority VIEW GET /api/v1/persons/" + pupil + " null"));

        Answer card = employee.get("/api/v1/persons/" + pupil);
        assertEquals(card.body().toString(), 200, card.status());
        assertEquals("Здоровьева", card.body().path("person").path("surname").asText());
        assertFalse(card.body().toString(), card.body().path("sections").has("health"));
        assertFalse("nothing of health data in the employee's card", card.body().toString().contains("special-a"));
        List<String> after = journal(admin, pupil);
        assertTrue(after.toString(), after.contains("health.employee VIEW GET /api/v1/persons/" + pupil + " null"));
        assertEquals(after.toString(), 0, after.stream().filter(e -> e.startsWith("health.employee")
                && e.contains("section health")).count());
        assertEquals("one read of the health section, the authority's: " + after, 1,
                after.stream().filter(e -> e.contains("section health")).count());

        JsonNode rows = Reports.run(authority, GROUPS, "{\"date\":\"" + LocalDate.now() + "\",\"level\":\"organization\"}");
        JsonNode row = null;
        for (JsonNode r : rows.path("rows")) {
            if (r.path("kind").asText().equals("DATA") && r.path("values").toString().contains("СОШ № 9")) {
                row = r.path("values");
            }
        }
        assertTrue(rows.toString(), row != null);
        JsonNode columns = rows.path("columns");
        for (String column : List.of("learners", "group4", "peSpecialA", "longTermTreatment", "disabled", "childDisabled",
                "specialNeeds", "adaptedProgramme")) {
            assertEquals(column + " in " + rows, 1, row.path(index(columns, column)).asLong());
        }
        for (String column : List.of("group1", "group2", "group3", "group5", "groupUnknown", "peBasic", "peUnknown")) {
            assertEquals(column + " in " + rows, 0, row.path(index(columns, column)).asLong());
        }
        Answer counted = employee.post("/api/v1/reports/" + GROUPS + "/runs", "{\"level\":\"organization\"}");
        assertEquals("the employee runs the form of counts for the school: " + counted.body(), 202, counted.status());
    }

    /** The action journal's views of a person, each as login, action, target and details. */
    private static List<String> journal(Http admin, long person) {
        List<String> entries = new ArrayList<>();
        for (JsonNode entry : admin.get("/api/v1/admin/journal?person=" + person + "&action=VIEW&limit=100").body()
                .path("entries")) {
            entries.add(entry.path("login").asText() + " " + entry.path("action").asText() + " " + entry.path("target").asText()
                    + " " + (entry.path("details").isNull() || entry.path("details").isMissingNode() ? "null"
                            : entry.path("details").asText()));
        }
        return entries;
    }

    private static int index(JsonNode columns, String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.path(i).path("key").asText().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no column " + key + " in " + columns);
    }

    private void execute(String... statements) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
