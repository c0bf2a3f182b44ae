package org.kontingent.itests;

import static org.junit.Assert.assertEquals;
import static org.kontingent.itests.Extensions.catalogue;
import static org.kontingent.itests.Extensions.push;
import static org.kontingent.itests.Extensions.served;
import static org.kontingent.itests.LevelData.dated;
import static org.kontingent.itests.LevelData.rows;
import static org.kontingent.itests.LevelData.texts;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
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
 * General education the whole way, with the extension and the performance forms installed at boot:
 * a school's system pushes four pupils of grades 9 and 11 enrolled (by order) in classes of the
 * year, their current, term, year and final marks (five-point and pass/fail, by grades[]) of that
 * year and the year's marks of the year before, their ОГЭ, ГВЭ-9 and ЕГЭ results, certificates,
 * programmes (level, adapted, form of education, shift) and an application; an exam of a kind that
 * is no ГИА is refused with code 204 naming its record and field. A later package moves a pupil to
 * a class of this year (the exchange model carries no day of a move: it holds from the day the
 * package is applied). The card shows the class before and after, and section {@code general}
 * every field; the five performance forms — results of a period, final attestation, ЕГЭ/ОГЭ/ГВЭ
 * results, average mark (also of one subject or term) and its dynamics — give exact numbers. The
 * packages are dated in the two academic years before today's.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class GeneralIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final long REGION = 9701;
    private static final long RUBTSOVSK = 9702;
    private static final long SCHOOL = 9711;
    private static final String UNIT = "\"Комитет по образованию города Рубцовска\",\"СОШ № 71\"";
    /**
     * The pupils' marks, sent as grades[] of the package: id | pupil | academic year | subject | period | mark | day of a
     * current mark. The year's marks: g-1 fives only, g-2 a four at worst, g-3 a three and a pass, g-4 a failed pass/fail.
     */
    private static final List<String> MARKS = List.of(
            "m-1  | g-1 | {y}-{y+1}   | Математика          | current | 5 | {y}-10-05",
            "m-2  | g-1 | {y}-{y+1}   | Математика          | term-1  | 5",
            "m-3  | g-1 | {y}-{y+1}   | Математика          | year    | 5",
            "m-4  | g-1 | {y}-{y+1}   | Русский язык        | year    | 5",
            "m-5  | g-1 | {y}-{y+1}   | Математика          | final   | 5",
            "m-6  | g-1 | {y}-{y+1}   | Русский язык        | final   | 5",
            "m-7  | g-2 | {y}-{y+1}   | Русский язык        | year    | 4",
            "m-8  | g-2 | {y}-{y+1}   | Математика          | year    | 5",
            "m-9  | g-2 | {y}-{y+1}   | Русский язык        | final   | 4",
            "m-10 | g-2 | {y}-{y+1}   | Математика          | final   | 5",
            "m-11 | g-3 | {y}-{y+1}   | Русский язык        | year    | 3",
            "m-12 | g-3 | {y}-{y+1}   | Математика          | year    | 4",
            "m-13 | g-3 | {y}-{y+1}   | Физическая культура | year    | зачёт",
            "m-14 | g-4 | {y}-{y+1}   | Русский язык        | year    | 4",
            "m-15 | g-4 | {y}-{y+1}   | Математика          | year    | 4",
            "m-16 | g-4 | {y}-{y+1}   | Физическая культура | year    | незачёт",
            "m-17 | g-1 | {y-1}-{y}   | Русский язык        | year    | 4",
            "m-18 | g-1 | {y-1}-{y}   | Математика          | year    | 4",
            "m-19 | g-2 | {y-1}-{y}   | Русский язык        | year    | 4",
            "m-20 | g-2 | {y-1}-{y}   | Математика          | year    | 3");
    private static final String PACKAGE = """
            {"version": "1.0",
             "persons": [{"id": "g-1", "surname": "Отличникова", "name": "Анна", "birthDate": "{y-14}-03-01", "sex": "F"},
                         {"id": "g-2", "surname": "Хорошистов", "name": "Борис", "birthDate": "{y-16}-05-05", "sex": "M"},
                         {"id": "g-3", "surname": "Троечников", "name": "Вадим", "birthDate": "{y-14}-07-07", "sex": "M"},
                         {"id": "g-4", "surname": "Незачётова", "name": "Галина", "birthDate": "{y-16}-08-08", "sex": "F"}],
             "classes": [
               {"id": "c-9a", "organization": "SCH-71", "academicYear": "{y}-{y+1}", "name": "9А", "grade": 9, "capacity": 25},
               {"id": "c-11a", "organization": "SCH-71", "academicYear": "{y}-{y+1}", "name": "11А", "grade": 11,
                "specialization": "физико-математический", "capacity": 25}],
             "memberships": [
               {"id": "g-m1", "person": "g-1", "organization": "SCH-71", "role": "learner", "startsOn": "{y-1}-09-01",
                "classGroup": "c-9a", "studyForm": "full-time", "enrollmentOrder": {"number": "112-у", "date": "{y-1}-08-28"}},
               {"id": "g-m2", "person": "g-2", "organization": "SCH-71", "role": "learner", "startsOn": "{y-1}-09-01",
                "classGroup": "c-11a", "endsOn": "{y+1}-07-01", "leavingReason": "graduation",
                "leavingOrder": {"number": "61-в", "date": "{y+1}-06-30"}},
               {"id": "g-m3", "person": "g-3", "organization": "SCH-71", "role": "learner", "startsOn": "{y-1}-09-01",
                "classGroup": "c-9a"},
               {"id": "g-m4", "person": "g-4", "organization": "SCH-71", "role": "learner", "startsOn": "{y-1}-09-01",
                "classGroup": "c-11a"}],
             "grades": [$MARKS],
             "extensions": [
               {"extension": "general", "entity": "exam", "id": "e-1", "person": "g-1", "organization": "SCH-71",
                "data": {"kind": "oge", "subject": "Русский язык", "examDate": "{y+1}-05-27", "academicYear": "{y}-{y+1}",
                         "score": 30, "mark": 5, "passed": true}},
               {"extension": "general", "entity": "exam", "id": "e-2", "person": "g-1", "organization": "SCH-71",
                "data": {"kind": "oge", "subject": "Математика", "examDate": "{y+1}-06-02", "score": 28, "mark": 5,
                         "passed": true}},
               {"extension": "general", "entity": "exam", "id": "e-3", "person": "g-3", "organization": "SCH-71",
                "data": {"kind": "gve-9", "subject": "Русский язык", "examDate": "{y+1}-05-27", "mark": 3, "passed": true}},
               {"extension": "general", "entity": "exam", "id": "e-4", "person": "g-3", "organization": "SCH-71",
                "data": {"kind": "gve-9", "subject": "Математика", "examDate": "{y+1}-06-02", "mark": 2, "passed": false}},
               {"extension": "general", "entity": "exam", "id": "e-5", "person": "g-2", "organization": "SCH-71",
                "data": {"kind": "ege", "subject": "Русский язык", "examDate": "{y+1}-05-30", "score": 87, "passed": true}},
               {"extension": "general", "entity": "exam", "id": "e-6", "person": "g-2", "organization": "SCH-71",
                "data": {"kind": "ege", "subject": "Математика", "examDate": "{y+1}-06-05", "score": 72, "passed": true}},
               {"extension": "general", "entity": "exam", "id": "e-7", "person": "g-4", "organization": "SCH-71",
                "data": {"kind": "ege", "subject": "Русский язык", "examDate": "{y+1}-05-30", "score": 20, "passed": false}},
               {"extension": "general", "entity": "exam", "id": "e-8", "person": "g-4", "organization": "SCH-71",
                "data": {"kind": "ege", "subject": "Математика", "examDate": "{y+1}-06-05", "score": 45, "passed": true}},
               {"extension": "general", "entity": "exam", "id": "e-x", "person": "g-3", "organization": "SCH-71",
                "data": {"kind": "vpr", "subject": "Математика", "examDate": "{y+1}-04-15", "mark": 3, "passed": true}},
               {"extension": "general", "entity": "certificate", "id": "a-1", "person": "g-1", "organization": "SCH-71",
                "data": {"kind": "basic-general", "number": "02224000012345", "issuedOn": "{y+1}-06-28", "withHonours": true}},
               {"extension": "general", "entity": "certificate", "id": "a-2", "person": "g-2", "organization": "SCH-71",
                "data": {"kind": "secondary-general", "series": "АА", "number": "123456", "issuedOn": "{y+1}-06-30",
                         "withHonours": false}},
               {"extension": "general", "entity": "programme", "id": "p-1", "person": "g-1", "organization": "SCH-71",
                "data": {"level": "basic-general", "adapted": false, "studyForm": "full-time", "shift": 1,
                         "startsOn": "{y-1}-09-01"}},
               {"extension": "general", "entity": "programme", "id": "p-3", "person": "g-3", "organization": "SCH-71",
                "data": {"level": "basic-general", "adapted": true, "studyForm": "part-time", "shift": 2,
                         "startsOn": "{y-1}-09-01"}},
               {"extension": "general", "entity": "application", "id": "r-1", "person": "g-1", "organization": "SCH-71",
                "data": {"grade": 10, "academicYear": "{y+1}-{y+2}", "registeredOn": "{y+1}-06-30", "status": "enrolled"}}]}
            """;
    /** The pupil of 9А goes on to 10А of this academic year: her membership sent again with the class. */
    private static final String NEXT_CLASS = """
            {"version": "1.0",
             "classes": [{"id": "c-10a", "organization": "SCH-71", "academicYear": "{y+1}-{y+2}", "name": "10А", "grade": 10}],
             "memberships": [{"id": "g-m1", "person": "g-1", "organization": "SCH-71", "role": "learner",
                              "startsOn": "{y-1}-09-01", "classGroup": "c-10a", "studyForm": "full-time",
                              "enrollmentOrder": {"number": "112-у", "date": "{y-1}-08-28"}}]}
            """;

    @Inject
    @Filter("(dataSourceName=kontingent)")
    private DataSource dataSource;

    @Inject
    private BundleContext bundleContext;

    private Http admin;

    @Configuration
    public Option[] configuration() {
        String features = "etc/org.apache.karaf.features.cfg";
        return KontingentDistribution.options(Map.of(),
                editConfigurationFileExtend(features, "featuresBoot", "kontingent-extension-general"),
                editConfigurationFileExtend(features, "featuresBoot", "kontingent-reports-performance"));
    }

    @Test
    public void everyGeneralEducationFieldGoesFromThePackageToThePortfolioAndThePerformanceForms() throws SQLException {
        Http anonymous = KontingentDistribution.http();
        Eventually.await("health 200", PATIENCE, () -> anonymous.status("/api/v1/health") == 200);
        Eventually.await("the general education extension taking data", PATIENCE, () -> served(bundleContext, "general"));
        int y = LevelData.lastYear();
        String year = dated("{y}-{y+1}", y);
        LevelData.execute(dataSource,
                "INSERT INTO registry.authority (id, parent_id, full_name, level) VALUES (" + REGION + ", NULL,"
                        + " 'Министерство образования и науки Алтайского края', 'regional'), (" + RUBTSOVSK + ", " + REGION
                        + ", 'Комитет по образованию города Рубцовска', 'municipal')",
                dated("INSERT INTO registry.academic_year VALUES ('{y-1}-{y}', '{y-1}-09-01', '{y}-09-01'),"
                        + " ('{y}-{y+1}', '{y}-09-01', '{y+1}-09-01'), ('{y+1}-{y+2}', '{y+1}-09-01', '{y+2}-09-01')"
                        + " ON CONFLICT DO NOTHING", y),
                "INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, education_level,"
                        + " settlement) VALUES (" + SCHOOL + ", " + RUBTSOVSK + ","
                        + " 'МБОУ «Средняя общеобразовательная школа № 71»', 'СОШ № 71', 'secondary-school', 'general',"
                        + " 'Рубцовск')");
        admin = KontingentDistribution.admin();
        Eventually.await("the performance forms in the catalogue", PATIENCE,
                () -> catalogue(admin).contains("performance.average-mark-dynamics"));
        Eventually.await("the gateway served", PATIENCE, () -> admin.get("/api/v1/gateway/formats").status() == 200);
        Http school = new ProviderSystems(admin).register("sch-71", "Электронный журнал СОШ № 71", SCHOOL, "SCH-71", 10);

        JsonNode pushed = ProviderSystems.finished(school, push(school, pupils(y)), PATIENCE);
        assertEquals(pushed.toString(), "partially-applied", pushed.path("summary").path("status").asText());
        assertEquals(pushed.toString(), 1, pushed.path("errors").size());
        JsonNode refused = pushed.path("errors").get(0);
        assertEquals(refused.toString(), 204, refused.path("code").asInt());
        assertEquals("extensions[8] (id e-x)", refused.path("record").asText());
        assertEquals("kind", refused.path("field").asText());
        assertEquals("vpr", refused.path("value").asText());
        JsonNode moved = ProviderSystems.finished(school, push(school, dated(NEXT_CLASS, y)), PATIENCE);
        assertEquals(moved.toString(), "applied", moved.path("summary").path("status").asText());
        assertEquals(moved.toString(), 0, moved.path("errors").size());

        String membership = "organizationName startsOn enrollmentOrderNumber enrollmentOrderDate currentClass current endsOn"
                + " leavingReasonCode leavingOrderNumber leavingOrderDate";
        String schoolName = "МБОУ «Средняя общеобразовательная школа № 71» ";
        long anna = LevelData.person(dataSource, "g-1");
        assertEquals("in 9А all the year", List.of(dated(schoolName + "{y-1}-09-01 112-у {y-1}-08-28 9А true    ", y)),
                texts(card(anna, dated("{y+1}-05-31", y)).path("person").path("memberships"), membership.split(" ")));
        assertEquals("moved to 10А today", List.of(dated(schoolName + "{y-1}-09-01 112-у {y-1}-08-28 10А true    ", y)),
                texts(card(anna, null).path("person").path("memberships"), membership.split(" ")));
        JsonNode boris = card(LevelData.person(dataSource, "g-2"), dated("{y+1}-05-31", y));
        assertEquals(List.of(dated(schoolName + "{y-1}-09-01   11А true {y+1}-07-01 graduation 61-в {y+1}-06-30", y)),
                texts(boris.path("person").path("memberships"), membership.split(" ")));

        JsonNode general = card(anna, null).path("sections").path("general");
        assertEquals(general.toString(), List.of(year, dated("{y-1}-{y}", y)), texts(general.path("years"), "academicYear"));
        JsonNode subjects = general.path("years").path(0).path("subjects");
        assertEquals(general.toString(), List.of("Математика mathematics " + SCHOOL + " 5 5",
                "Русский язык russian-language " + SCHOOL + " 5 5"),
                texts(subjects, "subject", "subjectCode", "organizationId", "year", "final"));
        assertEquals(List.of(dated("{y}-10-05 5", y)), texts(subjects.path(0).path("current"), "markedOn", "mark"));
        assertEquals(List.of("1 четверть 5"), texts(List.of(subjects.path(0).path("periods").path("term-1")), "name", "mark"));
        assertEquals(1, subjects.path(0).path("periods").size());
        assertEquals(List.of("Математика 4", "Русский язык 4"),
                texts(general.path("years").path(1).path("subjects"), "subject", "year"));
        String exam = "kind kindName academicYear subject subjectCode examDate score mark passed organizationId";
        assertEquals(List.of(dated("oge ОГЭ {y}-{y+1} Русский язык russian-language {y+1}-05-27 30.0 5 true " + SCHOOL, y),
                dated("oge ОГЭ {y}-{y+1} Математика mathematics {y+1}-06-02 28.0 5 true " + SCHOOL, y)),
                texts(general.path("exams"), exam.split(" ")));
        String certificate = "kind kindName series number issuedOn withHonours organizationId";
        assertEquals(List.of(dated("basic-general Аттестат об основном общем образовании  02224000012345 {y+1}-06-28 true "
                + SCHOOL, y)), texts(general.path("certificates"), certificate.split(" ")));
        String programme = "organizationId level levelName adapted studyForm shift startsOn";
        assertEquals(List.of(dated(SCHOOL + " basic-general Основное общее образование false full-time 1 {y-1}-09-01", y)),
                texts(general.path("programmes"), programme.split(" ")));
        assertEquals(List.of(dated(SCHOOL + " 10 {y+1}-{y+2} {y+1}-06-30 enrolled Зачислен", y)),
                texts(general.path("applications"), "organizationId", "grade", "academicYear", "registeredOn", "status",
                        "statusName"));

        JsonNode vadim = card(LevelData.person(dataSource, "g-3"), null).path("sections").path("general");
        assertEquals(vadim.toString(), List.of("Математика 4", "Русский язык 3", "Физическая культура зачёт"),
                texts(vadim.path("years").path(0).path("subjects"), "subject", "year"));
        assertEquals(List.of(dated("gve-9 ГВЭ-9 {y}-{y+1} Русский язык russian-language {y+1}-05-27  3 true " + SCHOOL, y),
                dated("gve-9 ГВЭ-9 {y}-{y+1} Математика mathematics {y+1}-06-02  2 false " + SCHOOL, y)),
                texts(vadim.path("exams"), exam.split(" ")));
        assertEquals(List.of(dated(SCHOOL + " basic-general Основное общее образование true part-time 2 {y-1}-09-01", y)),
                texts(vadim.path("programmes"), programme.split(" ")));
        JsonNode borisToday = card(LevelData.person(dataSource, "g-2"), null).path("sections").path("general");
        assertEquals(List.of(dated("ege ЕГЭ {y}-{y+1} Русский язык russian-language {y+1}-05-30 87.0  true " + SCHOOL, y),
                dated("ege ЕГЭ {y}-{y+1} Математика mathematics {y+1}-06-05 72.0  true " + SCHOOL, y)),
                texts(borisToday.path("exams"), exam.split(" ")));
        assertEquals(List.of(dated("secondary-general Аттестат о среднем общем образовании АА 123456 {y+1}-06-30 false " + SCHOOL,
                y)), texts(borisToday.path("certificates"), certificate.split(" ")));

        String ofTheYear = "{\"academicYear\":\"" + year + "\",\"level\":\"organization\"";
        assertEquals("learners, excellent, good, satisfactory, failing, success, quality",
                List.of("[" + UNIT + ",4,1,1,1,1,0.75,0.5]"),
                rows(admin, "performance.results", ofTheYear + ",\"period\":\"year\"}"));
        assertEquals("the final marks", List.of("[" + UNIT + ",2,1,1,0,0,1.0,1.0]"),
                rows(admin, "performance.results", ofTheYear + ",\"period\":\"final\"}"));
        assertEquals("participants, passed all, failed one, certificates, with honours",
                List.of("[" + UNIT + ",\"Основное общее образование (ОГЭ, ГВЭ-9)\",2,1,1,1,1]",
                        "[" + UNIT + ",\"Среднее общее образование (ЕГЭ, ГВЭ-11)\",2,1,1,1,0]"),
                rows(admin, "performance.final-attestation", ofTheYear + "}"));
        assertEquals("participants, passed, failed, average score, average mark, highest",
                List.of("[" + UNIT + ",\"Математика\",2,2,0,58.5,null,72.0]",
                        "[" + UNIT + ",\"Русский язык\",2,1,1,53.5,null,87.0]"),
                rows(admin, "performance.exam-results", ofTheYear + ",\"examKind\":\"ege\"}"));
        assertEquals(List.of("[" + UNIT + ",\"Математика\",1,1,0,28.0,5.0,28.0]",
                        "[" + UNIT + ",\"Русский язык\",1,1,0,30.0,5.0,30.0]"),
                rows(admin, "performance.exam-results", ofTheYear + ",\"examKind\":\"oge\"}"));
        assertEquals(List.of("[" + UNIT + ",\"Математика\",1,0,1,null,2.0,null]",
                        "[" + UNIT + ",\"Русский язык\",1,1,0,null,3.0,null]"),
                rows(admin, "performance.exam-results", ofTheYear + ",\"examKind\":\"gve-9\"}"));
        assertEquals("learners, marks, average", List.of("[" + UNIT + ",4,8,4.25]"),
                rows(admin, "performance.average-mark", ofTheYear + ",\"period\":\"year\"}"));
        assertEquals("of mathematics", List.of("[" + UNIT + ",4,4,4.5]"),
                rows(admin, "performance.average-mark", ofTheYear + ",\"period\":\"year\",\"subject\":\"Математика\"}"));
        assertEquals("of the first term", List.of("[" + UNIT + ",1,1,5.0]"),
                rows(admin, "performance.average-mark", ofTheYear + ",\"period\":\"term-1\"}"));
        assertEquals("year, learners, marks, average, change", List.of(dated("[\"{y-1}-{y}\",2,4,3.75,null]", y),
                dated("[\"{y}-{y+1}\",4,8,4.25,0.5]", y)), rows(admin, "performance.average-mark-dynamics",
                        dated("{\"firstYear\":\"{y-1}-{y}\",\"lastYear\":\"{y}-{y+1}\",\"period\":\"year\",\"organization\":", y)
                                + SCHOOL + "}"));
    }

    /** A person's card as the administrator gets it, on a day or (null) today. */
    private JsonNode card(long person, String asOf) {
        return admin.get("/api/v1/persons/" + person + (asOf == null ? "" : "?asOf=" + asOf)).body();
    }

    /** The package with its marks as grades[], dated from the first year of the academic year before today's. */
    private static String pupils(int y) {
        List<String> grades = new ArrayList<>();
        for (String mark : MARKS) {
            String[] f = mark.split("\\s*\\|\\s*");
            grades.add("\n    {\"id\": \"" + f[0] + "\", \"person\": \"" + f[1] + "\", \"organization\": \"SCH-71\","
                    + " \"academicYear\": \"" + f[2] + "\", \"subject\": \"" + f[3] + "\", \"period\": \"" + f[4] + "\","
                    + " \"mark\": \"" + f[5] + "\"" + (f.length > 6 ? ", \"markedOn\": \"" + f[6] + "\"" : "") + "}");
        }
        return dated(PACKAGE.replace("$MARKS", String.join(",", grades)), y);
    }
}
