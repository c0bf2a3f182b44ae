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
 * Preschool education the whole way, with the extension and its forms installed at boot: two
 * kindergartens' systems push their groups (with capacities), their children's memberships and
 * every field of the extension's enrollment (orders, form of education, programme basic, adapted
 * or care only, group specifics, stay mode, group type, age group, leaving ground and order) and
 * application (birth date, registration, wanted date, alternatives, preferential right, status
 * and its day); an application for a child of school age on the wanted date is refused with code
 * 210 naming its record and field wantedDate. Each child's portfolio section {@code preschool}
 * shows every field with its dictionary name, and the seven preschool forms count the children
 * on a day — by ownership and kind, age group, stay mode, group type — their movement over the
 * year, and the queue by municipality with its age categories and the free places, exactly. The
 * packages are dated in the academic year before today's, so every day of it has passed and the
 * children's ages fit their groups both on the day counted (1 April) and today.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PreschoolIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final long REGION = 9601;
    private static final long BARNAUL = 9602;
    private static final long BIYSK = 9603;
    private static final long KINDERGARTEN = 9611;
    private static final long PRIVATE_KINDERGARTEN = 9612;
    private static final String BARNAUL_NAME = "\"Комитет по образованию города Барнаула\"";
    private static final String BIYSK_NAME = "\"Управление образования города Бийска\"";
    /** Kindergarten № 11 (municipal, Barnaul): four children in four groups, two in the queue. */
    private static final String KINDERGARTEN_PACKAGE = """
            {"version": "1.0",
             "persons": [{"id": "d-1", "surname": "Садикова", "name": "Алиса", "birthDate": "{y-3}-10-01", "sex": "F"},
                         {"id": "d-2", "surname": "Речевой", "name": "Богдан", "birthDate": "{y-4}-02-15", "sex": "M"},
                         {"id": "d-3", "surname": "Кратова", "name": "Вера", "birthDate": "{y-5}-03-20", "sex": "F"},
                         {"id": "d-4", "surname": "Новиков", "name": "Глеб", "birthDate": "{y-1}-11-05", "sex": "M"},
                         {"id": "q-1", "surname": "Очередная", "name": "Зоя", "birthDate": "{y}-06-01", "sex": "F"},
                         {"id": "q-2", "surname": "Ждунов", "name": "Марк", "birthDate": "{y-2}-01-20", "sex": "M"}],
             "classes": [
               {"id": "g-1", "organization": "DS-11", "academicYear": "{y}-{y+1}", "name": "Младшая № 1", "capacity": 20},
               {"id": "g-2", "organization": "DS-11", "academicYear": "{y}-{y+1}", "name": "Логопедическая", "capacity": 12},
               {"id": "g-3", "organization": "DS-11", "academicYear": "{y}-{y+1}", "name": "Кратковременная", "capacity": 10},
               {"id": "g-4", "organization": "DS-11", "academicYear": "{y}-{y+1}", "name": "Ясельная", "capacity": 15}],
             "memberships": [
               {"id": "d-m1", "person": "d-1", "organization": "DS-11", "role": "learner", "startsOn": "{y}-09-01",
                "classGroup": "g-1", "studyForm": "full-time", "enrollmentOrder": {"number": "12-к", "date": "{y}-08-25"}},
               {"id": "d-m2", "person": "d-2", "organization": "DS-11", "role": "learner", "startsOn": "{y}-09-01",
                "classGroup": "g-2"},
               {"id": "d-m3", "person": "d-3", "organization": "DS-11", "role": "learner", "startsOn": "{y}-09-01",
                "classGroup": "g-3", "endsOn": "{y+1}-06-01", "leavingReason": "graduation",
                "leavingOrder": {"number": "45-о", "date": "{y+1}-05-29"}},
               {"id": "d-m4", "person": "d-4", "organization": "DS-11", "role": "learner", "startsOn": "{y+1}-01-15",
                "classGroup": "g-4"}],
             "extensions": [
               {"extension": "preschool", "entity": "enrollment", "id": "d-e1", "person": "d-1", "organization": "DS-11",
                "data": {"enrolledOn": "{y}-09-01", "orderNumber": "12-к", "orderDate": "{y}-08-25", "studyForm": "full-time",
                         "programme": "basic", "stayMode": "full-day", "groupType": "general-developmental",
                         "ageGroup": "junior"}},
               {"extension": "preschool", "entity": "enrollment", "id": "d-e2", "person": "d-2", "organization": "DS-11",
                "data": {"enrolledOn": "{y}-09-01", "orderNumber": "13-к", "orderDate": "{y}-08-25", "studyForm": "full-time",
                         "programme": "adapted", "adapted": true, "groupSpecifics": "для детей с тяжёлыми нарушениями речи",
                         "stayMode": "extended-day", "groupType": "compensating", "ageGroup": "senior"}},
               {"extension": "preschool", "entity": "enrollment", "id": "d-e3", "person": "d-3", "organization": "DS-11",
                "data": {"enrolledOn": "{y}-09-01", "programme": "care-only", "stayMode": "short-stay",
                         "groupType": "care-and-supervision", "ageGroup": "preparatory", "leavingGround": "graduation",
                         "leavingOrderNumber": "45-о", "leavingOrderDate": "{y+1}-05-29"}},
               {"extension": "preschool", "entity": "enrollment", "id": "d-e4", "person": "d-4", "organization": "DS-11",
                "data": {"enrolledOn": "{y+1}-01-15", "orderNumber": "3-к", "orderDate": "{y+1}-01-12",
                         "stayMode": "round-the-clock", "groupType": "health-improving", "ageGroup": "early"}},
               {"extension": "preschool", "entity": "application", "id": "d-a1", "person": "d-1", "organization": "DS-11",
                "data": {"registeredOn": "{y-1}-03-15", "birthDate": "{y-3}-10-01", "wantedDate": "{y}-09-01",
                         "preferentialCategory": "first-priority", "status": "enrolled", "statusDate": "{y}-08-25"}},
               {"extension": "preschool", "entity": "application", "id": "q-a1", "person": "q-1", "organization": "DS-11",
                "data": {"registeredOn": "{y}-09-10", "birthDate": "{y}-06-01", "wantedDate": "{y+1}-09-01",
                         "alternatives": [9612], "preferentialCategory": "sibling"}},
               {"extension": "preschool", "entity": "application", "id": "q-a2", "person": "q-2", "organization": "DS-11",
                "data": {"registeredOn": "{y-1}-05-01", "birthDate": "{y-2}-01-20", "wantedDate": "{y}-09-01",
                         "status": "waiting"}},
               {"extension": "preschool", "entity": "application", "id": "q-x", "person": "q-2", "organization": "DS-11",
                "data": {"registeredOn": "{y}-01-10", "birthDate": "{y-2}-01-20", "wantedDate": "{y+6}-09-01"}}]}
            """;
    /** Kindergarten «Солнышко» (private, Biysk): three children, one without an enrollment; one child in the queue. */
    private static final String PRIVATE_PACKAGE = """
            {"version": "1.0",
             "persons": [{"id": "d-5", "surname": "Дарьина", "name": "Дарья", "birthDate": "{y-4}-09-10", "sex": "F"},
                         {"id": "d-6", "surname": "Егоров", "name": "Егор", "birthDate": "{y-2}-12-01", "sex": "M"},
                         {"id": "d-7", "surname": "Незаписанный", "name": "Фёдор", "birthDate": "{y-3}-03-03", "sex": "M"},
                         {"id": "q-3", "surname": "Быстрова", "name": "Нина", "birthDate": "{y-1}-09-15", "sex": "F"}],
             "classes": [
               {"id": "s-1", "organization": "DS-12", "academicYear": "{y}-{y+1}", "name": "Разновозрастная", "capacity": 10},
               {"id": "s-2", "organization": "DS-12", "academicYear": "{y}-{y+1}", "name": "Семейная", "capacity": 5}],
             "memberships": [
               {"id": "d-m5", "person": "d-5", "organization": "DS-12", "role": "learner", "startsOn": "{y}-09-01",
                "classGroup": "s-1"},
               {"id": "d-m6", "person": "d-6", "organization": "DS-12", "role": "learner", "startsOn": "{y}-09-01",
                "classGroup": "s-2"},
               {"id": "d-m7", "person": "d-7", "organization": "DS-12", "role": "learner", "startsOn": "{y}-09-01"}],
             "extensions": [
               {"extension": "preschool", "entity": "enrollment", "id": "d-e5", "person": "d-5", "organization": "DS-12",
                "data": {"enrolledOn": "{y}-09-01", "stayMode": "shortened-day", "groupType": "combined",
                         "ageGroup": "mixed-age"}},
               {"extension": "preschool", "entity": "enrollment", "id": "d-e6", "person": "d-6", "organization": "DS-12",
                "data": {"enrolledOn": "{y}-09-01", "stayMode": "full-day", "groupType": "family", "ageGroup": "early"}},
               {"extension": "preschool", "entity": "application", "id": "q-a3", "person": "q-3", "organization": "DS-12",
                "data": {"registeredOn": "{y}-10-01", "birthDate": "{y-1}-09-15", "wantedDate": "{y+1}-03-01",
                         "preferentialCategory": "extraordinary", "status": "sent", "statusDate": "{y+1}-05-10"}}]}
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
                "featuresBoot", "kontingent-extension-preschool"));
    }

    @Test
    public void everyPreschoolFieldGoesFromThePackageToThePortfolioAndTheForms() throws SQLException {
        Http anonymous = KontingentDistribution.http();
        Eventually.await("health 200", PATIENCE, () -> anonymous.status("/api/v1/health") == 200);
        Eventually.await("the preschool extension taking data", PATIENCE, () -> served(bundleContext, "preschool"));
        int y = LevelData.lastYear();
        LevelData.execute(dataSource,
                "INSERT INTO registry.authority (id, parent_id, full_name, level) VALUES (" + REGION + ", NULL,"
                        + " 'Министерство образования и науки Алтайского края', 'regional'), (" + BARNAUL + ", " + REGION
                        + ", 'Комитет по образованию города Барнаула', 'municipal'), (" + BIYSK + ", " + REGION
                        + ", 'Управление образования города Бийска', 'municipal')",
                dated("INSERT INTO registry.academic_year VALUES ('{y}-{y+1}', '{y}-09-01', '{y+1}-09-01'),"
                        + " ('{y+1}-{y+2}', '{y+1}-09-01', '{y+2}-09-01') ON CONFLICT DO NOTHING", y),
                "INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, kind_code,"
                        + " ownership_code, education_level, district, settlement) VALUES (" + KINDERGARTEN + ", " + BARNAUL
                        + ", 'МБДОУ «Детский сад № 11»', 'Детский сад № 11', 'kindergarten', 'general-developmental',"
                        + " 'municipal', 'preschool', 'г. Барнаул', 'Барнаул'), (" + PRIVATE_KINDERGARTEN + ", " + BIYSK
                        + ", 'ЧДОУ «Детский сад «Солнышко»»', 'Детский сад «Солнышко»', 'kindergarten', 'combined', 'private',"
                        + " 'preschool', 'г. Бийск', 'Бийск')");
        admin = KontingentDistribution.admin();
        Eventually.await("the preschool forms in the catalogue", PATIENCE,
                () -> catalogue(admin).contains("preschool.queue-ages"));
        Eventually.await("the gateway served", PATIENCE, () -> admin.get("/api/v1/gateway/formats").status() == 200);
        ProviderSystems providers = new ProviderSystems(admin);
        Http kindergarten = providers.register("ds-11", "ИС детского сада № 11", KINDERGARTEN, "DS-11", 10);
        Http privateKindergarten = providers.register("ds-12", "ИС детского сада «Солнышко»", PRIVATE_KINDERGARTEN, "DS-12", 10);

        // the child of the last application is 8 on the day wanted: of school age, no place in the queue
        JsonNode pushed = ProviderSystems.finished(kindergarten, push(kindergarten, dated(KINDERGARTEN_PACKAGE, y)), PATIENCE);
        assertEquals(pushed.toString(), "partially-applied", pushed.path("summary").path("status").asText());
        assertEquals(pushed.toString(), 1, pushed.path("errors").size());
        JsonNode refused = pushed.path("errors").get(0);
        assertEquals(refused.toString(), 210, refused.path("code").asInt());
        assertEquals("extensions[7] (id q-x)", refused.path("record").asText());
        assertEquals("wantedDate", refused.path("field").asText());
        assertEquals((y + 6) + "-09-01", refused.path("value").asText());
        JsonNode applied = ProviderSystems.finished(privateKindergarten,
                push(privateKindergarten, dated(PRIVATE_PACKAGE, y)), PATIENCE);
        assertEquals(applied.toString(), "applied", applied.path("summary").path("status").asText());
        assertEquals(applied.toString(), 0, applied.path("errors").size());

        String enrollment = "enrolledOn orderNumber orderDate studyForm programme programmeName adapted groupSpecifics stayMode"
                + " stayModeName groupType groupTypeName ageGroup ageGroupName leavingGround leavingOrderNumber leavingOrderDate";
        String application = "organizationId birthDate registeredOn wantedDate preferentialCategory preferentialCategoryName"
                + " status statusName statusDate";
        JsonNode alisa = section("d-1");
        assertEquals(alisa.toString(), List.of(dated("{y}-09-01 12-к {y}-08-25 full-time basic Образовательная программа"
                + " дошкольного образования false  full-day Полного дня (10,5–12 часов) general-developmental Общеразвивающей"
                + " направленности junior Младшая группа (3–4 года)   ", y)),
                texts(alisa.path("enrollments"), enrollment.split(" ")));
        assertEquals(alisa.toString(), List.of(dated(KINDERGARTEN + " {y-3}-10-01 {y-1}-03-15 {y}-09-01 first-priority"
                + " Первоочередное право enrolled Зачислен {y}-08-25", y)),
                texts(alisa.path("applications"), application.split(" ")));
        assertEquals(alisa.toString(), "[]", alisa.path("applications").path(0).path("alternatives").toString());
        assertEquals(List.of(dated("{y}-09-01 13-к {y}-08-25 full-time adapted Адаптированная образовательная программа"
                + " дошкольного образования true для детей с тяжёлыми нарушениями речи extended-day Продлённого дня (13–14 часов)"
                + " compensating Компенсирующей направленности senior Старшая группа (5–6 лет)   ", y)),
                texts(section("d-2").path("enrollments"), enrollment.split(" ")));
        assertEquals(List.of(dated("{y}-09-01    care-only Присмотр и уход без реализации образовательной программы false "
                + " short-stay Кратковременного пребывания (до 5 часов) care-and-supervision Группа по присмотру и уходу"
                + " preparatory Подготовительная к школе группа (6–8 лет) graduation 45-о {y+1}-05-29", y)),
                texts(section("d-3").path("enrollments"), enrollment.split(" ")));
        assertEquals(List.of(dated("{y+1}-01-15 3-к {y+1}-01-12  basic Образовательная программа дошкольного образования"
                + " false  round-the-clock Круглосуточного пребывания health-improving Оздоровительной направленности early"
                + " Группа раннего возраста (1–3 года)   ", y)),
                texts(section("d-4").path("enrollments"), enrollment.split(" ")));
        assertEquals(List.of(dated("{y}-09-01    basic Образовательная программа дошкольного образования false "
                + " shortened-day Сокращённого дня (8–10 часов) combined Комбинированной направленности mixed-age Разновозрастная"
                + " группа   ", y)), texts(section("d-5").path("enrollments"), enrollment.split(" ")));
        assertEquals(List.of(dated("{y}-09-01    basic Образовательная программа дошкольного образования false  full-day"
                + " Полного дня (10,5–12 часов) family Семейная дошкольная группа early Группа раннего возраста"
                + " (1–3 года)   ", y)), texts(section("d-6").path("enrollments"), enrollment.split(" ")));
        JsonNode zoya = section("q-1");
        assertEquals(zoya.toString(), List.of(dated(KINDERGARTEN + " {y}-06-01 {y}-09-10 {y+1}-09-01 sibling Преимущественное"
                + " право (брат или сестра в организации) waiting Ожидает места (в очереди) {y}-09-10", y)),
                texts(zoya.path("applications"), application.split(" ")));
        assertEquals(zoya.toString(), "[" + PRIVATE_KINDERGARTEN + "]",
                zoya.path("applications").path(0).path("alternatives").toString());
        assertFalse(zoya.toString(), zoya.has("enrollments"));
        assertEquals(List.of(dated(KINDERGARTEN + " {y-2}-01-20 {y-1}-05-01 {y}-09-01   waiting Ожидает места (в очереди)"
                + " {y-1}-05-01", y)), texts(section("q-2").path("applications"), application.split(" ")));
        assertEquals(List.of(dated(PRIVATE_KINDERGARTEN + " {y-1}-09-15 {y}-10-01 {y+1}-03-01 extraordinary Внеочередное право"
                + " sent Направлен в организацию {y+1}-05-10", y)),
                texts(section("q-3").path("applications"), application.split(" ")));
        assertFalse("a child without an enrollment has no preschool section",
                admin.get("/api/v1/persons/" + LevelData.person(dataSource, "d-7")).body().path("sections").has("preschool"));

        String day = dated("{\"date\":\"{y+1}-04-01\"", y);
        String perOrganization = day + ",\"level\":\"organization\"}";
        String kindergarten11 = BARNAUL_NAME + ",\"Детский сад № 11\"";
        String sunshine = BIYSK_NAME + ",\"Детский сад «Солнышко»\"";
        assertEquals(List.of("[" + BARNAUL_NAME + ",\"Муниципальная собственность\",\"Общеразвивающего вида\",1,4]",
                        "[" + BIYSK_NAME + ",\"Частная собственность\",\"Комбинированного вида\",1,3]"),
                rows(admin, "preschool.ownership-kinds", day + "}"));
        assertEquals("children, infant, early, junior, middle, senior, preparatory, mixed-age, not stated",
                List.of("[" + kindergarten11 + ",4,0,1,1,0,1,1,0,0]", "[" + sunshine + ",3,0,1,0,0,0,0,1,1]"),
                rows(admin, "preschool.age-groups", perOrganization));
        assertEquals("children, short stay, shortened day, full day, extended day, round the clock, not stated",
                List.of("[" + kindergarten11 + ",\"г. Барнаул\",\"Барнаул\"," + BARNAUL_NAME + ",\"Общеразвивающего вида\","
                                + "4,1,0,1,1,1,0]",
                        "[" + sunshine + ",\"г. Бийск\",\"Бийск\"," + BIYSK_NAME + ",\"Комбинированного вида\",3,0,1,1,0,0,1]"),
                rows(admin, "preschool.stay-modes", day + "}"));
        assertEquals("children, general developmental, compensating, health improving, combined, care, family, not stated",
                List.of("[" + kindergarten11 + ",4,1,1,1,0,1,0,0]", "[" + sunshine + ",3,0,0,0,1,0,1,1]"),
                rows(admin, "preschool.group-types", perOrganization));
        assertEquals("at the start, arrived, first enrolled, left, completed, at the end",
                List.of("[" + kindergarten11 + ",3,1,1,1,1,3]", "[" + sunshine + ",3,0,0,0,0,3]"),
                rows(admin, "preschool.migration",
                        dated("{\"from\":\"{y}-10-01\",\"to\":\"{y+1}-08-31\",\"level\":\"organization\"}", y)));
        String barnaul = BARNAUL_NAME + "," + BARNAUL_NAME;
        String biysk = BIYSK_NAME + "," + BIYSK_NAME;
        assertEquals("by municipality: waiting, wanting a place now, under 3, preferential, attending, free places",
                List.of("[" + barnaul + ",2,1,1,1,4,53]", "[" + biysk + ",1,1,1,1,3,13]"),
                rows(admin, "preschool.queue", day + "}"));
        assertEquals("by municipality: waiting, under 1, 1–1.5, 1.5–2, 2–3, 3–4, 4–5, 5–6, 6–7, 7 and older, under 3, 3–7",
                List.of("[" + barnaul + ",2,1,0,0,0,1,0,0,0,0,1,1]", "[" + biysk + ",1,0,0,1,0,0,0,0,0,0,1,0]"),
                rows(admin, "preschool.queue-ages", day + "}"));
    }

    /** The portfolio section preschool of the child the kindergarten sent under the key, today. */
    private JsonNode section(String key) throws SQLException {
        return admin.get("/api/v1/persons/" + LevelData.person(dataSource, key)).body()
                .path("sections").path("preschool");
    }
}
