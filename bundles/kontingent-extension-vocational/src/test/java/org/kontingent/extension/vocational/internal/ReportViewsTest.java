package org.kontingent.extension.vocational.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.extension.vocational.internal.Entries.application;
import static org.kontingent.extension.vocational.internal.Entries.courseTransfer;
import static org.kontingent.extension.vocational.internal.Entries.diploma;
import static org.kontingent.extension.vocational.internal.Entries.employerProject;
import static org.kontingent.extension.vocational.internal.Entries.employment;
import static org.kontingent.extension.vocational.internal.Entries.mark;
import static org.kontingent.extension.vocational.internal.Entries.programme;
import static org.kontingent.registry.core.testing.EntryData.data;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.ReportViewsContract;

/**
 * The published views report.vocational_*, read as the report engine reads them: under the role
 * kontingent_report, in a transaction with kontingent.report_scope set. Region, authority and
 * organization scopes see what lies in them, no scope sees nothing, and the role reads these
 * views and nothing of schema vocational or registry.
 */
class ReportViewsTest extends ReportViewsContract {
    ReportViewsTest() {
        super(new VocationalExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        ExtensionDatabase database = VocationalDatabase.start();
        database.write(extension, List.of(entry(3, "programme", "p-1", 2000, 20L, programme()),
                entry(3, "programme", "p-2", 2002, 21L, data("kind", "skilled-workers", "specialty", "43.01.09",
                        "academicYear", "2026-2027", "course", 1)),
                entry(3, "course-transfer", "t-1", 2000, 20L, courseTransfer()),
                entry(3, "mark", "m-1", 2000, 20L, mark()),
                entry(3, "diploma", "d-1", 2001, 20L, diploma()),
                entry(3, "employer-project", "ep-1", 2000, 20L, employerProject()),
                entry(3, "employment", "e-1", 2001, 20L, employment()),
                entry(3, "application", "a-1", 2004, 21L, application())));
        return database;
    }

    @Override
    protected List<String> scopedViews() {
        return List.of("vocational_programme", "vocational_course_transfer", "vocational_mark", "vocational_diploma",
                "vocational_employer_project", "vocational_employment", "vocational_application");
    }

    @Override
    protected Map<String, List<Integer>> countsByScope() {
        return inScopes("region", List.of(2, 1, 1, 1, 1, 1, 1),
                "authority:1", List.of(2, 1, 1, 1, 1, 1, 1), // the ministry's tree
                "authority:2", List.of(1, 0, 0, 0, 0, 0, 1), // the technical school 21 and the school
                "organization:20", List.of(1, 1, 1, 1, 1, 1, 0),
                "organization:10", List.of(0, 0, 0, 0, 0, 0, 0));
    }

    @Override
    protected void assertTheViewsShowTheRows() throws SQLException {
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

    @Override
    protected Map<String, String> documentedColumns() {
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
        return documented;
    }

    @Override
    protected List<String> unreadableTables() {
        return List.of("vocational.programme", "vocational.mark", "vocational.diploma", "vocational.employment",
                "vocational.dictionary_entry", "vocational.merge_move", "registry.person");
    }

    @Override
    protected String functionCall() {
        return "SELECT vocational.learner_membership(2000, 20, '2026-09-01', '2026-09-02')";
    }

    @Override
    protected ExtensionEntry entryMovingTheDataVersion() {
        return entry(3, "employment", "e-9", 2000, 20L, data("individualPlan", true));
    }
}
