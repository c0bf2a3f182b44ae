package org.kontingent.extension.preschool.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.extension.ExtensionEntry;

/**
 * The published views report.preschool_enrollment, report.preschool_application,
 * report.preschool_free_places and report.preschool_dictionary, read as the report engine reads
 * them: under the role kontingent_report, in a transaction with kontingent.report_scope set.
 * Region, authority and organization scopes see what lies in them, no scope sees nothing, and the
 * role reads these views and nothing of schema preschool or registry.
 */
class ReportViewsTest {
    private static final List<String> VIEWS = List.of("preschool_enrollment", "preschool_application",
            "preschool_free_places");
    private static PreschoolDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = PreschoolDatabase.start();
        PreschoolExtension extension = new PreschoolExtension();
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            List<ExtensionEntry> entries = List.of(
                    entry("enrollment", "e-1", 1000, 11L, "enrolledOn", "2024-09-01", "stayMode", "full-day",
                            "groupType", "general-developmental", "ageGroup", "middle"),
                    entry("enrollment", "e-2", 1001, 11L, "enrolledOn", "2023-09-01", "stayMode", "short-stay",
                            "groupType", "general-developmental", "ageGroup", "preparatory", "leavingGround", "parents-request"),
                    entry("enrollment", "e-3", 1004, 12L, "enrolledOn", "2025-09-01", "stayMode", "full-day",
                            "groupType", "compensating", "ageGroup", "middle", "programme", "adapted"),
                    entry("application", "a-1", 1002, 11L, "registeredOn", "2025-02-01", "birthDate", "2024-01-15",
                            "wantedDate", "2026-09-01", "preferentialCategory", "sibling"),
                    entry("application", "a-2", 1002, 12L, "registeredOn", "2025-02-01", "birthDate", "2024-01-15",
                            "wantedDate", "2026-09-01", "alternatives", List.of(11)),
                    entry("application", "a-3", 1000, 12L, "registeredOn", "2026-10-10", "birthDate", "2022-03-10",
                            "wantedDate", "2027-09-01", "status", "refused", "statusDate", "2026-11-01"));
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
        return new ExtensionEntry(3, key, entity, person, organization, data, PreschoolExtensionTest.TODAY);
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

    private static List<Integer> counts(String scope) throws SQLException {
        List<Integer> counts = new ArrayList<>();
        for (String view : VIEWS) {
            counts.add(Integer.parseInt(read(scope, "SELECT count(*) FROM report." + view).get(0)));
        }
        return counts;
    }

    @Test
    void showWhatLiesInTheScopeAndNothingWithoutOne() throws SQLException {
        assertEquals(List.of(3, 3, 4), counts("region"), "enrollments, applications, free places' rows");
        assertEquals(List.of(3, 3, 4), counts("authority:1"));
        assertEquals(List.of(2, 1, 4), counts("authority:2"));
        assertEquals(List.of(1, 2, 0), counts("authority:3"));
        assertEquals(List.of(2, 1, 4), counts("organization:11"));
        assertEquals(List.of(1, 2, 0), counts("organization:12"));
        assertEquals(List.of(0, 0, 0), counts("organization:10"), "a school");
        assertEquals(List.of(0, 0, 0), counts(null), "no scope, nothing");
        assertEquals(List.of(0, 0, 0), counts(""), "an empty scope, nothing");
        assertEquals(List.of("1000 Полного дня (10,5–12 часов) Средняя группа (4–5 лет) false",
                "1001 Кратковременного пребывания (до 5 часов) Подготовительная к школе группа (6–8 лет) false",
                "1004 Полного дня (10,5–12 часов) Средняя группа (4–5 лет) true"), read("region",
                "SELECT person_id || ' ' || stay_mode_name || ' ' || age_group_name || ' ' || adapted"
                        + " FROM report.preschool_enrollment ORDER BY person_id"));
        assertEquals(List.of("1000 12 {} Отказано 2026-11-01 -", "1002 11 {} Ожидает места (в очереди) 2025-02-01"
                + " Преимущественное право (брат или сестра в организации)", "1002 12 {11} Ожидает места (в очереди) 2025-02-01 -"),
                read("region", "SELECT person_id || ' ' || organization_id || ' ' || alternatives::text || ' ' || status_name || ' '"
                        + " || status_date || ' ' || coalesce(preferential_category_name, '-')"
                        + " FROM report.preschool_application ORDER BY person_id, organization_id"));
    }

