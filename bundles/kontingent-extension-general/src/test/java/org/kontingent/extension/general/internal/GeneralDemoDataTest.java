package org.kontingent.extension.general.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.demo.internal.DemoRegionDatabase;

import org.kontingent.registry.core.testing.RegistryDatabase;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The general extension's part of a generated demo region of 3,000 learners as of 2026-11-23: the
 * marks of the periods that have ended, exams and certificates of the year before, programmes
 * and applications, consistent with the registry's classes, and the same again for the same seed.
 */
class GeneralDemoDataTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static EmbeddedPostgres postgres;
    private static long generated;

    @BeforeAll
    static void region() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            DemoRegionDatabase.load(c, 5, 3_000, TODAY);
            RegistryDatabase.migrateBundle(c, GeneralExtension.class);
            generated = DemoRegionDatabase.generate(c, new GeneralDemoData()).orElseThrow();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void everyRowIsCounted() throws SQLException {
        assertEquals(generated, count("SELECT (SELECT count(*) FROM general.mark) + (SELECT count(*) FROM general.exam)"
                + " + (SELECT count(*) FROM general.certificate) + (SELECT count(*) FROM general.programme)"
                + " + (SELECT count(*) FROM general.application)"));
    }

    @Test
    void marksAreGivenForThePeriodsThatHaveEndedInGradesTwoToEleven() throws SQLException {
        assertEquals(0, count("SELECT count(*) FROM general.mark m JOIN registry.class_placement cp"
                + " ON cp.membership_id = m.membership_id JOIN registry.class_group g ON g.id = cp.class_group_id"
                + " AND g.academic_year = m.academic_year WHERE g.grade = 1"), "no marks in grade 1");
        assertEquals("2025-2026 final|2025-2026 year|2026-2027 term-1", text("""
                SELECT string_agg(DISTINCT academic_year || ' ' || period, '|' ORDER BY academic_year || ' ' || period)
                  FROM general.mark"""), "the year before: its year and final marks; this year: the first term only");
        assertEquals(count("SELECT count(*) FROM general.mark WHERE academic_year = '2026-2027'"),
                5 * count("SELECT count(DISTINCT m.membership_id) FROM general.mark m WHERE academic_year = '2026-2027'"),
                "five subjects for every learner with marks");
        assertEquals(0, count("SELECT count(*) FROM general.mark m JOIN registry.membership r ON r.id = m.membership_id"
                + " WHERE r.person_id <> m.person_id OR r.organization_id <> m.organization_id"));
        long learners = count("SELECT count(DISTINCT membership_id) FROM general.mark WHERE period = 'term-1'");
        long excellent = count("SELECT count(*) FROM (SELECT membership_id FROM general.mark WHERE period = 'term-1'"
                + " GROUP BY membership_id HAVING min(mark_value) = 5) e");
        long failing = count("SELECT count(*) FROM (SELECT membership_id FROM general.mark WHERE period = 'term-1'"
                + " GROUP BY membership_id HAVING min(mark_value) = 2) f");
        assertTrue(excellent > learners / 30 && excellent < learners / 5, excellent + " excellent of " + learners);
        assertTrue(failing > 0 && failing < learners / 20, failing + " failing of " + learners);
    }

    @Test
    void examsAreTakenAfterGradesNineAndElevenAndCertificatesGoToThoseWhoPassedThemAll() throws SQLException {
        assertEquals("ege|oge", text("SELECT string_agg(DISTINCT kind, '|' ORDER BY kind) FROM general.exam"));
        assertEquals(0, count("SELECT count(*) FROM general.exam e JOIN registry.class_placement cp"
                + " ON cp.membership_id = e.membership_id JOIN registry.class_group g ON g.id = cp.class_group_id"
                + " AND g.academic_year = e.academic_year WHERE g.grade <> CASE e.kind WHEN 'oge' THEN 9 ELSE 11 END"));
        assertEquals(0, count("SELECT count(*) FROM general.exam WHERE kind = 'ege' AND subject NOT IN"
                + " ('russian-language', 'mathematics') AND person_id NOT IN (SELECT person_id FROM general.exam"
                + " WHERE subject = 'russian-language')"), "everyone takes Russian");
        long takers = count("SELECT count(DISTINCT membership_id) FROM general.exam");
        long failed = count("SELECT count(DISTINCT membership_id) FROM general.exam WHERE NOT passed");
        assertTrue(failed > 0 && failed < takers / 10, failed + " of " + takers + " failed an exam");
        assertEquals(takers - failed, count("SELECT count(*) FROM general.certificate"));
        assertEquals(0, count("SELECT count(*) FROM general.certificate c WHERE EXISTS (SELECT FROM general.exam e"
                + " WHERE e.membership_id = c.membership_id AND NOT e.passed)"));
        assertTrue(count("SELECT count(*) FROM general.certificate WHERE with_honours") > 0);
    }

    @Test
    void programmesAndApplicationsFollowTheMemberships() throws SQLException {
        assertEquals(count("SELECT count(*) FROM registry.learner_period WHERE level = 'general' AND first_class_group_id"
                + " IS NOT NULL"), count("SELECT count(*) FROM general.programme"));
        assertEquals(0, count("SELECT count(*) FROM general.programme p JOIN registry.class_placement cp"
                + " ON cp.membership_id = p.membership_id JOIN registry.class_group g ON g.id = cp.class_group_id"
                + " WHERE g.academic_year = '2026-2027' AND (g.grade <= 4) <> (p.level = 'primary-general')"));
        assertTrue(count("SELECT count(*) FROM general.application WHERE grade = 1 AND academic_year = '2026-2027'"
                + " AND registered_on BETWEEN '2026-04-01' AND '2026-06-30'") > 10);
    }

    @Test
    void theSameSeedGivesTheSameRows() throws SQLException {
        String before = fingerprint();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("TRUNCATE general.mark, general.exam, general.certificate, general.programme, general.application");
            s.execute("SELECT set_config('kontingent.report_scope', 'region', true)");
            assertEquals(generated, new GeneralDemoData().generate(c, 5, TODAY));
            assertEquals(before, fingerprint(c));
            c.rollback();
        }
        assertEquals(Optional.of(before), Optional.of(fingerprint()));
    }

    private static String fingerprint() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            return fingerprint(c);
        }
    }

    private static String fingerprint(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT md5((SELECT string_agg(key || mark, ',' ORDER BY key) FROM general.mark)
                           || (SELECT string_agg(key || coalesce(score::text, '') || coalesce(mark_value::text, ''), ','
                                                 ORDER BY key) FROM general.exam)
                           || (SELECT string_agg(key || number || with_honours, ',' ORDER BY key) FROM general.certificate)
                           || (SELECT string_agg(key || level || adapted || shift, ',' ORDER BY key) FROM general.programme))""")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private static String text(String sql) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
