package org.kontingent.report.forms.achievements.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.report.support.testing.SmallRegion.args;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.extension.portfolio.internal.PortfolioDemoData;
import org.kontingent.extension.portfolio.internal.PortfolioExtension;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.testkit.FormResult;
import org.kontingent.report.testkit.FormRunner;
import org.kontingent.report.testkit.ReportDatabase;

/**
 * The forms on a demo region: the generated region of the extension's tests
 * ({@code testing/demo-region.sql}: 1,000 pupils of two schools, 400 of them also at an arts or a
 * sports school, 200 children of a kindergarten, 300 students of a college) with the extension's
 * demo data, as the demo loader makes it. The forms count what the tables hold, each learner once
 * per level of event, and give the same numbers when the data is made again with the same seed.
 */
class DemoRegionFormsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static ReportDatabase database;

    @BeforeAll
    static void start() throws SQLException {
        database = ReportDatabase.start();
        database.migrateBundle(PortfolioExtension.class);
        database.executeResource(DemoRegionFormsTest.class, "/org/kontingent/extension/portfolio/testing/demo-region.sql");
        generate(42);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static void generate(long seed) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT set_config('kontingent.report_scope', 'region', true)");
            }
            new PortfolioDemoData().generate(c, seed, TODAY);
            c.commit();
        }
    }

    private static List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static FormResult events(String year) {
        return new FormRunner(database).run(new EventsForm(), Scope.region(), args(Parameter.ACADEMIC_YEAR, year,
                Parameter.LEVEL, Level.REGION), TODAY);
    }

    /** Each row of the events form as level, participations, participants, prize-winners and winners. */
    private static List<String> rows(FormResult result) {
        return result.rows().stream().map(r -> r.subList(2, 7).toString()).toList();
    }

    @Test
    void countsWhatTheTablesHoldEachLearnerOncePerLevel() throws SQLException {
        List<String> expected = column("""
                SELECT '[' || d.name || ', ' || count(*) || ', ' || count(DISTINCT e.person_id) || ', '
                       || count(DISTINCT e.person_id) FILTER (WHERE e.result = 'prize-winner') || ', '
                       || count(DISTINCT e.person_id) FILTER (WHERE e.result = 'winner') || ']'
                  FROM portfolio.event e JOIN portfolio.dictionary_entry d ON d.dictionary = 'event-level' AND d.code = e.level
                 WHERE e.starts_on >= '2025-09-01' AND e.starts_on < '2026-09-01'
                 GROUP BY d.name, d.sort_order ORDER BY d.sort_order""");
        FormResult lastYear = events("2025-2026");
        assertEquals(expected, rows(lastYear));
        assertEquals(List.of("Уровень образовательной организации", "Муниципальный", "Региональный", "Всероссийский"),
                lastYear.rows().stream().map(r -> r.get(2)).toList(), "the demo's events of last year, by level");
        assertTrue(events("2026-2027").rows().size() >= 2, "this year's autumn: the school stage and more");
    }

    @Test
    void givesTheSameNumbersForTheSameSeed() throws SQLException {
        List<String> events = rows(events("2025-2026"));
        List<List<Object>> achievements = new FormRunner(database).run(new AchievementsForm(), Scope.region(),
                args(Parameter.ACADEMIC_YEAR, "2025-2026", Parameter.LEVEL, Level.MUNICIPALITY), TODAY).rows();
        assertEquals(3, achievements.size(), "the city, the district and the college's own");
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE portfolio.event, portfolio.achievement");
        }
        generate(42);
        assertEquals(events, rows(events("2025-2026")));
        assertEquals(achievements, new FormRunner(database).run(new AchievementsForm(), Scope.region(),
                args(Parameter.ACADEMIC_YEAR, "2025-2026", Parameter.LEVEL, Level.MUNICIPALITY), TODAY).rows());
    }
}
