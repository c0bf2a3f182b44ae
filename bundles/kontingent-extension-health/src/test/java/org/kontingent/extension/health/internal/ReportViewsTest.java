package org.kontingent.extension.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.extension.health.internal.Entries.conclusion;
import static org.kontingent.extension.health.internal.Entries.data;
import static org.kontingent.extension.health.internal.Entries.disability;
import static org.kontingent.extension.health.internal.Entries.specialNeeds;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
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
 * The published views report.health_*, read as the report engine reads them: under the role
 * kontingent_report, in a transaction with kontingent.report_scope set. Region, authority and
 * organization scopes see what lies in them, no scope sees nothing, the role reads these views and
 * nothing of schema health or registry, and the views leave out what a count does not need (the
 * issuer, the certificate, the commission and its number).
 */
class ReportViewsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<String> VIEWS = List.of("health_conclusion", "health_disability", "health_special_needs");
    private static ExtensionDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = HealthDatabase.start();
        write(entry("conclusion", "c-1", 5000, 10, conclusion()),
                entry("conclusion", "c-2", 5001, 12, data("healthGroup", 4, "peGroup", "special-b", "longTermTreatment", true,
                        "concludedOn", "2026-09-20", "validUntil", "2027-06-30")),
                entry("conclusion", "c-3", 5002, 11, data("healthGroup", 1, "concludedOn", "2026-10-01")),
                entry("disability", "d-1", 5000, 10, disability()),
                entry("disability", "d-2", 5001, 12, data("category", "group-3", "reason", "childhood",
                        "establishedOn", "2026-06-05")),
                entry("special-needs", "s-1", 5000, 10, specialNeeds()));
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
    }

    private static void write(ExtensionEntry... entries) throws SQLException {
        HealthExtension extension = new HealthExtension();
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
        return database.asReport(scope, sql);
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
        assertEquals(List.of(3, 2, 1), counts("region"));
        assertEquals(List.of(3, 2, 1), counts("authority:1"), "the ministry's tree");
        assertEquals(List.of(2, 1, 1), counts("authority:2"), "the school and the kindergarten, not the college");
        assertEquals(List.of(1, 1, 0), counts("organization:12"));
        assertEquals(List.of(0, 0, 0), counts(null), "no scope, nothing");
        assertEquals(List.of(0, 0, 0), counts(""), "an empty scope, nothing");
        assertEquals(List.of("10 2 II группа здоровья preparatory Подготовительная f 2026-09-15 2026-09-15 2027-08-31",
                "11 1 I группа здоровья f 2026-10-01 2026-10-01",
                "12 4 IV группа здоровья special-b Специальная «Б» t 2026-09-20 2026-09-20 2027-06-30"),
                read("region", "SELECT concat_ws(' ', organization_id, health_group, health_group_name, pe_group, pe_group_name,"
                        + " long_term_treatment, concluded_on, valid_from, valid_until) FROM report.health_conclusion"
                        + " ORDER BY organization_id"));
        assertEquals(List.of("8000 child-disabled Ребёнок-инвалид 2022-04-12 2032-03-02",
                "8001 group-3 III группа инвалидности childhood Инвалидность с детства 2026-06-05"),
                read("region", "SELECT concat_ws(' ', membership_id, category, category_name, reason, reason_name,"
                        + " established_on, valid_until) FROM report.health_disability ORDER BY membership_id"));
        assertEquals(List.of("mental-delay С задержкой психического развития t 7.2 2024-05-20"), read("organization:10",
                "SELECT concat_ws(' ', category, category_name, adapted_programme, programme_variant, concluded_on,"
                        + " valid_until) FROM report.health_special_needs"));
        assertEquals("5", read(null, "SELECT count(*) FROM report.health_dictionary WHERE dictionary = 'pe-group'").get(0),
                "the dictionaries are not scoped");
    }

    @Test
    void publishTheColumnsTheReadmeDocuments() throws SQLException {
        Map<String, String> documented = new LinkedHashMap<>();
        documented.put("health_conclusion", "id person_id organization_id membership_id health_group health_group_name"
                + " pe_group pe_group_name long_term_treatment concluded_on valid_from valid_until");
        documented.put("health_disability", "id person_id organization_id membership_id category category_name reason"
                + " reason_name established_on valid_until");
        documented.put("health_special_needs", "id person_id organization_id membership_id category category_name"
                + " adapted_programme programme_variant concluded_on valid_until");
        documented.put("health_dictionary", "dictionary code name sort_order");
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
        for (String table : List.of("health.conclusion", "health.disability", "health.special_needs",
                "health.dictionary_entry", "health.merge_move", "registry.person")) {
            SQLException denied = assertThrows(SQLException.class, () -> read("region", "SELECT count(*) FROM " + table), table);
            assertEquals("42501", denied.getSQLState(), table + ": " + denied.getMessage());
        }
        SQLException written = assertThrows(SQLException.class,
                () -> read("region", "WITH d AS (DELETE FROM report.health_dictionary RETURNING code) SELECT count(*) FROM d"));
        assertEquals("42501", written.getSQLState(), "the views are read only: " + written.getMessage());
        SQLException joined = assertThrows(SQLException.class,
                () -> read("region", "WITH d AS (DELETE FROM report.health_disability RETURNING id) SELECT count(*) FROM d"));
        assertEquals("55000", joined.getSQLState(), "a view of a join cannot be written at all: " + joined.getMessage());
        SQLException function = assertThrows(SQLException.class,
                () -> read("region", "SELECT * FROM health.learner_membership(5000, 10, '2026-09-01', NULL)"));
        assertEquals("42501", function.getSQLState(), function.getMessage());
    }

    @Test
    void moveTheReportDataVersionOnWrites() throws SQLException {
        long before = Long.parseLong(read(null, "SELECT report.data_version()").get(0));
        write(entry("special-needs", "s-9", 5002, 11, data("category", "speech", "concludedOn", "2026-03-01")));
        try {
            assertTrue(Long.parseLong(read(null, "SELECT report.data_version()").get(0)) > before,
                    "cached report results are not served after special needs are written");
        } finally {
            database.execute("DELETE FROM health.special_needs WHERE key = 's-9'");
        }
    }

    @Test
    void readAConclusionOnADayByItsIndexedPeriod() throws SQLException {
        String onDay = "SELECT string_agg(organization_id::text, ' ' ORDER BY organization_id) FROM report.health_conclusion"
                + " WHERE valid_from <= '%1$s' AND (valid_until IS NULL OR '%1$s' <= valid_until)";
        assertEquals(List.of("10 11 12"), read("region", onDay.formatted("2027-06-30")), "the college's holds on its last day");
        assertEquals(List.of("10 11"), read("region", onDay.formatted("2027-07-01")));
        assertEquals(List.of("10 12"), read("region", onDay.formatted("2026-09-30")), "the kindergarten's holds from 1 October");
    }
}
