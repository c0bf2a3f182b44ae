package org.kontingent.extension.additional.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
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
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;

/**
 * The additional education part of a demo region (the generated region of
 * {@code testing/demo-region.sql}: 800 schoolchildren in four organizations of additional
 * education, 266 of them since last year, 20 who left in February and 20 who graduated in June,
 * 5 coming after the day), made as the demo loader makes it: a programme per membership (and a
 * second one for some children of the centre, the next one for those who mastered a one-year
 * programme), the courses of the year ended and the documents of the programmes ended; every row
 * one the extension itself would take without a word, and the same for the same seed.
 */
class DemoDataTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final long SEED = 42;
    private static AdditionalDatabase database;
    private static AdditionalDatabase again;
    private static long rows;

    @BeforeAll
    static void start() throws Exception {
        database = region();
        rows = generate(database, SEED);
        again = region();
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
        again.close();
    }

    static AdditionalDatabase region() throws Exception {
        AdditionalDatabase region = AdditionalDatabase.migrated();
        try (InputStream in = DemoDataTest.class.getResourceAsStream("/org/kontingent/extension/additional/testing/demo-region.sql")) {
            region.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        return region;
    }

    /** Generates in a transaction of its own under the region's scope, as the demo loader does. */
    static long generate(AdditionalDatabase region, long seed) throws SQLException {
        try (Connection c = region.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT set_config('kontingent.report_scope', 'region', true)");
            }
            long written = new AdditionalDemoData().generate(c, seed, TODAY);
            c.commit();
            return written;
        }
    }

    /** Every generated row of every table, as text, in key order (ids apart): what the same seed must give again. */
    private static List<String> content(AdditionalDatabase region) throws SQLException {
        return region.column("""
                SELECT key || ' ' || (r - 'id' - 'updated_at' - 'programme_id')::text FROM (
                    SELECT key, to_jsonb(p) AS r FROM additional.programme p UNION ALL
                    SELECT key, to_jsonb(c) FROM additional.course c UNION ALL
                    SELECT key, to_jsonb(d) FROM additional.document d) x ORDER BY key""");
    }

    private static long count(String sql) throws SQLException {
        return database.count(sql);
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

    /** Every generated row, read back into an entry of the extension's own. */
    private static List<Map<String, Object>> generated(Connection c, String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    if (value != null) {
                        row.put(meta.getColumnLabel(i), value instanceof java.sql.Date d ? d.toString() : value);
                    }
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void keepsTheExtensionsOwnRules() throws SQLException {
        AdditionalExtension extension = new AdditionalExtension();
        int written = 0;
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                for (String sql : List.of("""
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
                          FROM additional.document ORDER BY key""")) {
                    for (Map<String, Object> row : generated(c, sql)) {
                        String key = (String) row.remove("key");
                        long person = ((Number) row.remove("person_id")).longValue();
                        long organization = ((Number) row.remove("organization_id")).longValue();
                        String entity = (String) row.remove("entity");
                        Written outcome;
                        try {
                            outcome = extension.write(c, new ExtensionEntry(99, key, entity, person, organization, row, TODAY));
                        } catch (InvalidRecordException e) {
                            throw new AssertionError(key + " " + row + ": " + e.violations(), e);
                        }
                        assertEquals(List.of(), outcome.notices(), key + " " + row);
                        written++;
                    }
                }
            } finally {
                c.rollback();
            }
        }
        assertEquals(rows, written, "every row generated");
    }

    @Test
    void analyzesTheTablesItWrites() throws SQLException {
        for (String table : List.of("programme", "course", "document")) {
            assertEquals(count("SELECT count(*) FROM additional." + table), count("SELECT reltuples::bigint FROM pg_class"
                    + " WHERE oid = 'additional." + table + "'::regclass"), table + " is analyzed");
        }
    }

    @Test
    void givesTheSameRowsForTheSameSeedAndOthersForAnother() throws Exception {
        assertEquals(rows, generate(again, SEED));
        List<String> first = content(database);
        assertEquals(first, content(again));
        again.execute("TRUNCATE additional.programme, additional.course, additional.document");
        generate(again, SEED + 1);
        assertNotEquals(first, content(again));
    }
}
