package org.kontingent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
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
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Additional education the whole way: an arts school's system pushes two learners with their
 * programmes (a pre-professional one in the arts, in progress; a general developmental technical
 * one with distance technologies, mastered), a course with its mark and the certificate issued;
 * each learner's portfolio shows them, and the contingent and results forms count them by kind,
 * orientation, sex and document.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AdditionalIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final long AUTHORITY = 9501;
    private static final long ARTS_SCHOOL = 9502;
    private static final String PACKAGE = """
            {"version": "1.0",
             "persons": [{"id": "a-1", "surname": "Клавирова", "name": "Вера", "birthDate": "2014-04-04", "sex": "F"},
                         {"id": "a-2", "surname": "Роботов", "name": "Глеб", "birthDate": "2016-02-02", "sex": "M"}],
             "memberships": [{"id": "a-m1", "person": "a-1", "organization": "DSHI-1", "role": "learner", "startsOn": "2025-09-01"},
                             {"id": "a-m2", "person": "a-2", "organization": "DSHI-1", "role": "learner", "startsOn": "2025-09-01"}],
             "extensions": [
               {"extension": "additional", "entity": "programme", "id": "a-p1", "person": "a-1", "organization": "DSHI-1",
                "data": {"name": "Фортепиано", "kind": "pre-professional", "orientation": "artistic",
                         "federalRequirements": "ФГТ к программе «Фортепиано»", "hours": 2000, "years": 8,
                         "studyForm": "full-time", "startsOn": "2025-09-01"}},
               {"extension": "additional", "entity": "programme", "id": "a-p2", "person": "a-2", "organization": "DSHI-1",
                "data": {"name": "Робототехника", "kind": "general-developmental", "orientation": "technical",
                         "distanceTechnologies": true, "hours": 72, "years": 1, "startsOn": "2025-09-01",
                         "endsOn": "2026-05-31", "status": "mastered", "mark": "зачтено"}},
               {"extension": "additional", "entity": "course", "id": "a-c1", "person": "a-1", "organization": "DSHI-1",
                "data": {"programme": "a-p1", "academicYear": "2025-2026", "course": "Сольфеджио", "status": "mastered",
                         "mark": "5"}},
               {"extension": "additional", "entity": "document", "id": "a-d1", "person": "a-2", "organization": "DSHI-1",
                "data": {"kind": "training-certificate", "number": "000123", "issuedOn": "2026-05-31", "programme": "a-p2"}}]}
            """;

    @Inject
    @Filter("(dataSourceName=kontingent)")
    private DataSource dataSource;

    @Inject
    private BundleContext bundleContext;

    @Configuration
    public Option[] configuration() {
        return KontingentDistribution.options(Map.of(),
                editConfigurationFileExtend("etc/org.apache.karaf.features.cfg", "featuresBoot", "kontingent-extension-additional"));
    }

    @Test
    public void anArtsSchoolsProgrammesGoFromItsPackageToThePortfolioAndTheForms() throws SQLException {
        Http anonymous = KontingentDistribution.http();
        Eventually.await("health 200", PATIENCE, () -> anonymous.status("/api/v1/health") == 200);
        Eventually.await("the additional education extension taking data", PATIENCE, () -> served(bundleContext, "additional"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO registry.authority (id, parent_id, full_name, level) VALUES (" + AUTHORITY
                    + ", NULL, 'Министерство образования', 'regional')");
            s.execute("INSERT INTO registry.academic_year VALUES ('2025-2026', '2025-09-01', '2026-09-01') ON CONFLICT DO NOTHING");
            s.execute("INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, education_level)"
                    + " VALUES (" + ARTS_SCHOOL + ", " + AUTHORITY + ", 'МБУДО «Детская школа искусств № 1»', 'ДШИ № 1',"
                    + " 'arts-school', 'additional')");
        }
        Http admin = KontingentDistribution.admin();
        Eventually.await("the gateway served", PATIENCE, () -> admin.get("/api/v1/gateway/formats").status() == 200);
        Http school = new ProviderSystems(admin).register("dshi-1", "ИС ДШИ № 1", ARTS_SCHOOL, "DSHI-1", 10);

        JsonNode report = ProviderSystems.finished(school, push(school, PACKAGE), PATIENCE);
        assertEquals(report.toString(), "applied", report.path("summary").path("status").asText());

        String pianist = admin.get("/api/v1/persons/" + person("a-1")).body().path("sections").path("additional").toString();
        for (String field : List.of("Фортепиано", "pre-professional", "artistic", "ФГТ к программе «Фортепиано»", "2000",
                "Сольфеджио", "2025-2026")) {
            assertTrue(field + " in " + pianist, pianist.contains(field));
        }
        String engineer = admin.get("/api/v1/persons/" + person("a-2")).body().path("sections").path("additional").toString();
        for (String field : List.of("Робототехника", "technical", "mastered", "зачтено", "2026-05-31", "training-certificate",
                "000123")) {
            assertTrue(field + " in " + engineer, engineer.contains(field));
        }

        List<Map<String, String>> contingent = Reports.rows(Reports.run(admin, "additional.contingent",
                "{\"date\":\"2025-12-01\",\"level\":\"organization\"}"));
        Map<String, String> preProfessional = row(contingent, "Дополнительная предпрофессиональная программа");
        assertEquals(contingent.toString(), "1", preProfessional.get("learners"));
        assertEquals("1", preProfessional.get("artistic"));
        assertEquals("0", preProfessional.get("technical"));
        assertEquals("1", preProfessional.get("girls"));
        assertEquals("1", preProfessional.get("age10to14"));
        Map<String, String> developmental = row(contingent, "Дополнительная общеразвивающая программа");
        assertEquals(contingent.toString(), "1", developmental.get("learners"));
        assertEquals("1", developmental.get("technical"));
        assertEquals("1", developmental.get("distance"));
        assertEquals("1", developmental.get("boys"));
        assertEquals("1", developmental.get("age5to9"));

        assertEquals("the school's card: its orientations on the day, as the form counts them",
                "[{\"code\":\"technical\",\"name\":\"Техническая\",\"programmes\":1,\"learners\":1,\"preProfessional\":0},"
                        + "{\"code\":\"artistic\",\"name\":\"Художественная\",\"programmes\":1,\"learners\":1,\"preProfessional\":1}]",
                admin.get("/api/v1/organizations/" + ARTS_SCHOOL + "/sections?asOf=2025-12-01").body().path("additional")
                        .path("orientations").toString());

        List<Map<String, String>> results = Reports.rows(Reports.run(admin, "additional.results",
                "{\"academicYear\":\"2025-2026\",\"level\":\"organization\"}"));
        Map<String, String> technical = row(results, "Техническая");
        assertEquals(results.toString(), "1", technical.get("ended"));
        assertEquals("1", technical.get("mastered"));
        assertEquals("0", technical.get("notMastered"));
        assertEquals("1", technical.get("withDocument"));
        assertEquals("1", technical.get("trainingCertificates"));
    }

    /** The detail row of the arts school whose values name the group. */
    private static Map<String, String> row(List<Map<String, String>> rows, String group) {
        return rows.stream().filter(r -> r.containsValue("ДШИ № 1") && r.containsValue(group)).findFirst()
                .orElseThrow(() -> new AssertionError("no row of ДШИ № 1 and " + group + " in " + rows));
    }

    private long person(String key) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT k.record_id FROM registry.source_key k WHERE k.entity = 'person'"
                        + " AND k.key = '" + key + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
