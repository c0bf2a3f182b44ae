package org.kontingent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.kontingent.itests.Extensions.catalogue;
import static org.kontingent.itests.Extensions.codes;
import static org.kontingent.itests.Extensions.push;
import static org.kontingent.itests.Extensions.served;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.kontingent.itests.Http.Answer;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An education-level extension installed while the platform serves: marks and an exam sent before
 * the general extension is installed are refused with code 209 and kept; the administrator
 * installs the performance report forms (which bring the extension); the replayed package is
 * applied, the marks show in the learner's portfolio and in a performance form; the plugins are
 * uninstalled, the platform keeps serving, new marks are refused again, and the data stays.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ExtensionIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String EXTENSION = "kontingent-extension-general";
    private static final String FORMS = "kontingent-reports-performance";
    private static final String AVERAGE = "performance.average-mark";
    private static final long AUTHORITY = 9301;
    private static final long SCHOOL = 9302;
    private static final String PACKAGE = """
            {"version": "1.0",
             "persons": [{"id": "x-1", "surname": "Оценкина", "name": "Вера", "birthDate": "2010-04-04", "sex": "F"}],
             "memberships": [{"id": "x-m1", "person": "x-1", "organization": "SCH-9", "role": "learner",
                              "startsOn": "2025-09-01"}],
             "grades": [
               {"id": "x-g1", "person": "x-1", "organization": "SCH-9", "academicYear": "2025-2026",
                "subject": "Математика", "period": "year", "mark": "5"},
               {"id": "x-g2", "person": "x-1", "organization": "SCH-9", "academicYear": "2025-2026",
                "subject": "Русский язык", "period": "year", "mark": "4"}],
             "extensions": [
               {"extension": "general", "entity": "exam", "id": "x-e1", "person": "x-1", "organization": "SCH-9",
                "data": {"kind": "oge", "academicYear": "2025-2026", "subject": "Математика", "examDate": "2026-06-02",
                         "score": 28, "mark": "5", "passed": true}}]}
            """;

    @Inject
    @Filter("(dataSourceName=kontingent)")
    private DataSource dataSource;

    @Inject
    private BundleContext bundleContext;

    @Configuration
    public Option[] configuration() {
        return KontingentDistribution.options(Map.of());
    }

    @Test
    public void dataWaitsForItsExtensionWhichIsInstalledUsedAndRemovedWhileThePlatformServes() throws SQLException {
        Http anonymous = KontingentDistribution.http();
        Eventually.await("health 200", PATIENCE, () -> anonymous.status("/api/v1/health") == 200);
        execute("INSERT INTO registry.authority (id, parent_id, full_name, level) VALUES (" + AUTHORITY
                + ", NULL, 'Министерство образования', 'regional')",
                "INSERT INTO registry.academic_year VALUES ('2025-2026', '2025-09-01', '2026-09-01') ON CONFLICT DO NOTHING",
                "INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, education_level)"
                        + " VALUES (" + SCHOOL + ", " + AUTHORITY + ", 'МБОУ «СОШ № 9»', 'СОШ № 9', 'secondary-school', 'general')");
        Http admin = KontingentDistribution.admin();
        Eventually.await("the gateway served", PATIENCE, () -> admin.get("/api/v1/gateway/formats").status() == 200);
        Http system = new ProviderSystems(admin).register("journal-9", "Электронный журнал школы № 9", SCHOOL, "SCH-9", 10);

        long first = push(system, PACKAGE);
        JsonNode refused = ProviderSystems.finished(system, first, PATIENCE);
        assertEquals(refused.toString(), "partially-applied", refused.path("summary").path("status").asText());
        assertEquals(List.of(209, 209, 209), codes(refused));
        assertEquals(0, count("SELECT count(*) FROM pg_namespace WHERE nspname = 'general'"));

        Answer installed = admin.post("/api/v1/plugins", "{\"id\":\"" + FORMS + "\"}");
        assertEquals(installed.body().toString(), 200, installed.status());
        Eventually.await("the performance forms in the catalogue", PATIENCE, () -> catalogue(admin).contains(AVERAGE));
        Eventually.await("the general extension taking data", PATIENCE, () -> served(bundleContext, "general"));

        Answer replayed = system.post("/api/v1/gateway/packages/" + first + "/replay", "application/json", new byte[0]);
        assertEquals(replayed.body().toString(), 202, replayed.status());
        JsonNode applied = ProviderSystems.finished(system, replayed.body().path("id").asLong(), PATIENCE);
        assertEquals(applied.toString(), "applied", applied.path("summary").path("status").asText());
        assertEquals(2, count("SELECT count(*) FROM general.mark"));
        assertEquals(1, count("SELECT count(*) FROM general.exam"));

        long person = count("SELECT k.record_id FROM registry.source_key k WHERE k.entity = 'person' AND k.key = 'x-1'");
        JsonNode card = admin.get("/api/v1/persons/" + person + "?asOf=2026-06-30").body();
        JsonNode general = card.path("sections").path("general");
        assertFalse(card.toString(), general.isMissingNode());
        assertTrue(general.toString(), general.toString().contains("Русский язык"));
        assertTrue(general.toString(), general.toString().contains("ОГЭ") || general.toString().contains("oge"));

        JsonNode run = Reports.finished(admin, admin.post("/api/v1/reports/" + AVERAGE + "/runs",
                "{\"academicYear\":\"2025-2026\",\"period\":\"year\",\"level\":\"organization\"}").body());
        assertEquals(run.toString(), "done", run.path("status").asText());
        JsonNode rows = admin.get("/api/v1/reports/runs/" + run.path("id").asText() + "/rows?limit=100").body();
        assertTrue(rows.toString(), rows.toString().contains("СОШ № 9"));
        assertTrue("the average of 5 and 4: " + rows, rows.toString().contains("4.5"));

        assertEquals(204, admin.delete("/api/v1/plugins/" + FORMS).status());
        if (admin.get("/api/v1/plugins/" + EXTENSION).body().path("installedVersion").isTextual()) {
            assertEquals(204, admin.delete("/api/v1/plugins/" + EXTENSION).status());
        }
        Eventually.await("the performance forms gone", PATIENCE, () -> !catalogue(admin).contains(AVERAGE));
        assertEquals(200, anonymous.status("/api/v1/health"));
        JsonNode again = ProviderSystems.finished(system, push(system, PACKAGE.replace("x-g", "x-h")), PATIENCE);
        assertEquals(again.toString(), List.of(209, 209, 209), codes(again));
        assertEquals("the extension's data stays", 2, count("SELECT count(*) FROM general.mark"));
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