    @Test
    void giveTheFreePlacesOfEachGroupFromEachDayItsPlacementsChange() throws SQLException {
        assertEquals(List.of("110 2025-2026 2025-09-01 2 1 1", "110 2025-2026 2026-06-01 2 0 2",
                "111 2026-2027 2026-09-01 3 1 2", "112 2026-2027 2026-09-01 2 0 2"), read("region",
                "SELECT class_group_id || ' ' || academic_year || ' ' || day || ' ' || capacity || ' ' || placed || ' ' || free"
                        + " FROM report.preschool_free_places ORDER BY class_group_id, day"));
        database.execute("INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on)"
                + " VALUES (5002, 1002, 11, 'learner', '2026-10-01', '2026-11-01');"
                + " INSERT INTO registry.class_placement (membership_id, class_group_id, starts_on, ends_on)"
                + " VALUES (5002, 112, '2026-10-01', '2026-11-01')");
        try {
            assertEquals(List.of("2026-09-01 0 2", "2026-10-01 1 1", "2026-11-01 0 2"), read("organization:11",
                    "SELECT day || ' ' || placed || ' ' || free FROM report.preschool_free_places WHERE class_group_id = 112"
                            + " ORDER BY day"), "a place taken for October: free again from its end");
        } finally {
            database.execute("DELETE FROM registry.class_placement WHERE membership_id = 5002;"
                    + " DELETE FROM registry.membership WHERE id = 5002");
        }
    }

    @Test
    void publishTheColumnsTheReadmeDocuments() throws SQLException {
        Map<String, String> documented = Map.of(
                "preschool_enrollment", "id person_id organization_id membership_id enrolled_on order_number order_date"
                        + " study_form_code programme programme_name adapted group_specifics stay_mode stay_mode_name"
                        + " group_type group_type_name age_group age_group_name leaving_ground leaving_order_number"
                        + " leaving_order_date",
                "preschool_application", "id person_id organization_id alternatives birth_date registered_on wanted_date"
                        + " preferential_category preferential_category_name status status_name status_date",
                "preschool_free_places", "organization_id class_group_id academic_year group_name grade capacity day placed free",
                "preschool_dictionary", "dictionary code name sort_order min_age max_age");
        for (Map.Entry<String, String> view : documented.entrySet()) {
            assertEquals(view.getValue(), String.join(" ", read(null, "SELECT column_name FROM information_schema.columns"
                    + " WHERE table_schema = 'report' AND table_name = '" + view.getKey() + "' ORDER BY ordinal_position")),
                    view.getKey());
        }
        assertEquals(List.of("29"), read(null, "SELECT count(*) FROM report.preschool_dictionary"), "not scoped");
    }

    @Test
    void letTheReportRoleReadTheViewsAndNothingElse() throws SQLException {
        for (String table : List.of("preschool.enrollment", "preschool.application", "preschool.dictionary_entry",
                "preschool.merge_move", "registry.person")) {
            SQLException denied = assertThrows(SQLException.class, () -> read("region", "SELECT count(*) FROM " + table), table);
            assertEquals("42501", denied.getSQLState(), table + ": " + denied.getMessage());
        }
        for (String view : List.of("preschool_enrollment", "preschool_application", "preschool_free_places",
                "preschool_dictionary")) {
            assertEquals(List.of("t f f f"), read(null, "SELECT concat_ws(' ', has_table_privilege('report." + view
                    + "', 'SELECT'), has_table_privilege('report." + view + "', 'INSERT'), has_table_privilege('report."
                    + view + "', 'UPDATE'), has_table_privilege('report." + view + "', 'DELETE'))"), view + ": read only");
        }
        SQLException function = assertThrows(SQLException.class,
                () -> read("region", "SELECT preschool.learner_birth_date(1000)"));
        assertEquals("42501", function.getSQLState(), function.getMessage());
    }

    @Test
    void moveTheReportDataVersionOnWrites() throws SQLException {
        long before = Long.parseLong(read(null, "SELECT report.data_version()").get(0));
        try (Connection c = database.dataSource().getConnection()) {
            new PreschoolExtension().write(c, entry("application", "a-9", 1002, 11L, "registeredOn", "2026-11-01",
                    "birthDate", "2024-01-15", "wantedDate", "2027-09-01"));
        }
        try {
            assertTrue(Long.parseLong(read(null, "SELECT report.data_version()").get(0)) > before,
                    "cached report results are not served after an application is written");
        } finally {
            database.execute("DELETE FROM preschool.application WHERE key = 'a-9'");
        }
    }
}
