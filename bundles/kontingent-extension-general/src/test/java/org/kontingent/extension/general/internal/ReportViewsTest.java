package org.kontingent.extension.general.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
 * The published views report.mark, report.exam, report.certificate, report.general_programme,
 * report.general_application and report.general_dictionary, read as the report engine reads them:
 * under the role kontingent_report, in a transaction with kontingent.report_scope set. Region,
 * authority and organization scopes see what lies in them, no scope sees nothing, and the role
 * reads these views and nothing of schema general or registry.
 */
class ReportViewsTest extends ReportViewsContract {
    ReportViewsTest() {
        super(new GeneralExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        ExtensionDatabase database = GeneralDatabase.start();
        database.write(extension, List.of(
                entry(3, "mark", "m-1", 1000, 10L, data("academicYear", "2026-2027", "subject", "Математика", "period", "term-1",
                        "mark", "5")),
                entry(3, "mark", "m-2", 1000, 10L, data("academicYear", "2026-2027", "subject", "Физика", "period", "term-1",
                        "mark", "3")),
                entry(3, "mark", "m-3", 1002, 12L, data("academicYear", "2026-2027", "subject", "Математика", "period", "term-1",
                        "mark", "4")),
                entry(3, "exam", "e-1", 1001, 10L, data("kind", "oge", "subject", "Математика", "examDate", "2026-06-05", "score", 20,
                        "mark", 4, "passed", true)),
                entry(3, "exam", "e-2", 1001, null, data("kind", "ege", "subject", "Физика", "examDate", "2026-06-10", "score", 55,
                        "passed", true)),
                entry(3, "certificate", "c-1", 1001, 10L, data("kind", "basic-general", "number", "02224000123456",
                        "issuedOn", "2026-06-26")),
                entry(3, "programme", "p-1", 1004, 10L, data("level", "basic-general", "adapted", true)),
                entry(3, "application", "a-1", 1002, 12L, data("grade", 6, "registeredOn", "2026-05-15"))));
        return database;
    }

    @Override
    protected List<String> scopedViews() {
        return List.of("mark", "exam", "certificate", "general_programme", "general_application");
    }

    @Override
    protected Map<String, List<Integer>> countsByScope() {
        return inScopes("region", List.of(3, 2, 1, 1, 1), // with the exam sent without its school
                "authority:1", List.of(3, 1, 1, 1, 1), // the ministry's tree: the exam without a school is region-wide only
                "authority:2", List.of(2, 1, 1, 1, 0),
                "authority:3", List.of(1, 0, 0, 0, 1),
                "organization:10", List.of(2, 1, 1, 1, 0),
                "organization:12", List.of(1, 0, 0, 0, 1),
                "organization:11", List.of(0, 0, 0, 0, 0));
    }

    @Override
    protected void assertTheViewsShowTheRows() throws SQLException {
        assertEquals(List.of("Математика 1 четверть 5", "Физика 1 четверть 3"), read("organization:10",
                "SELECT subject || ' ' || period_name || ' ' || mark_value FROM report.mark ORDER BY subject"));
        assertEquals(List.of("ЕГЭ Физика 55.00 true", "ОГЭ Математика 20.00 true"), read("region",
                "SELECT kind_name || ' ' || subject || ' ' || score || ' ' || passed FROM report.exam ORDER BY kind_name"));
        assertTrue(Integer.parseInt(read(null, "SELECT count(*) FROM report.general_dictionary").get(0)) > 20,
                "the dictionaries are not scoped");
    }

    @Override
    protected Map<String, String> documentedColumns() {
        Map<String, String> documented = new LinkedHashMap<>();
        documented.put("mark", "id person_id organization_id membership_id academic_year subject subject_code period period_name"
                + " marked_on scale mark mark_value passed score");
        documented.put("exam", "id person_id organization_id membership_id kind kind_name academic_year subject subject_code"
                + " exam_date score mark_value passed");
        documented.put("certificate", "id person_id organization_id membership_id kind kind_name series number issued_on"
                + " with_honours");
        documented.put("general_programme", "id person_id organization_id membership_id level adapted study_form_code shift"
                + " starts_on");
        documented.put("general_application", "id person_id organization_id grade academic_year registered_on status");
        documented.put("general_dictionary", "dictionary code name sort_order");
        documented.put("result_count", "academic_year period organization_id lowest failed learners with_marks marks total");
        return documented;
    }

    @Override
    protected List<String> unreadableTables() {
        return List.of("general.mark", "general.exam", "general.certificate", "general.programme", "general.application",
                "general.dictionary_entry", "general.merge_move", "general.learner_marks", "general.result_count",
                "registry.person");
    }

    @Override
    protected String functionCall() {
        return "SELECT general.learner_membership(1000, 10, '2026-09-01', '2026-09-02')";
    }

    @Override
    protected ExtensionEntry entryMovingTheDataVersion() {
        return entry(3, "mark", "m-9", 1000, 10L, data("academicYear", "2026-2027", "subject", "Химия", "period", "term-1",
                "mark", "5"));
    }

    @Test
    @Override
    public void letTheReportRoleReadTheViewsAndNothingElse() throws SQLException {
        super.letTheReportRoleReadTheViewsAndNothingElse();
        for (String view : List.of("general_dictionary", "result_count")) {
            read("region", "SELECT count(*) FROM report." + view);
        }
    }
}
