package org.kontingent.itests;

import static org.junit.Assert.assertEquals;
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
 * The portfolio extension in a region that runs it (installed at boot): a school's and a college's
 * systems push their learners' olympiads, championships, ГТО badges and qualification ranks through
 * the gateway; the entries show in each learner's portfolio section {@code achievements}
 * ({@code GET /api/v1/persons/{id}}), and the forms «Участие обучающихся в олимпиадах, конкурсах и
 * соревнованиях» and «Знаки ГТО, спортивные разряды…» count them per organization, the school's
 * employee seeing the school's only; an entry of an unknown level is refused with code 204 naming
 * its record and field, and the rest of its package is applied.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PortfolioIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String EVENTS = "portfolio.events";
    private static final String ACHIEVEMENTS = "portfolio.achievements";
    private static final long AUTHORITY = 9501;
    private static final long SCHOOL = 9502;
    private static final long COLLEGE = 9503;

    @Inject
    @Filter("(dataSourceName=kontingent)")
    private DataSource dataSource;

    @Inject
    private BundleContext bundleContext;

    @Configuration
    public Option[] configuration() {
        return KontingentDistribution.options(Map.of(),
                editConfigurationFileExtend("etc/org.apache.karaf.features.cfg", "featuresBoot", "kontingent-extension-portfolio"));
    }

    /** The first year of the academic year before today's: its events have all happened. */
    private static int lastYear() {
        LocalDate today = LocalDate.now();
        return (today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1) - 1;
    }

    private static String schoolPackage(int y) {
        return """
                {"version": "1.0",
                 "persons": [{"id": "p-1", "surname": "Олимпиадова", "name": "Вера", "birthDate": "2010-04-04", "sex": "F"}],
                 "memberships": [{"id": "p-m1", "person": "p-1", "organization": "SCH-7", "role": "learner",
                                  "startsOn": "Y-09-01"}],
                 "extensions": [
                   {"extension": "portfolio", "entity": "event", "id": "p-e1", "person": "p-1", "organization": "SCH-7",
                    "data": {"name": "Всероссийская олимпиада школьников по математике", "kind": "olympiad",
                             "subject": "Математика", "level": "school", "stage": "school", "startsOn": "Y-10-05",
                             "result": "winner", "place": 1, "score": 92, "documentNumber": "ВсОШ-Y-001"}},
                   {"extension": "portfolio", "entity": "event", "id": "p-e2", "person": "p-1", "organization": "SCH-7",
                    "data": {"name": "Всероссийская олимпиада школьников по математике", "kind": "olympiad",
                             "subject": "Математика", "level": "municipal", "stage": "municipal", "startsOn": "Y-11-20",
                             "result": "prize-winner", "place": 2, "organizer": "Комитет по образованию"}},
                   {"extension": "portfolio", "entity": "event", "id": "p-x1", "person": "p-1", "organization": "SCH-7",
                    "data": {"name": "Турнир", "kind": "competition", "level": "district", "startsOn": "Y-12-01"}},
                   {"extension": "portfolio", "entity": "achievement", "id": "p-a1", "person": "p-1", "organization": "SCH-7",
                    "data": {"kind": "gto-badge", "badge": "gold", "gtoStage": 5, "level": "all-russian",
                             "awardedOn": "Z-03-15"}}]}
                """.replace("Y-", y + "-").replace("Z-", (y + 1) + "-");
    }

    private static String collegePackage(int y) {
        return """
                {"version": "1.0",
                 "persons": [{"id": "s-1", "surname": "Мастеров", "name": "Илья", "birthDate": "2007-05-05", "sex": "M"}],
                 "memberships": [{"id": "s-m1", "person": "s-1", "organization": "COL-3", "role": "learner",
                                  "startsOn": "Y-09-01"}],
                 "extensions": [
                   {"extension": "portfolio", "entity": "event", "id": "s-e1", "person": "s-1", "organization": "COL-3",
                    "data": {"name": "Региональный этап чемпионата «Профессионалы»", "kind": "championship",
                             "subject": "Сварочные технологии", "level": "regional", "startsOn": "Z-03-03",
                             "endsOn": "Z-03-06", "result": "prize-winner", "place": 3}},
                   {"extension": "portfolio", "entity": "achievement", "id": "s-a1", "person": "s-1", "organization": "COL-3",
                    "data": {"kind": "qualification-rank", "name": "Сварщик ручной дуговой сварки", "grade": 4,
                             "awardedOn": "Z-06-25"}}]}
                """.replace("Y-", y + "-").replace("Z-", (y + 1) + "-");
    }

    @Test
    public void pushedEventsAndAchievementsShowInThePortfolioAndTheForms() throws SQLException {
        Http anonymous = KontingentDistribution.http();
        Eventually.await("health 200", PATIENCE, () -> anonymous.status("/api/v1/health") == 200);
        Eventually.await("the portfolio extension taking data", PATIENCE, () -> served(bundleContext, "portfolio"));
        int y = lastYear();
        String year = y + "-" + (y + 1);
        execute("INSERT INTO registry.authority (id, parent_id, full_name, level) VALUES (" + AUTHORITY
                        + ", NULL, 'Министерство образования', 'regional')",
                "INSERT INTO registry.academic_year VALUES ('" + year + "', '" + y + "-09-01', '" + (y + 1) + "-09-01')"
                        + " ON CONFLICT DO NOTHING",
                "INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, education_level)"
                        + " VALUES (" + SCHOOL + ", " + AUTHORITY + ", 'МБОУ «Лицей № 7»', 'Лицей № 7', 'lyceum', 'general'),"
                        + " (" + COLLEGE + ", " + AUTHORITY + ", 'КГБПОУ «Строительный колледж»', 'Строительный колледж',"
                        + " 'college', 'vocational')");
        Http admin = KontingentDistribution.admin();
        Eventually.await("the achievements forms in the catalogue", PATIENCE,
                () -> catalogue(admin).contains(EVENTS) && catalogue(admin).contains(ACHIEVEMENTS));
        Eventually.await("the gateway served", PATIENCE, () -> admin.get("/api/v1/gateway/formats").status() == 200);
        ProviderSystems providers = new ProviderSystems(admin);
        Http school = providers.register("lyceum-7", "Электронный журнал лицея № 7", SCHOOL, "SCH-7", 10);
        Http college = providers.register("college-3", "ИС строительного колледжа", COLLEGE, "COL-3", 10);

        JsonNode pushed = ProviderSystems.finished(school, push(school, schoolPackage(y)), PATIENCE);
        assertEquals(pushed.toString(), "partially-applied", pushed.path("summary").path("status").asText());
        assertEquals(pushed.toString(), 1, pushed.path("errors").size());
        JsonNode refused = pushed.path("errors").get(0);
        assertEquals(refused.toString(), 204, refused.path("code").asInt());
        assertEquals("extensions[2] (id p-x1)", refused.path("record").asText());
        assertEquals("level", refused.path("field").asText());
        assertEquals("district", refused.path("value").asText());
        JsonNode applied = ProviderSystems.finished(college, push(college, collegePackage(y)), PATIENCE);
        assertEquals(applied.toString(), "applied", applied.path("summary").path("status").asText());

        JsonNode pupil = admin.get("/api/v1/persons/" + person("p-1") + "?asOf=" + (y + 1) + "-08-31").body()
                .path("sections").path("achievements");
        assertEquals(pupil.toString(), List.of("Всероссийская олимпиада школьников по математике municipal Муниципальный"
                        + " Муниципальный этап prize-winner Призёр 2",
                "Всероссийская олимпиада школьников по математике school Уровень образовательной организации Школьный этап"
                        + " winner Победитель 1"),
                texts(pupil.path("events"), "name", "level", "levelName", "stageName", "result", "resultName", "place"));
        assertEquals(pupil.toString(), List.of("gto-badge gold Золотой знак отличия 5 " + (y + 1) + "-03-15"),
                texts(pupil.path("achievements"), "kind", "badge", "badgeName", "gtoStage", "awardedOn"));
        JsonNode student = admin.get("/api/v1/persons/" + person("s-1") + "?asOf=" + (y + 1) + "-08-31").body()
                .path("sections").path("achievements");
        assertEquals(student.toString(), List.of("Сварочные технологии Региональный Призёр 3 " + (y + 1) + "-03-06"),
                texts(student.path("events"), "subject", "levelName", "resultName", "place", "endsOn"));
        assertEquals(student.toString(), List.of("Сварщик ручной дуговой сварки 4"),
                texts(student.path("achievements"), "name", "grade"));

        String arguments = "{\"academicYear\":\"" + year + "\",\"level\":\"organization\"}";
        assertEquals(List.of(
                "[\"Лицей № 7\",\"Уровень образовательной организации\",1,1,0,1,1.0]",
                "[\"Лицей № 7\",\"Муниципальный\",1,1,1,0,1.0]",
                "[\"Строительный колледж\",\"Региональный\",1,1,1,0,1.0]"), rows(admin, EVENTS, arguments));
        assertEquals(List.of("[\"Лицей № 7\",1,1,0,0,0,0,0,0,0,0,0,0]", "[\"Строительный колледж\",1,0,0,0,0,0,0,0,1,0,0,0]"),
                rows(admin, ACHIEVEMENTS, arguments));

        Http employee = Users.create(admin, "lyceum.employee", Role.EMPLOYEE,
                "{\"kind\":\"ORGANIZATION\",\"id\":" + SCHOOL + "}");
        assertEquals("the school's employee sees the school's only", List.of(
                "[\"Лицей № 7\",\"Уровень образовательной организации\",1,1,0,1,1.0]",
                "[\"Лицей № 7\",\"Муниципальный\",1,1,1,0,1.0]"), rows(employee, EVENTS, arguments));
    }

    private long person(String key) throws SQLException {
        return count("SELECT k.record_id FROM registry.source_key k WHERE k.entity = 'person' AND k.key = '" + key + "'");
    }

    /** Each element of a JSON list as the fields given, joined by spaces. */
    private static List<String> texts(JsonNode list, String... fields) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : list) {
            List<String> values = new ArrayList<>();
            for (String field : fields) {
                values.add(item.path(field).asText());
            }
            texts.add(String.join(" ", values));
        }
        return texts;
    }

    /** Runs a form to its end; its data rows (no subtotals), each without the municipality, as JSON text. */
    private static List<String> rows(Http http, String form, String arguments) {
        List<String> rows = new ArrayList<>();
        for (JsonNode row : Reports.run(http, form, arguments).path("rows")) {
            if (row.path("kind").asText().equals("DATA")) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i < row.path("values").size(); i++) {
                    values.add(row.path("values").get(i).toString());
                }
                rows.add("[" + String.join(",", values) + "]");
            }
        }
        return rows;
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
