package org.kontingent.extension.portfolio.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.extension.portfolio.internal.Entries.competition;
import static org.kontingent.extension.portfolio.internal.Entries.contest;
import static org.kontingent.extension.portfolio.internal.Entries.gto;
import static org.kontingent.extension.portfolio.internal.Entries.olympiad;
import static org.kontingent.extension.portfolio.internal.Entries.qualification;
import static org.kontingent.extension.portfolio.internal.Entries.rank;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.core.testing.ExtensionDatabase;

/**
 * The published views report.portfolio_*, read as the report engine reads them: under the role
 * kontingent_report, in a transaction with kontingent.report_scope set. Region, authority and
 * organization scopes see what lies in them, no scope sees nothing, and the role reads these views
 * and nothing of schema portfolio or registry.
 */
class ReportViewsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<String> VIEWS = List.of("portfolio_event", "portfolio_achievement");
    private static ExtensionDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = PortfolioDatabase.start();
        write(entry("event", "e-1", 3000, 10, olympiad()),
                entry("event", "e-2", 3003, 40, competition()),
                entry("event", "e-3", 3001, 20, contest()),
                entry("achievement", "a-1", 3000, 10, gto()),
                entry("achievement", "a-2", 3002, 30, rank()),
                entry("achievement", "a-3", 3003, 40, qualification()));
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
    }

    private static void write(ExtensionEntry... entries) throws SQLException {
        PortfolioExtension extension = new PortfolioExtension();
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            for (ExtensionEntry e : entries) {
                extension.write(c, e);
            }
            c.commit();
        }
    }

    private static ExtensionEntry entry(String entity, String key, long person, long organization, Map<String, Object> data) {
        return new ExtensionEntry(3, key, entity, person, organization, data, TODAY);
    }

    /** What the report engine sees in the scope (null: none set), as kontingent_report. */
    private static List<String> read(String scope, String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL ROLE kontingent_report");
                if (scope != null) {
                    s.execute("SET LOCAL kontingent.report_scope = '" + scope + "'");
                }
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                return rows;
            } finally {
                c.rollback();
            }
        }
    }

    /** The rows of each view in the scope, in the order of {@link #VIEWS}. */
    private static List<Integer> counts(String scope) throws SQLException {
        List<Integer> counts = new ArrayList<>();
        for (String view : VIEWS) {
            counts.add(Integer.parseInt(read(scope, "SELECT count(*) FROM report." + view).get(0)));
        }
        return counts;
    }

    @Test
    void showWhatLiesInTheScopeAndNothingWithoutOne() throws SQLException {
        assertEquals(List.of(3, 3), counts("region"));
        assertEquals(List.of(3, 3), counts("authority:1"), "the ministry's tree");
        assertEquals(List.of(2, 1), counts("authority:2"), "the school and the kindergarten");
        assertEquals(List.of(1, 1), counts("organization:40"), "the college");
        assertEquals(List.of(0, 1), counts("organization:30"), "the arts school");
        assertEquals(List.of(0, 0), counts(null), "no scope, nothing");
        assertEquals(List.of(0, 0), counts(""), "an empty scope, nothing");
        assertEquals(List.of(
                "10 Всероссийская олимпиада школьников по математике Олимпиада Математика Муниципальный Муниципальный этап"
                        + " 2025-11-20 Призёр 2 34.50 individual М-2025-0117",
                "20 Краевой конкурс детского рисунка «Моя малая родина» Конкурс Региональный 2026-02-10 Участник individual",
                "40 Первенство края по волейболу среди юношей Соревнование Волейбол Региональный 2026-05-14 2026-05-15 Победитель"
                        + " 1 team Сборная колледжа Первый юношеский спортивный разряд"),
                read("region", "SELECT concat_ws(' ', organization_id, name, kind_name, subject, level_name, stage_name,"
                        + " starts_on, ends_on, result_name, place, score, participation, team_name, document_number,"
                        + " awarded_title) FROM report.portfolio_event ORDER BY organization_id"));
        assertEquals(List.of("10 Знак отличия ВФСК «Готов к труду и обороне» (ГТО) Золотой знак отличия 4 Всероссийский"
                        + " 2026-03-15",
                "30 Спортивный разряд Второй спортивный разряд Плавание 2026-04-01 2028-04-01",
                "40 Квалификационный разряд по профессии Слесарь механосборочных работ 3 Уровень образовательной организации"
                        + " 2026-06-25"),
                read("region", "SELECT concat_ws(' ', organization_id, kind_name, name, badge_name, gto_stage, rank_name,"
                        + " grade, sport, level_name, awarded_on, valid_until) FROM report.portfolio_achievement"
                        + " ORDER BY organization_id"));
        assertEquals("11", read(null, "SELECT count(*) FROM report.portfolio_dictionary WHERE dictionary = 'sports-rank'")
                .get(0), "the dictionaries are not scoped");
    }

    @Test
    void publishTheColumnsTheReadmeDocuments() throws SQLException {
        Map<String, String> documented = new LinkedHashMap<>();
        documented.put("portfolio_event", "id person_id organization_id membership_id name kind kind_name subject level"
                + " level_name stage stage_name starts_on ends_on result result_name place score participation team_name"
                + " document_number organizer awarded_title");
        documented.put("portfolio_achievement", "id person_id organization_id membership_id kind kind_name name badge"
                + " badge_name gto_stage rank rank_name grade sport level level_name awarded_on valid_until issuer"
                + " document_number");
        documented.put("portfolio_dictionary", "dictionary code name sort_order");
        for (Map.Entry<String, String> view : documented.entrySet()) {
            assertEquals(view.getValue(), String.join(" ", read(null, "SELECT column_name FROM information_schema.columns"
                    + " WHERE table_schema = 'report' AND table_name = '" + view.getKey() + "' ORDER BY ordinal_position")),
                    view.getKey());
        }
    }

    @Test
    void letTheReportRoleReadTheViewsAndNothingElse() throws SQLException {
        for (String view : VIEWS) {
            read("region", "SELECT count(*) FROM report." + view);
        }
        for (String table : List.of("portfolio.event", "portfolio.achievement", "portfolio.dictionary_entry",
                "portfolio.merge_move", "registry.person")) {
            SQLException denied = assertThrows(SQLException.class, () -> read("region", "SELECT count(*) FROM " + table), table);
            assertEquals("42501", denied.getSQLState(), table + ": " + denied.getMessage());
        }
        SQLException written = assertThrows(SQLException.class,
                () -> read("region", "WITH d AS (DELETE FROM report.portfolio_dictionary RETURNING code) SELECT count(*) FROM d"));
        assertEquals("42501", written.getSQLState(), "the views are read only: " + written.getMessage());
        SQLException function = assertThrows(SQLException.class,
                () -> read("region", "SELECT portfolio.learner_membership(3000, 10, '2026-09-01')"));
        assertEquals("42501", function.getSQLState(), function.getMessage());
    }

    @Test
    void moveTheReportDataVersionOnWrites() throws SQLException {
        long before = Long.parseLong(read(null, "SELECT report.data_version()").get(0));
        write(entry("achievement", "a-9", 3000, 10, Entries.with(gto(), "badge", "bronze")));
        try {
            assertTrue(Long.parseLong(read(null, "SELECT report.data_version()").get(0)) > before,
                    "cached report results are not served after an achievement is written");
        } finally {
            database.execute("DELETE FROM portfolio.achievement WHERE key = 'a-9'");
        }
    }
}
