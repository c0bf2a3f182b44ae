package org.kontingent.extension.additional.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.core.testing.DemoDataContract;

/**
 * The additional education part of a demo region (the generated region of
 * {@code testing/demo-region.sql}: 800 schoolchildren in four organizations of additional
 * education, 266 of them since last year, 20 who left in February and 20 who graduated in June,
 * 5 coming after the day), made as the demo loader makes it: a programme per membership (and a
 * second one for some children of the centre, the next one for those who mastered a one-year
 * programme), the courses of the year ended and the documents of the programmes ended; every row
 * one the extension itself would take without a word, and the same for the same seed.
 */
class DemoDataTest extends DemoDataContract {
    DemoDataTest() {
        super(new AdditionalExtension(), new AdditionalDemoData());
    }

    @Override
    protected List<String> tables() {
        return List.of("programme", "course", "document");
    }

    /** A course's or a document's programme is joined by its id, which differs between two regions. */
    @Override
    protected List<String> columnsNotCompared() {
        return List.of("id", "updated_at", "programme_id");
    }

    @Test
    void writesAProgrammePerMembershipAndTheCoursesAndDocumentsOfWhatEnded() throws SQLException {
        assertEquals(840, count("SELECT count(*) FROM additional.programme WHERE key LIKE '%-1'"),
                "one first programme for each of the 800 children and the 40 leavers; none for the 5 coming later");
        assertEquals(0, count("SELECT count(*) FROM additional.programme WHERE membership_id <= 100800"
                + " OR person_id BETWEEN 300041 AND 300045"), "nothing for the school, nothing before the day");
        long parallel = count("SELECT count(*) FROM additional.programme WHERE key LIKE '%-2'");
        assertEquals(parallel, count("SELECT count(*) FROM additional.programme WHERE key LIKE '%-2' AND organization_id = 52"),
                "a second programme at once at the centre only");
        assertTrue(parallel > 20 && parallel < 70, "one in five of the centre's 210 children: " + parallel);
        assertEquals(0, count("SELECT count(*) FROM additional.programme a JOIN additional.programme b"
                + " ON b.membership_id = a.membership_id AND a.key LIKE '%-1' AND b.key LIKE '%-2'"
                + " WHERE a.orientation = b.orientation"), "the second programme is of another orientation");
        long next = count("SELECT count(*) FROM additional.programme WHERE key ~ '-[34]$'");
        assertEquals(next, count("SELECT count(*) FROM additional.programme n JOIN additional.programme p"
                + " ON p.key = regexp_replace(n.key, '-([34])$', '-' || (substr(n.key, length(n.key))::integer - 2))"
                + " WHERE n.key ~ '-[34]$' AND p.status = 'mastered' AND p.ends_on = make_date(date_part('year', p.ends_on)::integer, 6, 1)"
                + " AND n.starts_on = make_date(date_part('year', p.ends_on)::integer, 9, 1) AND n.orientation = p.orientation"),
                "the next programme follows a programme mastered on its planned end, from 1 September");
        assertTrue(next > 30, "most of the one-year programmes begun last year go on: " + next);

        assertEquals(20, count("SELECT count(*) FROM additional.programme WHERE person_id BETWEEN 300001 AND 300020"
                + " AND key LIKE '%-1'"));
        assertEquals(0, count("SELECT count(*) FROM additional.programme WHERE person_id BETWEEN 300001 AND 300020"
                + " AND NOT (ends_on = '2026-02-01' AND status = 'not-mastered')"), "those who left in February mastered nothing");
        assertEquals(0, count("SELECT count(*) FROM additional.programme WHERE person_id BETWEEN 300021 AND 300040"
                + " AND (ends_on IS NULL OR ends_on = '2026-06-01' AND status <> 'mastered')"),
                "the graduates mastered what they followed to the end");
        assertTrue(count("SELECT count(DISTINCT person_id) FROM additional.programme WHERE person_id BETWEEN 300021 AND 300040"
                + " AND ends_on = '2026-06-01'") > 15, "most graduates followed a programme to their last day");
        assertEquals(count("SELECT count(*) FROM additional.programme WHERE ends_on IS NOT NULL"),
                count("SELECT count(*) FROM additional.document"), "a document for each programme ended");
        assertEquals(0, count("SELECT count(*) FROM (SELECT programme_key, programme_id FROM additional.course UNION ALL"
                + " SELECT programme_key, programme_id FROM additional.document) r LEFT JOIN additional.programme p"
                + " ON p.id = r.programme_id WHERE p.key IS DISTINCT FROM r.programme_key"), "each joined to its programme");
        assertEquals(0, count("SELECT count(*) FROM additional.document d JOIN additional.programme p ON p.key = d.programme_key"
                + " WHERE d.issued_on <> p.ends_on - 1 OR d.kind <> CASE WHEN p.status = 'not-mastered' THEN 'study-certificate'"
                + " WHEN p.kind = 'pre-professional' THEN 'pre-professional-arts-certificate' ELSE 'training-certificate' END"),
                "a certificate of the programme or of training when mastered, else of study");
        assertEquals(count("SELECT count(*) FROM additional.programme WHERE starts_on < '2026-06-01'"
                + " AND (ends_on IS NULL OR ends_on > '2025-09-01')"),
                count("SELECT count(DISTINCT programme_key) FROM additional.course WHERE academic_year = '2025-2026'"),
                "the courses of each programme followed in 2025-2026");
        assertEquals(0, count("SELECT count(*) FROM additional.course WHERE academic_year = '2026-2027'"),
                "the current year has no results yet");
        assertEquals(0, count("SELECT count(*) FROM (SELECT programme_key, academic_year FROM additional.course"
                + " GROUP BY 1, 2 HAVING count(*) <> CASE WHEN min(course) IN ('Рисунок', 'Живопись', 'Композиция станковая',"
                + " 'Сольфеджио', 'Специальность и чтение с листа', 'Музыкальная литература', 'Хор') THEN 3 ELSE 1 END) x"),
                "three subjects a year of a pre-professional programme, one course of another");
        assertEquals(count("SELECT count(*) FROM additional.programme") + count("SELECT count(*) FROM additional.course")
                + count("SELECT count(*) FROM additional.document"), rows);
    }

