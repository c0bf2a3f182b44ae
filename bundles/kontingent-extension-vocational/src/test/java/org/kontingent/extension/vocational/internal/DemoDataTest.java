package org.kontingent.extension.vocational.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.core.testing.DemoDataContract;

/**
 * The vocational part of a demo region (the generated region of
 * {@code testing/demo-region.sql}: 900 students in courses 1–4, 150 graduates and 30 expelled of
 * last year, 50 pupils of a school), made as the demo loader makes it: a programme per placed
 * year, six marks a year ended, a diploma and an employment per graduate; consistent with the
 * extension's own rules, and the same for the same seed.
 */
class DemoDataTest extends DemoDataContract {
    DemoDataTest() {
        super(new VocationalExtension(), new VocationalDemoData());
    }

    @Override
    protected List<String> tables() {
        return List.of("programme", "mark", "diploma", "employment");
    }

    @Test
    void writesAProgrammePerPlacedYearMarksOfYearsEndedAndDiplomasAndEmploymentOfGraduates() throws SQLException {
        assertEquals(1755, count("SELECT count(*) FROM vocational.programme"),
                "900 this year, 675 of them last year too, 150 graduates and 30 expelled last year");
        assertEquals(0, count("SELECT count(*) FROM vocational.programme WHERE membership_id > 400000"), "no pupils");
        assertEquals(855 * 6, count("SELECT count(*) FROM vocational.mark"), "six marks for each programme of 2025-2026");
        assertEquals(0, count("SELECT count(*) FROM vocational.mark WHERE academic_year = '2026-2027'"),
                "the current year has no annual marks yet");
        assertEquals(150, count("SELECT count(*) FROM vocational.diploma"));
        assertEquals(150, count("SELECT count(*) FROM vocational.diploma WHERE issued_on = '2026-06-29'"
                + " AND membership_id BETWEEN 200001 AND 200150"));
        assertEquals(150, count("SELECT count(*) FROM vocational.employment"));
        assertEquals(1755 + 855 * 6 + 150 + 150, rows);
    }

    @Test
    void keepsTheExtensionsOwnRules() throws SQLException {
        assertEquals(0, count("SELECT count(*) FROM vocational.programme WHERE course > course_length"),
                "no course beyond the programme's length");
        assertEquals(0, count("SELECT count(*) FROM vocational.programme p WHERE (substr(p.specialty_code, 4, 2) = '01')"
                + " = (p.kind = 'mid-level-specialists')"), "professions for workers, specialties for mid-level specialists");
        assertEquals(0, count("SELECT count(*) FROM vocational.programme p LEFT JOIN vocational.dictionary_entry d"
                + " ON d.dictionary = 'specialty' AND d.code = p.specialty_code WHERE d.code IS NULL"));
        assertEquals(0, count("SELECT count(*) FROM (SELECT membership_id FROM vocational.programme"
                + " GROUP BY membership_id HAVING count(DISTINCT (kind, specialty_code, study_form_code)) > 1) m"),
                "one programme over the years of a membership");
        assertEquals(List.of("1|225", "2|225", "3|225", "4|225"), database.column("SELECT course || '|' || count(*)"
                + " FROM vocational.programme WHERE academic_year = '2026-2027' GROUP BY course ORDER BY course"),
                "the course of the placement");
        assertEquals(List.of("t"), database.column("SELECT count(DISTINCT specialty_code) BETWEEN 12 AND 36"
                + " FROM vocational.programme"), "each college teaches a few specialties and professions");
        assertEquals(List.of("mid-level-specialists", "skilled-workers", "vocational-training"), database.column(
                "SELECT DISTINCT kind FROM vocational.programme ORDER BY kind"));
        assertEquals(List.of("extramural", "full-time", "part-time"), database.column(
                "SELECT DISTINCT study_form_code FROM vocational.programme ORDER BY 1"));
        long employed = count("SELECT count(*) FROM vocational.employment WHERE actual_employer IS NOT NULL");
        long byContract = count("SELECT count(*) FROM vocational.employment WHERE contract_enterprise IS NOT NULL");
        assertTrue(employed > 70 && employed < 140 && byContract > 20 && byContract < employed, employed + " " + byContract);
        assertEquals(0, count("SELECT count(*) FROM vocational.employment WHERE employed_on > '2026-11-23'"));
        assertEquals(0, count("SELECT count(*) FROM vocational.mark WHERE mark_value IS NULL AND passed IS NULL"));
    }
}
