package org.kontingent.report.forms.achievements.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.ARTS_SCHOOL;
import static org.kontingent.report.support.testing.SmallRegion.CITY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT_NAME;
import static org.kontingent.report.support.testing.SmallRegion.GYMNASIUM;
import static org.kontingent.report.support.testing.SmallRegion.KINDERGARTEN;
import static org.kontingent.report.support.testing.SmallRegion.MINISTRY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.args;
import static org.kontingent.report.support.testing.SmallRegion.row;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kontingent.extension.portfolio.internal.PortfolioAchievements;
import org.kontingent.extension.portfolio.internal.PortfolioExtension;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.command.PersonData;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.core.internal.JdbcPersonQueries;
import org.kontingent.registry.core.internal.JdbcRegistryBatches;
import org.kontingent.registry.core.testing.RegistryDatabase;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.support.testing.SmallRegion;
import org.kontingent.report.testkit.FormRunner;
import org.kontingent.report.testkit.ReportDatabase;

/**
 * For each education level, a learner's event and achievement followed the whole way: sent in a
 * source's batch with the learner and their membership (the registry's {@link JdbcRegistryBatches}
 * with the portfolio extension), shown field by field in the learner's portfolio section
 * {@code achievements} ({@code PersonQueries.sections}), and counted in both forms in the
 * organization's scope.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryLevelTest {
    private static final LocalDate D = LocalDate.of(2026, 6, 30);
    private static final Map<String, Object> YEAR = args(Parameter.ACADEMIC_YEAR, "2025-2026");
    private ReportDatabase database;
    private JdbcRegistryBatches batches;
    private JdbcPersonQueries persons;

    /** A level's learner, their organization (its unit in the forms) and what they achieved. */
    record Case(String level, long organization, String municipality, String unit, PersonData person,
            Map<String, Object> event, Map<String, Object> achievement, List<Object> eventRow, List<Object> achievementRow) {
        @Override
        public String toString() {
            return level;
        }
    }

    @BeforeAll
    void start() {
        database = ReportDatabase.start();
        database.migrateBundle(PortfolioExtension.class);
        SmallRegion.load(database);
        batches = new JdbcRegistryBatches(database.dataSource(), RegistryDatabase.schema());
        batches.addExtension(new PortfolioExtension(portfolioSchema()));
        persons = new JdbcPersonQueries(database.dataSource(), RegistryDatabase.schema());
        persons.addSection(new PortfolioAchievements(database.dataSource(), portfolioSchema()));
    }

    @AfterAll
    void stop() {
        database.close();
    }

    private static Map<String, Object> data(Object... pairs) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            data.put((String) pairs[i], pairs[i + 1]);
        }
        return data;
    }

    private static PersonData person(String surname, String name, LocalDate born, String sex) {
        return new PersonData(surname, name, null, born, sex, null, "RU", null, null, null, null, null, List.of());
    }

    static List<Case> levels() {
        return List.of(
                new Case("preschool", 12, CITY_NAME, KINDERGARTEN, person("Малышева", "Ева", LocalDate.of(2020, 2, 2), "F"),
                        data("name", "Городской конкурс чтецов «Весна»", "kind", "contest", "subject", "Художественное чтение",
                                "level", "municipal", "startsOn", "2026-03-20", "result", "prize-winner", "place", 2,
                                "documentNumber", "Д-17", "organizer", "Комитет по образованию города Северска"),
                        data("kind", "gto-badge", "badge", "gold", "gtoStage", 1, "level", "all-russian",
                                "awardedOn", "2026-05-25", "issuer", "Центр тестирования ВФСК ГТО"),
                        row(CITY_NAME, KINDERGARTEN, "Муниципальный", 1L, 1L, 1L, 0L, 1.0),
                        row(CITY_NAME, KINDERGARTEN, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)),
                new Case("general", 10, CITY_NAME, GYMNASIUM, person("Умникова", "Софья", LocalDate.of(2010, 4, 4), "F"),
                        data("name", "Всероссийская олимпиада школьников по химии", "kind", "olympiad", "subject", "Химия",
                                "level", "regional", "stage", "regional", "startsOn", "2026-01-21", "endsOn", "2026-01-22",
                                "result", "winner", "place", 1, "score", 93.5, "documentNumber", "ВсОШ-2026-0042",
                                "organizer", "Министерство образования Северного края"),
                        data("kind", "certificate", "name", "Сертификат о владении английским языком уровня B2",
                                "level", "international", "awardedOn", "2026-05-10", "validUntil", "2028-05-10"),
                        row(CITY_NAME, GYMNASIUM, "Региональный", 1L, 1L, 0L, 1L, 1.0),
                        row(CITY_NAME, GYMNASIUM, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L)),
                new Case("additional", 16, DISTRICT_NAME, ARTS_SCHOOL, person("Скрипкин", "Лев", LocalDate.of(2013, 9, 9), "M"),
                        data("name", "Международный конкурс юных пианистов", "kind", "contest", "subject", "Фортепиано",
                                "level", "international", "startsOn", "2026-04-02", "endsOn", "2026-04-05",
                                "result", "participant", "participation", "team", "teamName", "Ансамбль «Гармония»"),
                        data("kind", "sports-rank", "rank", "youth-1", "sport", "Шахматы", "level", "regional",
                                "awardedOn", "2026-02-15", "validUntil", "2028-02-15"),
                        row(DISTRICT_NAME, ARTS_SCHOOL, "Международный", 1L, 1L, 0L, 0L, 0.0),
                        row(DISTRICT_NAME, ARTS_SCHOOL, 1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)),
                new Case("vocational", 17, MINISTRY_NAME, Fixture.COLLEGE, person("Сварщиков", "Иван", LocalDate.of(2007, 7, 7),
                                "M"),
                        data("name", "Региональный этап чемпионата «Профессионалы»", "kind", "championship",
                                "subject", "Сварочные технологии", "level", "regional", "stage", "qualifying",
                                "startsOn", "2026-03-03", "endsOn", "2026-03-06", "result", "prize-winner", "place", 3,
                                "awardedTitle", "Сварщик 4 разряда"),
                        data("kind", "qualification-rank", "name", "Сварщик ручной дуговой сварки", "grade", 4,
                                "level", "school", "awardedOn", "2026-06-25", "documentNumber", "ПР-215"),
                        row(MINISTRY_NAME, Fixture.COLLEGE, "Региональный", 1L, 1L, 1L, 0L, 1.0),
                        row(MINISTRY_NAME, Fixture.COLLEGE, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void followsALearnersEventAndAchievementFromTheBatchToThePortfolioAndTheForms(Case c) throws SQLException {
        String key = c.level();
        Batch batch = new Batch(List.of(new Batch.PersonEntry(key, c.person())), List.of(), List.of(),
                List.of(new Batch.MembershipEntry(key + "-m", key, c.organization(), "learner", LocalDate.of(2025, 9, 1), null,
                        "full-time", null, null, null, null)),
                List.of(new Batch.ExtensionEntry(key + "-e", "portfolio", "event", key, c.organization(), c.event()),
                        new Batch.ExtensionEntry(key + "-a", "portfolio", "achievement", key, c.organization(), c.achievement())));
        List<String> outcomes = batches.apply(batch, Source.provider("system-" + key, "Система " + key)).entries().stream()
                .map(e -> e.kind() + " " + e.result() + " " + e.violations() + " " + e.notices()).toList();
        assertEquals(List.of("PERSON CREATED [] []", "MEMBERSHIP CREATED [] []", "EXTENSION CREATED [] []",
                "EXTENSION CREATED [] []"), outcomes, "applied whole, attached to the membership: no notice");
        long person = number("SELECT record_id FROM registry.source_key WHERE entity = 'person' AND key = '" + key + "'");

        Map<String, Object> section = persons.sections(person, D).get("achievements");
        Map<?, ?> event = (Map<?, ?>) ((List<?>) section.get("events")).get(0);
        Map<?, ?> achievement = (Map<?, ?>) ((List<?>) section.get("achievements")).get(0);
        c.event().forEach((field, value) -> assertEquals(shown(value), shown(event.get(field)), c + " event " + field));
        c.achievement().forEach((field, value) -> assertEquals(shown(value), shown(achievement.get(field)),
                c + " achievement " + field));
        assertEquals(c.organization(), event.get("organizationId"));

        FormRunner runner = new FormRunner(database);
        assertEquals(List.of(c.eventRow()), runner.run(new EventsForm(), Scope.organization(c.organization()), YEAR, D).rows(),
                c + ": the events form in the organization's scope");
        assertEquals(List.of(c.achievementRow()), runner.run(new AchievementsForm(), Scope.organization(c.organization()),
                YEAR, D).rows(), c + ": the achievements form");
        assertEquals(1, number("SELECT count(*) FROM registry.organization WHERE education_level = '" + c.level()
                + "' AND id = " + c.organization()), "the organization is of the level");
    }

    /** A value as sent and as shown compared as text: numbers by their value, days as YYYY-MM-DD. */
    private static String shown(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    /** The portfolio bundle's schema, migrated above: what its services wait for in OSGi. */
    private static MigratedSchema portfolioSchema() {
        return new MigratedSchema() {
            @Override
            public String owner() {
                return "kontingent-extension-portfolio";
            }

            @Override
            public int version() {
                return 2;
            }
        };
    }

    private long number(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