    @Test
    void drawsTheOrientationFromTheOrganizationsType() throws SQLException {
        assertEquals(List.of("50 artistic general-developmental", "50 artistic pre-professional",
                "51 physical-culture-and-sport general-developmental", "53 technical general-developmental"),
                database.column("SELECT DISTINCT organization_id || ' ' || orientation || ' ' || kind FROM additional.programme"
                        + " WHERE organization_id <> 52 ORDER BY 1"));
        assertEquals(6, count("SELECT count(DISTINCT orientation) FROM additional.programme WHERE organization_id = 52"),
                "a centre teaches every orientation");
        long preProfessional = count("SELECT count(*) FROM additional.programme WHERE kind = 'pre-professional'");
        assertTrue(preProfessional > 50 && preProfessional < 120, "four in ten of the arts school's 210: " + preProfessional);
        assertEquals(preProfessional, count("SELECT count(*) FROM additional.programme WHERE federal_requirements IS NOT NULL"),
                "the federal requirements of each pre-professional programme, of no other");
        assertTrue(count("SELECT count(*) FROM additional.programme WHERE distance_technologies") > 0);
    }

    @Test
    void keepsTheExtensionsOwnRules() throws SQLException {
        assertEveryRowIsAnEntryTheExtensionTakes(List.of("""
                SELECT key, person_id, organization_id, name, kind, orientation, adapted,
                       distance_technologies AS "distanceTechnologies", federal_requirements AS "federalRequirements",
                       hours, years, study_form_code AS "studyForm", starts_on AS "startsOn", ends_on AS "endsOn", status,
                       mark, 'programme' AS entity
                  FROM additional.programme ORDER BY key""", """
                SELECT key, person_id, organization_id, programme_key AS programme, academic_year AS "academicYear",
                       course, status, mark, 'course' AS entity
                  FROM additional.course ORDER BY key""", """
                SELECT key, person_id, organization_id, kind, series, number, issued_on AS "issuedOn",
                       programme_key AS programme, 'document' AS entity
                  FROM additional.document ORDER BY key"""));
    }

    @Test
    void analyzesTheTablesItWrites() throws SQLException {
        assertTheTablesAreAnalyzed();
    }
}
