package org.kontingent.extension.vocational.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.extension.vocational.internal.Entries.application;
import static org.kontingent.extension.vocational.internal.Entries.courseTransfer;
import static org.kontingent.extension.vocational.internal.Entries.data;
import static org.kontingent.extension.vocational.internal.Entries.diploma;
import static org.kontingent.extension.vocational.internal.Entries.employerProject;
import static org.kontingent.extension.vocational.internal.Entries.employment;
import static org.kontingent.extension.vocational.internal.Entries.mark;
import static org.kontingent.extension.vocational.internal.Entries.programme;

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
 * The published views report.vocational_*, read as the report engine reads them: under the role
 * kontingent_report, in a transaction with kontingent.report_scope set. Region, authority and
 * organization scopes see what lies in them, no scope sees nothing, and the role reads these
 * views and nothing of schema vocational or registry.
 */
class ReportViewsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<String> VIEWS = List.of("vocational_programme", "vocational_course_transfer",
            "vocational_mark", "vocational_diploma", "vocational_employer_project", "vocational_employment",
            "vocational_application");
    private static VocationalDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = VocationalDatabase.start();
        VocationalExtension extension = new VocationalExtension();
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            for (ExtensionEntry e : List.of(
                    entry("programme", "p-1", 2000, 20, programme()),
                    entry("programme", "p-2", 2002, 21, data("kind", "skilled-workers", "specialty", "43.01.09",
                            "academicYear", "2026-2027", "course", 1)),
                    entry("course-transfer", "t-1", 2000, 20, courseTransfer()),
                    entry("mark", "m-1", 2000, 20, mark()),
                    entry("diploma", "d-1", 2001, 20, diploma()),
                    entry("employer-project", "ep-1", 2000, 20, employerProject()),
                    entry("employment", "e-1", 2001, 20, employment()),
                    entry("application", "a-1", 2004, 21, application()))) {
                extension.write(c, e);
            }
            c.commit();
        }
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
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
        assertEquals(List.of(2, 1, 1, 1, 1, 1, 1), counts("region"));
        assertEquals(List.of(2, 1, 1, 1, 1, 1, 1), counts("authority:1"), "the ministry's tree");
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), counts("authority:2"), "the technical school 21 and the school");
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 0), counts("organization:20"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), counts("organization:10"), "a school");
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), counts(null), "no scope, nothing");
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), counts(""), "an empty scope, nothing");
        assertEquals(List.of("20 2026-2027 2026-09-01 Подготовка специалистов среднего звена 08.02.01"
                + " Строительство и эксплуатация зданий и сооружений 2 4",
                "21 2026-2027 2026-09-01 Подготовка квалифицированных рабочих, служащих 43.01.09 Повар, кондитер 1 3"),
                read("region", "SELECT concat_ws(' ', organization_id, academic_year, year_starts_on, kind_name, specialty_code,"
                        + " specialty_name, course, course_length) FROM report.vocational_programme ORDER BY organization_id"));
        assertEquals(List.of("Диплом о среднем профессиональном образовании 112204 0012345 t"), read("organization:20",
                "SELECT concat_ws(' ', kind_name, series, number, with_honours) FROM report.vocational_diploma"));
        assertEquals(List.of("Самостоятельное выполнение части проекта"), read("region",
                "SELECT involvement_name FROM report.vocational_employer_project"));
        assertEquals("265", read(null, "SELECT count(*) FROM report.vocational_dictionary WHERE dictionary = 'specialty'")
                .get(0), "the dictionaries are not scoped");
    }

    @Test
    void publishTheColumnsTheReadmeDocuments() throws SQLException {
        Map<String, String> documented = new LinkedHashMap<>();
        documented.put("vocational_programme", "id person_id organization_id membership_id academic_year year_starts_on kind"
                + " kind_name specialty_code specialty_name adapted qualification course course_length study_form_code"
                + " distance_only special_equipment distance_technologies");
        documented.put("vocational_course_transfer", "id person_id organization_id membership_id from_course to_course"
                + " transferred_on order_number order_date");
        documented.put("vocational_mark", "id person_id organization_id membership_id academic_year discipline course mark"
                + " mark_value passed");
        documented.put("vocational_diploma", "id person_id organization_id membership_id kind kind_name series number"
                + " issued_on with_honours qualification specialty_code");
        documented.put("vocational_employer_project", "id person_id organization_id membership_id academic_year project"
                + " employer involvement involvement_name result");
        documented.put("vocational_employment", "id person_id organization_id membership_id individual_plan"
                + " contract_enterprise contract_ownership_code actual_employer quota_workplace employed_on");
        documented.put("vocational_application", "id person_id organization_id specialty_code course study_form_code"
                + " applied_on academic_year status");
        documented.put("vocational_dictionary", "dictionary code name sort_order");
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
        for (String table : List.of("vocational.programme", "vocational.mark", "vocational.diploma", "vocational.employment",
                "vocational.dictionary_entry", "vocational.merge_move", "registry.person")) {
            SQLException denied = assertThrows(SQLException.class, () -> read("region", "SELECT count(*) FROM " + table), table);
            assertEquals("42501", denied.getSQLState(), table + ": " + denied.getMessage());
        }
        SQLException written = assertThrows(SQLException.class,
                () -> read("region", "WITH d AS (DELETE FROM report.vocational_employment RETURNING id) SELECT count(*) FROM d"));
        assertEquals("42501", written.getSQLState(), "the views are read only: " + written.getMessage());
        SQLException function = assertThrows(SQLException.class,
                () -> read("region", "SELECT vocational.learner_membership(2000, 20, '2026-09-01', '2026-09-02')"));
        assertEquals("42501", function.getSQLState(), function.getMessage());
    }

    @Test
    void moveTheReportDataVersionOnWrites() throws SQLException {
        long before = Long.parseLong(read(null, "SELECT report.data_version()").get(0));
        try (Connection c = database.dataSource().getConnection()) {
            new VocationalExtension().write(c, entry("employment", "e-9", 2000, 20, data("individualPlan", true)));
        }
        try {
            assertTrue(Long.parseLong(read(null, "SELECT report.data_version()").get(0)) > before,
                    "cached report results are not served after an employment is written");
        } finally {
            database.execute("DELETE FROM vocational.employment WHERE key = 'e-9'");
        }
    }
}
