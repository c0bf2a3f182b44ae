package org.kontingent.extension.general.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * The published views report.mark, report.exam, report.certificate, report.general_programme,
 * report.general_application and report.general_dictionary, read as the report engine reads them:
 * under the role kontingent_report, in a transaction with kontingent.report_scope set. Region,
 * authority and organization scopes see what lies in them, no scope sees nothing, and the role
 * reads these views and nothing of schema general or registry.
 */
class ReportViewsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<String> VIEWS = List.of("mark", "exam", "certificate", "general_programme",
            "general_application");
    private static GeneralDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = GeneralDatabase.start();
        GeneralExtension extension = new GeneralExtension();
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            List<ExtensionEntry> entries = List.of(
                    entry("mark", "m-1", 1000, 10L, "academicYear", "2026-2027", "subject", "Математика", "period", "term-1", "mark", "5"),
                    entry("mark", "m-2", 1000, 10L, "academicYear", "2026-2027", "subject", "Физика", "period", "term-1", "mark", "3"),
                    entry("mark", "m-3", 1002, 12L, "academicYear", "2026-2027", "subject", "Математика", "period", "term-1", "mark", "4"),
                    entry("exam", "e-1", 1001, 10L, "kind", "oge", "subject", "Математика", "examDate", "2026-06-05", "score", 20,
                            "mark", 4, "passed", true),
                    entry("exam", "e-2", 1001, null, "kind", "ege", "subject", "Физика", "examDate", "2026-06-10", "score", 55,
                            "passed", true),
                    entry("certificate", "c-1", 1001, 10L, "kind", "basic-general", "number", "02224000123456",
                            "issuedOn", "2026-06-26"),
                    entry("programme", "p-1", 1004, 10L, "level", "basic-general", "adapted", true),
                    entry("application", "a-1", 1002, 12L, "grade", 6, "registeredOn", "2026-05-15"));
            for (ExtensionEntry e : entries) {
                extension.write(c, e);
            }
            c.commit();
        }
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
    }

    private static ExtensionEntry entry(String entity, String key, long person, Long organization, Object... pairs) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            data.put((String) pairs[i], pairs[i + 1]);
        }
        return new ExtensionEntry(3, key, entity, person, organization, data, TODAY);
    }

    /** What the report engine sees of the view in the scope (null: none set), as kontingent_report. */
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

    private static Map<String, Integer> counts(String scope) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String view : VIEWS) {
            counts.put(view, Integer.parseInt(read(scope, "SELECT count(*) FROM report." + view).get(0)));
        }
        return counts;
    }

    private static Map<String, Integer> counts(int mark, int exam, int certificate, int programme, int application) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("mark", mark);
        counts.put("exam", exam);
        counts.put("certificate", certificate);
        counts.put("general_programme", programme);
        counts.put("general_application", application);
        return counts;
    }

    @Test
    void showWhatLiesInTheScopeAndNothingWithoutOne() throws SQLException {
        assertEquals(counts(3, 2, 1, 1, 1), counts("region"), "the region, with the exam sent without its school");
        assertEquals(counts(3, 1, 1, 1, 1), counts("authority:1"), "the ministry's tree: the exam without a school is region-wide only");
        assertEquals(counts(2, 1, 1, 1, 0), counts("authority:2"));
        assertEquals(counts(1, 0, 0, 0, 1), counts("authority:3"));
        assertEquals(counts(2, 1, 1, 1, 0), counts("organization:10"));
        assertEquals(counts(1, 0, 0, 0, 1), counts("organization:12"));
        assertEquals(counts(0, 0, 0, 0, 0), counts("organization:11"), "a kindergarten");
        assertEquals(counts(0, 0, 0, 0, 0), counts(null), "no scope, nothing");
        assertEquals(counts(0, 0, 0, 0, 0), counts(""), "an empty scope, nothing");
        assertEquals(List.of("Математика 1 четверть 5", "Физика 1 четверть 3"), read("organization:10",
                "SELECT subject || ' ' || period_name || ' ' || mark_value FROM report.mark ORDER BY subject"));
        assertEquals(List.of("ЕГЭ Физика 55.00 true", "ОГЭ Математика 20.00 true"), read("region",
                "SELECT kind_name || ' ' || subject || ' ' || score || ' ' || passed FROM report.exam ORDER BY kind_name"));
        assertTrue(Integer.parseInt(read(null, "SELECT count(*) FROM report.general_dictionary").get(0)) > 20,
                "the dictionaries are not scoped");
    }

    @Test
    void publishTheColumnsTheReadmeDocuments() throws SQLException {
        Map<String, String> documented = Map.of(
                "mark", "id person_id organization_id membership_id academic_year subject subject_code period period_name"
                        + " marked_on scale mark mark_value passed score",
                "exam", "id person_id organization_id membership_id kind kind_name academic_year subject subject_code"
                        + " exam_date score mark_value passed",
                "certificate", "id person_id organization_id membership_id kind kind_name series number issued_on with_honours",
                "general_programme", "id person_id organization_id membership_id level adapted study_form_code shift starts_on",
                "general_application", "id person_id organization_id grade academic_year registered_on status",
                "general_dictionary", "dictionary code name sort_order",
                "result_count", "academic_year period organization_id lowest failed learners with_marks marks total");
        for (Map.Entry<String, String> view : documented.entrySet()) {
            assertEquals(view.getValue(), String.join(" ", read(null, "SELECT column_name FROM information_schema.columns"
                    + " WHERE table_schema = 'report' AND table_name = '" + view.getKey() + "' ORDER BY ordinal_position")),
                    view.getKey());
        }
    }

    @Test
    void letTheReportRoleReadTheViewsAndNothingElse() throws SQLException {
        for (String view : List.of("mark", "exam", "certificate", "general_programme", "general_application", "general_dictionary",
                "result_count")) {
            read("region", "SELECT count(*) FROM report." + view);
        }
        for (String table : List.of("general.mark", "general.exam", "general.certificate", "general.programme",
                "general.application", "general.dictionary_entry", "general.merge_move", "general.learner_marks", "general.result_count",
                "registry.person")) {
            SQLException denied = assertThrows(SQLException.class, () -> read("region", "SELECT count(*) FROM " + table), table);
            assertEquals("42501", denied.getSQLState(), table + ": " + denied.getMessage());
        }
        SQLException written = assertThrows(SQLException.class,
                () -> read("region", "WITH d AS (DELETE FROM report.general_programme RETURNING id) SELECT count(*) FROM d"));
        assertEquals("42501", written.getSQLState(), "the views are read only: " + written.getMessage());
        SQLException function = assertThrows(SQLException.class,
                () -> read("region", "SELECT general.learner_membership(1000, 10, '2026-09-01', '2026-09-02')"));
        assertEquals("42501", function.getSQLState(), function.getMessage());
    }

    @Test
    void moveTheReportDataVersionOnWrites() throws SQLException {
        long before = Long.parseLong(read(null, "SELECT report.data_version()").get(0));
        try (Connection c = database.dataSource().getConnection()) {
            new GeneralExtension().write(c, entry("mark", "m-9", 1000, 10L, "academicYear", "2026-2027", "subject", "Химия",
                    "period", "term-1", "mark", "5"));
        }
        try {
            assertTrue(Long.parseLong(read(null, "SELECT report.data_version()").get(0)) > before,
                    "cached report results are not served after a mark is written");
        } finally {
            database.execute("DELETE FROM general.mark WHERE key = 'm-9'");
        }
    }
}
