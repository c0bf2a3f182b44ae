package org.kontingent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.kontingent.itests.Extensions.catalogue;
import static org.kontingent.itests.Extensions.codes;
import static org.kontingent.itests.Extensions.push;
import static org.kontingent.itests.Extensions.served;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;

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
 * A region that runs general and preschool education only (their extensions installed at boot):
 * a kindergarten's enrollment is pushed and shows in the child's portfolio and in the stay-mode
 * form; a college's programme is refused with «extension not installed» (209) and kept; the
 * administrator installs the vocational extension while the platform serves; the replayed package
 * is applied and shows in the student's portfolio and in the learners-by-specialty form, and the
 * gateway serves the schema of its entities to vendors; the extension is uninstalled, the platform
 * keeps serving, the schemas are no longer listed and the data stays.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LevelExtensionsIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String VOCATIONAL = "kontingent-extension-vocational";
    private static final String STAY_MODES = "preschool.stay-modes";
    private static final String BY_SPECIALTY = "vocational.learners-by-specialty";
    private static final long AUTHORITY = 9401;
    private static final long KINDERGARTEN = 9402;
    private static final long COLLEGE = 9403;
    private static final String PRESCHOOL_PACKAGE = """
            {"version": "1.0",
             "persons": [{"id": "d-1", "surname": "Садикова", "name": "Алиса", "birthDate": "2022-03-03", "sex": "F"}],
             "memberships": [{"id": "d-m1", "person": "d-1", "organization": "DS-7", "role": "learner",
                              "startsOn": "2025-09-01"}],
             "extensions": [
               {"extension": "preschool", "entity": "enrollment", "id": "d-e1", "person": "d-1", "organization": "DS-7",
                "data": {"enrolledOn": "2025-09-01", "stayMode": "full-day", "groupType": "general-developmental",
                         "ageGroup": "junior"}}]}
            """;
    private static final String VOCATIONAL_PACKAGE = """
            {"version": "1.0",
             "persons": [{"id": "s-1", "surname": "Студентов", "name": "Илья", "birthDate": "2008-05-05", "sex": "M"}],
             "memberships": [{"id": "s-m1", "person": "s-1", "organization": "COL-1", "role": "learner",
                              "startsOn": "2025-09-01"}],
             "extensions": [
               {"extension": "vocational", "entity": "programme", "id": "s-p1", "person": "s-1", "organization": "COL-1",
                "data": {"kind": "skilled-workers", "specialty": "15.01.13", "academicYear": "2026-2027", "course": 2,
                         "studyForm": "full-time"}}]}
            """;

    @Inject
    @Filter("(dataSourceName=kontingent)")
    private DataSource dataSource;

    @Inject
    private BundleContext bundleContext;

    @Configuration
    public Option[] configuration() {
        return KontingentDistribution.options(Map.of(),
                editConfigurationFileExtend("etc/org.apache.karaf.features.cfg", "featuresBoot", "kontingent-extension-general"),
                editConfigurationFileExtend("etc/org.apache.karaf.features.cfg", "featuresBoot", "kontingent-extension-preschool"));
    }

    @Test
    public void theLevelsARegionRunsTakeTheirDataAndAnotherLevelIsInstalledWhileThePlatformServes() throws SQLException {
        Http anonymous = KontingentDistribution.http();
        Eventually.await("health 200", PATIENCE, () -> anonymous.status("/api/v1/health") == 200);
        Eventually.await("the general and preschool extensions taking data", PATIENCE,
                () -> served(bundleContext, "general") && served(bundleContext, "preschool"));
        assertFalse("vocational education is not installed", served(bundleContext, "vocational"));
        execute("INSERT INTO registry.authority (id, parent_id, full_name, level) VALUES (" + AUTHORITY
                        + ", NULL, 'Министерство образования', 'regional')",
                "INSERT INTO registry.academic_year VALUES ('2025-2026', '2025-09-01', '2026-09-01'),"
                        + " ('2026-2027', '2026-09-01', '2027-09-01') ON CONFLICT DO NOTHING",
                "INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, education_level)"
                        + " VALUES (" + KINDERGARTEN + ", " + AUTHORITY + ", 'МБДОУ «Детский сад № 7»', 'Детский сад № 7',"
                        + " 'kindergarten', 'preschool'), (" + COLLEGE + ", " + AUTHORITY + ", 'КГБПОУ «Алтайский"
                        + " промышленный колледж»', 'Промышленный колледж', 'college', 'vocational')");
        Http admin = KontingentDistribution.admin();
        Eventually.await("the preschool forms in the catalogue", PATIENCE, () -> catalogue(admin).contains(STAY_MODES));
        assertFalse(catalogue(admin).contains(BY_SPECIALTY));
        Eventually.await("the gateway served", PATIENCE, () -> admin.get("/api/v1/gateway/formats").status() == 200);
        ProviderSystems providers = new ProviderSystems(admin);
        Http kindergarten = providers.register("ds-7", "ИС детского сада № 7", KINDERGARTEN, "DS-7", 10);
        Http college = providers.register("col-1", "ИС колледжа", COLLEGE, "COL-1", 10);

        JsonNode enrolled = ProviderSystems.finished(kindergarten, push(kindergarten, PRESCHOOL_PACKAGE), PATIENCE);
        assertEquals(enrolled.toString(), "applied", enrolled.path("summary").path("status").asText());
        JsonNode child = admin.get("/api/v1/persons/" + person("d-1")).body();
        assertTrue(child.toString(), child.path("sections").path("preschool").toString().contains("full-day"));
        String stayModes = Reports.run(admin, STAY_MODES, "{\"date\":\"2026-11-24\"}").toString();
        assertTrue(stayModes, stayModes.contains("Детский сад № 7"));

        long first = push(college, VOCATIONAL_PACKAGE);
        JsonNode refused = ProviderSystems.finished(college, first, PATIENCE);
        assertEquals(refused.toString(), "partially-applied", refused.path("summary").path("status").asText());
        assertEquals(refused.toString(), List.of(209), codes(refused));
        assertEquals(0, count("SELECT count(*) FROM pg_namespace WHERE nspname = 'vocational'"));

        Answer installed = admin.post("/api/v1/plugins", "{\"id\":\"" + VOCATIONAL + "\"}");
        assertEquals(installed.body().toString(), 200, installed.status());
        Eventually.await("the vocational extension taking data", PATIENCE, () -> served(bundleContext, "vocational"));
        Eventually.await("the vocational forms in the catalogue", PATIENCE, () -> catalogue(admin).contains(BY_SPECIALTY));
        assertTrue(schemaListed(college, "vocational", "programme"));
        Answer programmeSchema = college.get("/api/v1/gateway/schemas/extensions/vocational/programme");
        assertEquals(200, programmeSchema.status());
        assertEquals("urn:kontingent:extension:vocational:programme", programmeSchema.body().path("$id").asText());

        Answer replayed = college.post("/api/v1/gateway/packages/" + first + "/replay", "application/json", new byte[0]);
        assertEquals(replayed.body().toString(), 202, replayed.status());
        JsonNode applied = ProviderSystems.finished(college, replayed.body().path("id").asLong(), PATIENCE);
        assertEquals(applied.toString(), "applied", applied.path("summary").path("status").asText());
        JsonNode student = admin.get("/api/v1/persons/" + person("s-1")).body();
        assertTrue(student.toString(), student.path("sections").path("vocational").toString().contains("15.01.13"));
        String bySpecialty = Reports.run(admin, BY_SPECIALTY, "{\"date\":\"2026-11-24\",\"level\":\"organization\"}").toString();
        assertTrue(bySpecialty, bySpecialty.contains("15.01.13") && bySpecialty.contains("Промышленный колледж"));

        assertEquals(204, admin.delete("/api/v1/plugins/" + VOCATIONAL).status());
        Eventually.await("the vocational forms gone", PATIENCE, () -> !catalogue(admin).contains(BY_SPECIALTY));
        assertFalse("the schemas are of the installed extensions", schemaListed(college, "vocational", "programme"));
        assertEquals(404, college.get("/api/v1/gateway/schemas/extensions/vocational/programme").status());
        assertEquals(200, anonymous.status("/api/v1/health"));
        assertTrue("the other levels stay", catalogue(admin).contains(STAY_MODES) && served(bundleContext, "preschool"));
        assertEquals("the vocational data stays", 1, count("SELECT count(*) FROM vocational.programme"));
    }

    /** Whether the gateway lists the schema of an extension's entity for connector vendors. */
    private static boolean schemaListed(Http http, String extension, String entity) {
        for (JsonNode e : http.get("/api/v1/gateway/schemas").body().path("extensions")) {
            if (e.path("id").asText().equals(extension)) {
                for (JsonNode en : e.path("entities")) {
                    if (en.path("entity").asText().equals(entity)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private long person(String key) throws SQLException {
        return count("SELECT k.record_id FROM registry.source_key k WHERE k.entity = 'person' AND k.key = '" + key + "'");
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
