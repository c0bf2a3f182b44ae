package org.kontingent.extension.additional.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.extension.additional.internal.Entries.application;
import static org.kontingent.extension.additional.internal.Entries.course;
import static org.kontingent.extension.additional.internal.Entries.data;
import static org.kontingent.extension.additional.internal.Entries.document;
import static org.kontingent.extension.additional.internal.Entries.mastered;
import static org.kontingent.extension.additional.internal.Entries.programme;

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
 * The published views report.additional_*, read as the report engine reads them: under the role
 * kontingent_report, in a transaction with kontingent.report_scope set. Region, authority and
 * organization scopes see what lies in them, no scope sees nothing, the role reads these views and
 * nothing of schema additional or registry, and a course or a document joins its programme
 * whichever came first.
 */
class ReportViewsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<String> VIEWS = List.of("additional_programme", "additional_course", "additional_document",
            "additional_application");
    private static AdditionalDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = AdditionalDatabase.start();
        write(entry("programme", "pr-1", 3000, 30, programme()),
                entry("programme", "pr-2", 3001, 31, mastered()),
                entry("course", "c-1", 3000, 30, course()),
                entry("document", "d-1", 3001, 31, document()),
                entry("application", "a-1", 3004, 31, application()));
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
    }

    private static void write(ExtensionEntry... entries) throws SQLException {
        AdditionalExtension extension = new AdditionalExtension();
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
        assertEquals(List.of(2, 1, 1, 1), counts("region"));
        assertEquals(List.of(2, 1, 1, 1), counts("authority:1"), "the ministry's tree");
        assertEquals(List.of(1, 0, 1, 1), counts("authority:2"), "the centre 31 and the school");
        assertEquals(List.of(1, 1, 0, 0), counts("organization:30"));
        assertEquals(List.of(0, 0, 0, 0), counts("organization:10"), "a school");
        assertEquals(List.of(0, 0, 0, 0), counts(null), "no scope, nothing");
        assertEquals(List.of(0, 0, 0, 0), counts(""), "an empty scope, nothing");
        assertEquals(List.of("30 Фортепиано Дополнительная предпрофессиональная программа Художественная 2025-09-01"
                + " in-progress В процессе обучения 8 2300",
                "31 Робототехника Дополнительная общеразвивающая программа Техническая 2024-09-01 2026-06-01 mastered"
                        + " Освоено зачёт 2 144"),
                read("region", "SELECT concat_ws(' ', organization_id, name, kind_name, orientation_name, starts_on, ends_on,"
                        + " status, status_name, mark, years, hours) FROM report.additional_programme ORDER BY organization_id"));
        assertEquals(List.of("Свидетельство об обучении ДО-01 000123 2026-05-31 t"), read("organization:31",
                "SELECT concat_ws(' ', kind_name, series, number, issued_on, programme_id IS NOT NULL)"
                        + " FROM report.additional_document"));
        assertEquals(List.of("2025-2026 2025-09-01 Сольфеджио В процессе обучения 5 t"), read("region",
                "SELECT concat_ws(' ', c.academic_year, c.year_starts_on, c.course, c.status_name, c.mark,"
                        + " c.programme_id = p.id) FROM report.additional_course c"
                        + " JOIN report.additional_programme p ON p.name = 'Фортепиано'"));
        assertEquals("6", read(null, "SELECT count(*) FROM report.additional_dictionary WHERE dictionary = 'orientation'")
                .get(0), "the dictionaries are not scoped");
    }

    @Test
    void joinACourseOrADocumentToItsProgrammeWhicheverCameFirst() throws SQLException {
        write(entry("course", "early-c", 3000, 30, data("programme", "pr-late", "academicYear", "2025-2026",
                "course", "Хор")), entry("document", "early-d", 3000, 30, data("kind", "study-certificate", "number", "5",
                "issuedOn", "2026-05-31", "programme", "pr-late")));
        String sql = "SELECT count(programme_id) FROM (SELECT programme_id FROM report.additional_course WHERE course = 'Хор'"
                + " UNION ALL SELECT programme_id FROM report.additional_document WHERE number = '5') x";
        assertEquals(List.of("0"), read("region", sql), "the programme is not there yet");
        write(entry("programme", "pr-late", 3000, 30, data("name", "Хоровое пение", "kind", "pre-professional",
                "orientation", "artistic", "startsOn", "2025-09-01")));
        assertEquals(List.of("2"), read("region", sql), "joined once the programme came");
        write(entry("programme", "pr-other", 3001, 31, data("name", "Хоровое пение", "kind", "general-developmental",
                "orientation", "artistic", "startsOn", "2025-09-01")), entry("course", "other-c", 3000, 30,
                data("programme", "pr-other", "academicYear", "2025-2026", "course", "Вокал")));
        assertEquals(List.of("0"), read("region", "SELECT count(programme_id) FROM report.additional_course"
                + " WHERE course = 'Вокал'"), "another person's programme is not joined");
        database.execute("DELETE FROM additional.course WHERE key IN ('early-c', 'other-c');"
                + " DELETE FROM additional.document WHERE key = 'early-d';"
                + " DELETE FROM additional.programme WHERE key IN ('pr-late', 'pr-other')");
    }

    @Test
    void publishTheColumnsTheReadmeDocuments() throws SQLException {
        Map<String, String> documented = new LinkedHashMap<>();
        documented.put("additional_programme", "id person_id organization_id membership_id name kind kind_name orientation"
                + " orientation_name adapted distance_technologies federal_requirements hours years study_form_code"
                + " starts_on ends_on status status_name mark");
        documented.put("additional_course", "id person_id organization_id membership_id programme_id academic_year"
                + " year_starts_on course status status_name mark");
        documented.put("additional_document", "id person_id organization_id membership_id programme_id kind kind_name name"
                + " series number issued_on");
        documented.put("additional_application", "id person_id organization_id programme kind orientation applied_on status");
        documented.put("additional_dictionary", "dictionary code name sort_order");
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
        for (String table : List.of("additional.programme", "additional.course", "additional.document",
                "additional.application", "additional.dictionary_entry", "additional.merge_move", "registry.person")) {
            SQLException denied = assertThrows(SQLException.class, () -> read("region", "SELECT count(*) FROM " + table), table);
            assertEquals("42501", denied.getSQLState(), table + ": " + denied.getMessage());
        }
        SQLException written = assertThrows(SQLException.class,
                () -> read("region", "WITH d AS (DELETE FROM report.additional_application RETURNING id) SELECT count(*) FROM d"));
        assertEquals("42501", written.getSQLState(), "the views are read only: " + written.getMessage());
        SQLException function = assertThrows(SQLException.class,
                () -> read("region", "SELECT additional.learner_membership(3000, 30, '2026-09-01', '2026-09-02')"));
        assertEquals("42501", function.getSQLState(), function.getMessage());
    }

    @Test
    void moveTheReportDataVersionOnWrites() throws SQLException {
        long before = Long.parseLong(read(null, "SELECT report.data_version()").get(0));
        write(entry("application", "a-9", 3000, 30, application()));
        try {
            assertTrue(Long.parseLong(read(null, "SELECT report.data_version()").get(0)) > before,
                    "cached report results are not served after an application is written");
        } finally {
            database.execute("DELETE FROM additional.application WHERE key = 'a-9'");
        }
    }

    @Test
    void readAProgrammeOnADayByItsIndexedPeriod() throws SQLException {
        assertEquals(List.of("Фортепиано"), read("region", "SELECT name FROM report.additional_programme"
                + " WHERE starts_on <= '2026-06-01' AND (ends_on IS NULL OR '2026-06-01' < ends_on) ORDER BY name"),
                "the robotics programme ended on 2026-06-01: it held up to the day before");
        assertEquals(List.of("Робототехника", "Фортепиано"), read("region", "SELECT name FROM report.additional_programme"
                + " WHERE starts_on <= '2026-05-31' AND (ends_on IS NULL OR '2026-05-31' < ends_on) ORDER BY name"));
    }
}
