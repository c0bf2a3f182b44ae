package org.kontingent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
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
 * Vocational education the whole way, with the extension and its forms installed at boot: a
 * college's system pushes five students with every entity of the extension — the application,
 * programmes by academic year (kind, specialty or profession of the extension's dictionary,
 * course, length, qualification, adapted, form of study, distance-only learning with special
 * equipment and its technologies), a transfer between courses with its order, annual marks
 * (five-point and pass/fail), a diploma with honours and a certificate of study, a joint project
 * with an employer, and graduates' employment (individual plan, contract with the enterprise and
 * its ownership form, actual employer, quota workplace); a programme of a code outside the
 * dictionary is refused with code 204 naming its record and field. Each student's portfolio
 * section {@code vocational} shows every field with its dictionary names, and the forms of learners
 * by specialty (course after the transfer, form of study, age, sex) and of graduates' employment
 * give exact numbers. The package is dated in the academic year before today's and earlier.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class VocationalIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final long REGION = 9801;
    private static final long COLLEGE = 9811;
    private static final String UNIT = "\"Министерство образования и науки Алтайского края\",\"Политехнический колледж\"";
    private static final String MID_LEVEL = " mid-level-specialists Подготовка специалистов среднего звена";
    private static final String SYSTEMS = "Информационные системы (по отраслям)";
    private static final String FITTER = "Монтажник-наладчик технологического оборудования";
    private static final String ECONOMICS = "Экономика и бухгалтерский учет (по отраслям)";
    private static final String PACKAGE = """
            {"version": "1.0",
             "persons": [{"id": "v-1", "surname": "Студентов", "name": "Илья", "birthDate": "{y-18}-05-05", "sex": "M"},
                         {"id": "v-2", "surname": "Сварщикова", "name": "Ольга", "birthDate": "{y-20}-02-02", "sex": "F"},
                         {"id": "v-3", "surname": "Заочников", "name": "Пётр", "birthDate": "{y-30}-01-01", "sex": "M"},
                         {"id": "v-4", "surname": "Монтажёва", "name": "Мария", "birthDate": "{y-16}-10-10", "sex": "F"},
                         {"id": "v-5", "surname": "Новенькая", "name": "Софья", "birthDate": "{y-15}-12-01", "sex": "F"}],
             "memberships": [
               {"id": "v-m1", "person": "v-1", "organization": "COL-11", "role": "learner", "startsOn": "{y-1}-09-01",
                "studyForm": "full-time", "enrollmentOrder": {"number": "205-к", "date": "{y-1}-08-20"}},
               {"id": "v-m2", "person": "v-2", "organization": "COL-11", "role": "learner", "startsOn": "{y-2}-09-01",
                "endsOn": "{y+1}-07-01", "leavingReason": "graduation",
                "leavingOrder": {"number": "88-в", "date": "{y+1}-06-30"}},
               {"id": "v-m3", "person": "v-3", "organization": "COL-11", "role": "learner", "startsOn": "{y}-09-01",
                "studyForm": "extramural"},
               {"id": "v-m4", "person": "v-4", "organization": "COL-11", "role": "learner", "startsOn": "{y-1}-09-01",
                "endsOn": "{y+1}-06-25", "leavingReason": "graduation"},
               {"id": "v-m5", "person": "v-5", "organization": "COL-11", "role": "learner", "startsOn": "{y}-09-01",
                "studyForm": "full-time"}],
             "extensions": [
               {"extension": "vocational", "entity": "application", "id": "v-a1", "person": "v-1", "organization": "COL-11",
                "data": {"specialty": "09.02.04", "course": 1, "studyForm": "full-time", "appliedOn": "{y-1}-07-01",
                         "academicYear": "{y-1}-{y}", "status": "enrolled"}},
               {"extension": "vocational", "entity": "programme", "id": "v-p1", "person": "v-1", "organization": "COL-11",
                "data": {"kind": "mid-level-specialists", "specialty": "09.02.04",
                         "qualification": "Техник по информационным системам", "academicYear": "{y-1}-{y}", "course": 1,
                         "length": 4, "studyForm": "full-time", "adapted": false, "distanceOnly": false}},
               {"extension": "vocational", "entity": "programme", "id": "v-p2", "person": "v-1", "organization": "COL-11",
                "data": {"kind": "mid-level-specialists", "specialty": "09.02.04",
                         "qualification": "Техник по информационным системам", "academicYear": "{y}-{y+1}", "course": 2,
                         "length": 4, "studyForm": "full-time"}},
               {"extension": "vocational", "entity": "course-transfer", "id": "v-t1", "person": "v-1", "organization": "COL-11",
                "data": {"fromCourse": 2, "toCourse": 3, "transferredOn": "{y+1}-02-01", "orderNumber": "17-п",
                         "orderDate": "{y+1}-01-28"}},
               {"extension": "vocational", "entity": "mark", "id": "v-k1", "person": "v-1", "organization": "COL-11",
                "data": {"academicYear": "{y-1}-{y}", "discipline": "Математика", "course": 1, "mark": 5}},
               {"extension": "vocational", "entity": "mark", "id": "v-k2", "person": "v-1", "organization": "COL-11",
                "data": {"academicYear": "{y-1}-{y}", "discipline": "Физическая культура", "course": 1, "mark": "зачтено"}},
               {"extension": "vocational", "entity": "employer-project", "id": "v-e1", "person": "v-1", "organization": "COL-11",
                "data": {"academicYear": "{y}-{y+1}", "project": "Цифровой двойник сборочного цеха",
                         "employer": "АО «Алтайвагон»", "involvement": "execution", "result": "Модуль учёта внедрён в цехе № 3"}},
               {"extension": "vocational", "entity": "programme", "id": "v-p3", "person": "v-2", "organization": "COL-11",
                "data": {"kind": "skilled-workers", "specialty": "15.01.13", "qualification": "Монтажник-наладчик",
                         "academicYear": "{y}-{y+1}", "course": 3, "studyForm": "part-time", "adapted": true,
                         "distanceOnly": true, "specialEquipment": true, "distanceTechnologies": "Moodle, видеоконференции"}},
               {"extension": "vocational", "entity": "mark", "id": "v-k3", "person": "v-2", "organization": "COL-11",
                "data": {"academicYear": "{y}-{y+1}", "discipline": "МДК.01.01 Технология монтажа", "course": 3, "mark": "4"}},
               {"extension": "vocational", "entity": "diploma", "id": "v-d1", "person": "v-2", "organization": "COL-11",
                "data": {"kind": "diploma", "series": "112204", "number": "0012345", "issuedOn": "{y+1}-06-30",
                         "withHonours": true, "qualification": "Монтажник-наладчик", "specialty": "15.01.13"}},
               {"extension": "vocational", "entity": "employment", "id": "v-w1", "person": "v-2", "organization": "COL-11",
                "data": {"individualPlan": true, "contractEnterprise": "ООО «Сибэнергомаш»", "contractOwnership": "private",
                         "actualEmployer": "ООО «Сибэнергомаш»", "quotaWorkplace": true, "employedOn": "{y+1}-08-01"}},
               {"extension": "vocational", "entity": "programme", "id": "v-p4", "person": "v-3", "organization": "COL-11",
                "data": {"kind": "mid-level-specialists", "specialty": "38.02.01", "academicYear": "{y}-{y+1}", "course": 1,
                         "studyForm": "extramural"}},
               {"extension": "vocational", "entity": "programme", "id": "v-p5", "person": "v-4", "organization": "COL-11",
                "data": {"kind": "vocational-training", "specialty": "15.01.13", "academicYear": "{y}-{y+1}", "course": 2,
                         "studyForm": "full-time"}},
               {"extension": "vocational", "entity": "diploma", "id": "v-d2", "person": "v-4", "organization": "COL-11",
                "data": {"kind": "study-certificate", "number": "С-17", "issuedOn": "{y+1}-06-24"}},
               {"extension": "vocational", "entity": "employment", "id": "v-w2", "person": "v-4", "organization": "COL-11",
                "data": {"individualPlan": true}},
               {"extension": "vocational", "entity": "programme", "id": "v-x", "person": "v-5", "organization": "COL-11",
                "data": {"kind": "mid-level-specialists", "specialty": "09.02.99", "academicYear": "{y}-{y+1}", "course": 1}}]}
            """;

    @Inject
    @Filter("(dataSourceName=kontingent)")
    private DataSource dataSource;

    @Inject
    private BundleContext bundleContext;

    private Http admin;

    @Configuration
    public Option[] configuration() {
        return KontingentDistribution.options(Map.of(), editConfigurationFileExtend("etc/org.apache.karaf.features.cfg",
                "featuresBoot", "kontingent-extension-vocational"));
    }

    @Test
    public void everyVocationalFieldGoesFromThePackageToThePortfolioAndTheForms() throws SQLException {
        Http anonymous = KontingentDistribution.http();
        Eventually.await("health 200", PATIENCE, () -> anonymous.status("/api/v1/health") == 200);
        Eventually.await("the vocational extension taking data", PATIENCE, () -> served(bundleContext, "vocational"));
        int y = LevelData.lastYear();
        LevelData.execute(dataSource,
                "INSERT INTO registry.authority (id, parent_id, full_name, level) VALUES (" + REGION + ", NULL,"
                        + " 'Министерство образования и науки Алтайского края', 'regional')",
                dated("INSERT INTO registry.academic_year VALUES ('{y-2}-{y-1}', '{y-2}-09-01', '{y-1}-09-01'),"
                        + " ('{y-1}-{y}', '{y-1}-09-01', '{y}-09-01'), ('{y}-{y+1}', '{y}-09-01', '{y+1}-09-01'),"
                        + " ('{y+1}-{y+2}', '{y+1}-09-01', '{y+2}-09-01') ON CONFLICT DO NOTHING", y),
                "INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, education_level,"
                        + " settlement) VALUES (" + COLLEGE + ", " + REGION + ", 'КГБПОУ «Барнаульский политехнический колледж»',"
                        + " 'Политехнический колледж', 'college', 'vocational', 'Барнаул')");
        admin = KontingentDistribution.admin();
        Eventually.await("the vocational forms in the catalogue", PATIENCE,
                () -> catalogue(admin).contains("vocational.graduate-employment"));
        Eventually.await("the gateway served", PATIENCE, () -> admin.get("/api/v1/gateway/formats").status() == 200);
        Http college = new ProviderSystems(admin).register("col-11", "ИС политехнического колледжа", COLLEGE, "COL-11", 10);

        JsonNode pushed = ProviderSystems.finished(college, push(college, dated(PACKAGE, y)), PATIENCE);
        assertEquals(pushed.toString(), "partially-applied", pushed.path("summary").path("status").asText());
        assertEquals(pushed.toString(), 1, pushed.path("errors").size());
        JsonNode refused = pushed.path("errors").get(0);
        assertEquals(refused.toString(), 204, refused.path("code").asInt());
        assertEquals("extensions[15] (id v-x)", refused.path("record").asText());
        assertEquals("specialty", refused.path("field").asText());
        assertEquals("09.02.99", refused.path("value").asText());

        String programme = "academicYear organizationId kind kindName specialty specialtyName course length qualification adapted"
                + " studyForm distanceOnly specialEquipment distanceTechnologies";
        JsonNode ilya = section("v-1");
        assertEquals(ilya.toString(), List.of(
                dated("{y}-{y+1} " + COLLEGE + MID_LEVEL + " 09.02.04 " + SYSTEMS + " 2 4 Техник по информационным системам"
                        + " false full-time false false ", y),
                dated("{y-1}-{y} " + COLLEGE + MID_LEVEL + " 09.02.04 " + SYSTEMS + " 1 4 Техник по информационным системам"
                        + " false full-time false false ", y)),
                texts(ilya.path("programmes"), programme.split(" ")));
        assertEquals(List.of(dated(COLLEGE + " 2 3 {y+1}-02-01 17-п {y+1}-01-28", y)), texts(ilya.path("courseTransfers"),
                "organizationId", "fromCourse", "toCourse", "transferredOn", "orderNumber", "orderDate"));
        assertEquals(List.of(dated("{y-1}-{y} 1 Математика 5", y), dated("{y-1}-{y} 1 Физическая культура зачтено", y)),
                texts(ilya.path("marks"), "academicYear", "course", "discipline", "mark"));
        assertEquals(List.of(dated("{y}-{y+1} Цифровой двойник сборочного цеха АО «Алтайвагон» execution Самостоятельное"
                + " выполнение части проекта Модуль учёта внедрён в цехе № 3", y)), texts(ilya.path("employerProjects"),
                "academicYear", "project", "employer", "involvement", "involvementName", "result"));
        assertEquals(List.of(dated(COLLEGE + " 09.02.04 " + SYSTEMS + " 1 full-time {y-1}-07-01 {y-1}-{y} enrolled Зачислен", y)),
                texts(ilya.path("applications"), "organizationId", "specialty", "specialtyName", "course", "studyForm",
                        "appliedOn", "academicYear", "status", "statusName"));
        assertFalse(ilya.toString(), ilya.has("diplomas") || ilya.has("employment"));

        JsonNode olga = section("v-2");
        assertEquals(List.of(dated("{y}-{y+1} " + COLLEGE + " skilled-workers Подготовка квалифицированных рабочих, служащих"
                + " 15.01.13 " + FITTER + " 3 4 Монтажник-наладчик true part-time true true"
                + " Moodle, видеоконференции", y)), texts(olga.path("programmes"), programme.split(" ")));
        assertEquals(List.of(dated("{y}-{y+1} 3 МДК.01.01 Технология монтажа 4", y)),
                texts(olga.path("marks"), "academicYear", "course", "discipline", "mark"));
        String diploma = "organizationId kind kindName series number issuedOn withHonours qualification specialty specialtyName";
        assertEquals(List.of(dated(COLLEGE + " diploma Диплом о среднем профессиональном образовании 112204 0012345 {y+1}-06-30"
                + " true Монтажник-наладчик 15.01.13 " + FITTER, y)),
                texts(olga.path("diplomas"), diploma.split(" ")));
        String employment = "organizationId individualPlan contractEnterprise contractOwnership actualEmployer quotaWorkplace"
                + " employedOn";
        assertEquals(List.of(dated(COLLEGE + " true ООО «Сибэнергомаш» private ООО «Сибэнергомаш» true {y+1}-08-01", y)),
                texts(olga.path("employment"), employment.split(" ")));
        JsonNode maria = section("v-4");
        assertEquals(List.of(dated(COLLEGE + " study-certificate Справка об обучении или о периоде обучения  С-17 {y+1}-06-24"
                + " false   ", y)), texts(maria.path("diplomas"), diploma.split(" ")));
        assertEquals(List.of(COLLEGE + " true    false "), texts(maria.path("employment"), employment.split(" ")));
        assertEquals(List.of(dated("{y}-{y+1} " + COLLEGE + " vocational-training Профессиональное обучение 15.01.13 " + FITTER
                + " 2 2  false full-time false false ", y)),
                texts(maria.path("programmes"), programme.split(" ")));
        assertEquals("the extramural programme lasts a course longer: 5", List.of(dated("{y}-{y+1} " + COLLEGE + MID_LEVEL
                + " 38.02.01 " + ECONOMICS + " 1 5  false extramural false false ", y)),
                texts(section("v-3").path("programmes"), programme.split(" ")));
        assertFalse("the refused programme is not there", admin.get("/api/v1/persons/" + LevelData.person(dataSource, "v-5"))
                .body().path("sections").has("vocational"));

        assertEquals("learners; courses 1, 2, 3, 4, 5+; full-time, part-time, extramural; under 15, 15–17, 18–20, 21–24, 25+;"
                + " men, women", List.of(
                        "[" + UNIT + ",\"09.02.04\",\"" + SYSTEMS + "\",1,0,0,1,0,0,1,0,0,0,0,1,0,0,1,0]",
                        "[" + UNIT + ",\"15.01.13\",\"" + FITTER + "\",2,0,1,1,0,0,1,1,0,0,1,0,1,0,0,2]",
                        "[" + UNIT + ",\"38.02.01\",\"" + ECONOMICS + "\",1,1,0,0,0,0,0,0,1,0,0,0,0,1,1,0]",
                        "[" + UNIT + ",null,\"Специальность (профессия) не указана\",1,0,0,0,0,0,1,0,0,0,1,0,0,0,0,1]"),
                rows(admin, "vocational.learners-by-specialty",
                        dated("{\"date\":\"{y+1}-03-01\",\"level\":\"organization\"}", y)));
        assertEquals("the college's card: its specialties by course, as the form counts them (the one with no programme aside)",
                List.of("09.02.04 mid-level-specialists 1 [0,0,1,0,0,0]", "15.01.13 skilled-workers 1 [0,0,1,0,0,0]",
                        "15.01.13 vocational-training 1 [0,1,0,0,0,0]", "38.02.01 mid-level-specialists 1 [1,0,0,0,0,0]"),
                specialties(dated("{y+1}-03-01", y)));
        assertEquals("graduates, diplomas, with honours, individual plan, employed, share, by contract, quota workplaces",
                List.of("[" + UNIT + ",\"15.01.13\",\"" + FITTER + "\",2,1,1,2,1,0.5,1,1]"),
                rows(admin, "vocational.graduate-employment",
                        dated("{\"academicYear\":\"{y}-{y+1}\",\"level\":\"organization\"}", y)));
    }

    /** The specialties of the college's card on a day: code, kind, learners and learners by course. */
    private List<String> specialties(String day) {
        List<String> rows = new ArrayList<>();
        for (JsonNode s : admin.get("/api/v1/organizations/" + COLLEGE + "/sections?asOf=" + day).body().path("vocational")
                .path("specialties")) {
            rows.add(s.path("code").asText() + " " + s.path("kind").asText() + " " + s.path("learners").asInt() + " "
                    + s.path("byCourse").toString());
        }
        return rows;
    }

    /** The portfolio section vocational of the student the college sent under the key, today. */
    private JsonNode section(String key) throws SQLException {
        return admin.get("/api/v1/persons/" + LevelData.person(dataSource, key)).body().path("sections").path("vocational");
    }
}
