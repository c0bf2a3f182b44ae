package org.kontingent.extension.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kontingent.extension.health.internal.Entries.conclusion;
import static org.kontingent.extension.health.internal.Entries.disability;
import static org.kontingent.extension.health.internal.Entries.specialNeeds;
import static org.kontingent.registry.core.testing.EntryData.data;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.ReportViewsContract;

/**
 * The published views report.health_*, read as the report engine reads them: under the role
 * kontingent_report, in a transaction with kontingent.report_scope set. Region, authority and
 * organization scopes see what lies in them, no scope sees nothing, the role reads these views and
 * nothing of schema health or registry, and the views leave out what a count does not need (the
 * issuer, the certificate, the commission and its number).
 */
class ReportViewsTest extends ReportViewsContract {
    ReportViewsTest() {
        super(new HealthExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        ExtensionDatabase database = HealthDatabase.start();
        database.write(extension, List.of(entry(3, "conclusion", "c-1", 5000, 10L, conclusion()),
                entry(3, "conclusion", "c-2", 5001, 12L, data("healthGroup", 4, "peGroup", "special-b", "longTermTreatment", true,
                        "concludedOn", "2026-09-20", "validUntil", "2027-06-30")),
                entry(3, "conclusion", "c-3", 5002, 11L, data("healthGroup", 1, "concludedOn", "2026-10-01")),
                entry(3, "disability", "d-1", 5000, 10L, disability()),
                entry(3, "disability", "d-2", 5001, 12L, data("category", "group-3", "reason", "childhood",
                        "establishedOn", "2026-06-05")),
                entry(3, "special-needs", "s-1", 5000, 10L, specialNeeds())));
        return database;
    }

    @Override
    protected List<String> scopedViews() {
        return List.of("health_conclusion", "health_disability", "health_special_needs");
    }

    @Override
    protected Map<String, List<Integer>> countsByScope() {
        return inScopes("region", List.of(3, 2, 1),
                "authority:1", List.of(3, 2, 1), // the ministry's tree
                "authority:2", List.of(2, 1, 1), // the school and the kindergarten, not the college
                "organization:12", List.of(1, 1, 0));
    }

    @Override
    protected void assertTheViewsShowTheRows() throws SQLException {
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

    @Override
    protected Map<String, String> documentedColumns() {
        Map<String, String> documented = new LinkedHashMap<>();
        documented.put("health_conclusion", "id person_id organization_id membership_id health_group health_group_name"
                + " pe_group pe_group_name long_term_treatment concluded_on valid_from valid_until");
        documented.put("health_disability", "id person_id organization_id membership_id category category_name reason"
                + " reason_name established_on valid_until");
        documented.put("health_special_needs", "id person_id organization_id membership_id category category_name"
                + " adapted_programme programme_variant concluded_on valid_until");
        documented.put("health_dictionary", "dictionary code name sort_order");
        return documented;
    }

    @Override
    protected List<String> unreadableTables() {
        return List.of("health.conclusion", "health.disability", "health.special_needs", "health.dictionary_entry",
                "health.merge_move", "registry.person");
    }

    @Override
    protected String functionCall() {
        return "SELECT * FROM health.learner_membership(5000, 10, '2026-09-01', NULL)";
    }

    @Override
    protected ExtensionEntry entryMovingTheDataVersion() {
        return entry(3, "special-needs", "s-9", 5002, 11L, data("category", "speech", "concludedOn", "2026-03-01"));
    }

    @Test
    void readAConclusionOnADayByItsIndexedPeriod() throws SQLException {
        String onDay = "SELECT string_agg(organization_id::text, ' ' ORDER BY organization_id) FROM report.health_conclusion"
                + " WHERE valid_from <= '%1$s' AND (valid_until IS NULL OR '%1$s' <= valid_until)";
        assertEquals(List.of("10 11 12"), read("region", onDay.formatted("2027-06-30")), "the college's holds on its last day");
        assertEquals(List.of("10 11"), read("region", onDay.formatted("2027-07-01")));
        assertEquals(List.of("10 12"), read("region", onDay.formatted("2026-09-30")), "the kindergarten's holds from 1 October");
    }

    @Test
    @Override
    public void letTheReportRoleReadTheViewsAndNothingElse() throws SQLException {
        super.letTheReportRoleReadTheViewsAndNothingElse();
        SQLException joined = assertThrows(SQLException.class,
                () -> read("region", "WITH d AS (DELETE FROM report.health_disability RETURNING id) SELECT count(*) FROM d"));
        assertEquals("55000", joined.getSQLState(), "a view of a join cannot be written at all: " + joined.getMessage());
    }
}
