package org.kontingent.extension.additional.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.extension.additional.internal.Entries.application;
import static org.kontingent.extension.additional.internal.Entries.course;
import static org.kontingent.extension.additional.internal.Entries.document;
import static org.kontingent.extension.additional.internal.Entries.mastered;
import static org.kontingent.extension.additional.internal.Entries.programme;
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
 * The published views report.additional_*, read as the report engine reads them: under the role
 * kontingent_report, in a transaction with kontingent.report_scope set. Region, authority and
 * organization scopes see what lies in them, no scope sees nothing, the role reads these views and
 * nothing of schema additional or registry, and a course or a document joins its programme
 * whichever came first.
 */
class ReportViewsTest extends ReportViewsContract {
    ReportViewsTest() {
        super(new AdditionalExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        ExtensionDatabase database = AdditionalDatabase.start();
        database.write(extension, List.of(entry(3, "programme", "pr-1", 3000, 30L, programme()),
                entry(3, "programme", "pr-2", 3001, 31L, mastered()),
                entry(3, "course", "c-1", 3000, 30L, course()),
                entry(3, "document", "d-1", 3001, 31L, document()),
                entry(3, "application", "a-1", 3004, 31L, application())));
        return database;
    }

    @Override
    protected List<String> scopedViews() {
        return List.of("additional_programme", "additional_course", "additional_document", "additional_application");
    }

    @Override
    protected Map<String, List<Integer>> countsByScope() {
        return inScopes("region", List.of(2, 1, 1, 1),
                "authority:1", List.of(2, 1, 1, 1), // the ministry's tree
                "authority:2", List.of(1, 0, 1, 1), // the centre 31 and the school
                "organization:30", List.of(1, 1, 0, 0),
                "organization:10", List.of(0, 0, 0, 0));
    }

    @Override
    protected void assertTheViewsShowTheRows() throws SQLException {
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

    @Override
    protected Map<String, String> documentedColumns() {
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
        return documented;
    }

    @Override
    protected List<String> unreadableTables() {
        return List.of("additional.programme", "additional.course", "additional.document", "additional.application",
                "additional.dictionary_entry", "additional.merge_move", "registry.person");
    }

    @Override
    protected String functionCall() {
        return "SELECT additional.learner_membership(3000, 30, '2026-09-01', '2026-09-02')";
    }

    @Override
    protected ExtensionEntry entryMovingTheDataVersion() {
        return entry(3, "application", "a-9", 3000, 30L, application());
    }

    @Test
    void joinACourseOrADocumentToItsProgrammeWhicheverCameFirst() throws SQLException {
        database.write(extension, List.of(
                entry(3, "course", "early-c", 3000, 30L, data("programme", "pr-late", "academicYear", "2025-2026",
                        "course", "Хор")),
                entry(3, "document", "early-d", 3000, 30L, data("kind", "study-certificate", "number", "5",
                        "issuedOn", "2026-05-31", "programme", "pr-late"))));
        String sql = "SELECT count(programme_id) FROM (SELECT programme_id FROM report.additional_course WHERE course = 'Хор'"
                + " UNION ALL SELECT programme_id FROM report.additional_document WHERE number = '5') x";
        assertEquals(List.of("0"), read("region", sql), "the programme is not there yet");
        database.write(extension, List.of(entry(3, "programme", "pr-late", 3000, 30L, data("name", "Хоровое пение",
                "kind", "pre-professional", "orientation", "artistic", "startsOn", "2025-09-01"))));
        assertEquals(List.of("2"), read("region", sql), "joined once the programme came");
        database.write(extension, List.of(
                entry(3, "programme", "pr-other", 3001, 31L, data("name", "Хоровое пение", "kind", "general-developmental",
                        "orientation", "artistic", "startsOn", "2025-09-01")),
                entry(3, "course", "other-c", 3000, 30L, data("programme", "pr-other", "academicYear", "2025-2026",
                        "course", "Вокал"))));
        assertEquals(List.of("0"), read("region", "SELECT count(programme_id) FROM report.additional_course"
                + " WHERE course = 'Вокал'"), "another person's programme is not joined");
        database.execute("DELETE FROM additional.course WHERE key IN ('early-c', 'other-c');"
                + " DELETE FROM additional.document WHERE key = 'early-d';"
                + " DELETE FROM additional.programme WHERE key IN ('pr-late', 'pr-other')");
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
