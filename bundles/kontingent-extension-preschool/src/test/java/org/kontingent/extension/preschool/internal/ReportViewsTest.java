package org.kontingent.extension.preschool.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The published views report.preschool_enrollment, report.preschool_application,
 * report.preschool_free_places and report.preschool_dictionary, read as the report engine reads
 * them: under the role kontingent_report, in a transaction with kontingent.report_scope set.
 * Region, authority and organization scopes see what lies in them, no scope sees nothing, and the
 * role reads these views and nothing of schema preschool or registry.
 */
class ReportViewsTest extends ReportViewsContract {
    ReportViewsTest() {
        super(new PreschoolExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        ExtensionDatabase database = PreschoolDatabase.start();
        database.write(extension, List.of(
                entry(3, "enrollment", "e-1", 1000, 11L, data("enrolledOn", "2024-09-01", "stayMode", "full-day",
                        "groupType", "general-developmental", "ageGroup", "middle")),
                entry(3, "enrollment", "e-2", 1001, 11L, data("enrolledOn", "2023-09-01", "stayMode", "short-stay",
                        "groupType", "general-developmental", "ageGroup", "preparatory", "leavingGround", "parents-request")),
                entry(3, "enrollment", "e-3", 1004, 12L, data("enrolledOn", "2025-09-01", "stayMode", "full-day",
                        "groupType", "compensating", "ageGroup", "middle", "programme", "adapted")),
                entry(3, "application", "a-1", 1002, 11L, data("registeredOn", "2025-02-01", "birthDate", "2024-01-15",
                        "wantedDate", "2026-09-01", "preferentialCategory", "sibling")),
                entry(3, "application", "a-2", 1002, 12L, data("registeredOn", "2025-02-01", "birthDate", "2024-01-15",
                        "wantedDate", "2026-09-01", "alternatives", List.of(11))),
                entry(3, "application", "a-3", 1000, 12L, data("registeredOn", "2026-10-10", "birthDate", "2022-03-10",
                        "wantedDate", "2027-09-01", "status", "refused", "statusDate", "2026-11-01"))));
        return database;
    }

    @Override
    protected List<String> scopedViews() {
        return List.of("preschool_enrollment", "preschool_application", "preschool_free_places");
    }

    @Override
    protected Map<String, List<Integer>> countsByScope() {
        return inScopes("region", List.of(3, 3, 4), // enrollments, applications, free places' rows
                "authority:1", List.of(3, 3, 4),
                "authority:2", List.of(2, 1, 4),
                "authority:3", List.of(1, 2, 0),
                "organization:11", List.of(2, 1, 4),
                "organization:12", List.of(1, 2, 0),
                "organization:10", List.of(0, 0, 0));
    }

    @Override
    protected void assertTheViewsShowTheRows() throws SQLException {
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
        assertEquals(List.of("29"), read(null, "SELECT count(*) FROM report.preschool_dictionary"), "not scoped");
    }

    @Override
    protected Map<String, String> documentedColumns() {
        Map<String, String> documented = new LinkedHashMap<>();
        documented.put("preschool_enrollment", "id person_id organization_id membership_id enrolled_on order_number order_date"
                + " study_form_code programme programme_name adapted group_specifics stay_mode stay_mode_name"
                + " group_type group_type_name age_group age_group_name leaving_ground leaving_order_number"
                + " leaving_order_date");
        documented.put("preschool_application", "id person_id organization_id alternatives birth_date registered_on wanted_date"
                + " preferential_category preferential_category_name status status_name status_date");
        documented.put("preschool_free_places", "organization_id class_group_id academic_year group_name grade capacity day"
                + " placed free");
        documented.put("preschool_dictionary", "dictionary code name sort_order min_age max_age");
        return documented;
    }

    @Override
    protected List<String> unreadableTables() {
        return List.of("preschool.enrollment", "preschool.application", "preschool.dictionary_entry", "preschool.merge_move",
                "registry.person");
    }

    @Override
    protected String functionCall() {
        return "SELECT preschool.learner_birth_date(1000)";
    }

    @Override
    protected ExtensionEntry entryMovingTheDataVersion() {
        return entry(3, "application", "a-9", 1002, 11L, data("registeredOn", "2026-11-01", "birthDate", "2024-01-15",
                "wantedDate", "2027-09-01"));
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

}
