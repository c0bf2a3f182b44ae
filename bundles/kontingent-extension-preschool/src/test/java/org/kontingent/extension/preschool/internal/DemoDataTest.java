package org.kontingent.extension.preschool.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
 * The extension's part of a generated demo region (the demo bundle's generator and COPY loader, a
 * region of 3,000 learners, then this bundle's migrations, as the platform does when the extension
 * arrives after the region): an enrollment for every preschool membership, consistent with the
 * registry as the extension's own checks would have it, the admission behind each, a queue of
 * children who exist, and the same rows for the same seed and day.
 */
class DemoDataTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final long SEED = 7;
    private static EmbeddedPostgres postgres;
    private static long generated;

    @BeforeAll
    static void loadRegion() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            DemoRegionDatabase.load(c, SEED, 3_000, TODAY);
            RegistryDatabase.migrateBundle(c, PreschoolExtension.class);
            generated = DemoRegionDatabase.generate(c, new PreschoolDemoData()).orElseThrow();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static final String PRESCHOOL_MEMBERSHIPS = "SELECT count(*) FROM registry.learner_period WHERE level = 'preschool'";

    @Test
    void enrollsEveryPreschoolMembershipAsTheExtensionsChecksWouldHaveIt() throws SQLException {
        long memberships = count(PRESCHOOL_MEMBERSHIPS);
        assertTrue(memberships > 500, memberships + " preschool memberships");
        assertEquals(memberships, count("SELECT count(*) FROM preschool.enrollment e JOIN registry.learner_period l"
                + " ON l.membership_id = e.membership_id AND l.person_id = e.person_id AND l.organization_id = e.organization_id"
                + " AND l.starts_on = e.enrolled_on WHERE e.source_id = 0"));
        assertEquals(0, count("SELECT count(*) FROM preschool.enrollment e JOIN registry.learner_period l"
                + " ON l.membership_id = e.membership_id JOIN preschool.dictionary_entry a ON a.dictionary = 'age-group'"
                + " AND a.code = e.age_group WHERE extract(year FROM age(DATE '2026-11-23', l.birth_date))"
                + " NOT BETWEEN a.min_age AND a.max_age"), "no child in an age group not for their age (notice preschool.age-group)");
        assertEquals(0, count("SELECT count(*) FROM preschool.enrollment WHERE (programme = 'adapted') <> adapted"
                + " OR (group_type = 'compensating' AND programme <> 'adapted')"
                + " OR (group_specifics IS NOT NULL) <> (group_type IN ('compensating', 'combined'))"),
                "an adapted programme in every compensating group, specifics in compensating and combined groups only");
        for (String column : new String[] {"stay_mode", "group_type", "age_group", "programme"}) {
            assertTrue(count("SELECT count(DISTINCT " + column + ") FROM preschool.enrollment") >= 3, column + " varies");
        }
        assertEquals(0, count("""
                SELECT count(*) FROM (
                    SELECT last.class_group_id
                      FROM preschool.enrollment e
                      JOIN LATERAL (SELECT p.class_group_id FROM registry.class_placement p WHERE p.membership_id = e.membership_id
                                     ORDER BY p.starts_on DESC LIMIT 1) last ON TRUE
                     GROUP BY last.class_group_id
                    HAVING count(DISTINCT (e.stay_mode, e.group_type)) > 1) mixed"""),
                "the children of a group share its stay mode and type");
    }

    @Test
    void givesEveryMembershipItsAdmissionAndTheRegionAQueueOfChildrenWhoExist() throws SQLException {
        long memberships = count(PRESCHOOL_MEMBERSHIPS);
        assertEquals(memberships, count("SELECT count(*) FROM preschool.application WHERE key LIKE 'demo:admission:%'"
                + " AND status = 'enrolled'"));
        long queued = count("SELECT count(*) FROM preschool.application WHERE key LIKE 'demo:queue:%'");
        long waiting = count("SELECT count(*) FROM preschool.application WHERE key LIKE 'demo:queue:%' AND status = 'waiting'");
        long attending = count("SELECT count(*) FROM registry.learner_period WHERE level = 'preschool'"
                + " AND starts_on <= DATE '2026-11-23' AND (ends_on IS NULL OR ends_on > DATE '2026-11-23')");
        assertTrue(waiting > attending * 3 / 100 && waiting < attending * 12 / 100, waiting + " waiting, " + attending
                + " attending");
        assertTrue(waiting > queued * 6 / 10 && waiting < queued * 95 / 100, waiting + " of " + queued + " waiting");
        assertEquals(0, count("SELECT count(*) FROM preschool.application a WHERE NOT EXISTS"
                + " (SELECT FROM registry.person p WHERE p.id = a.person_id)"), "children who exist");
        assertEquals(0, count("SELECT count(*) FROM preschool.application a JOIN registry.learner_period l"
                + " ON l.person_id = a.person_id AND l.organization_id = a.organization_id"
                + " WHERE a.key LIKE 'demo:queue:%' AND l.starts_on <= DATE '2026-11-23'"
                + " AND (l.ends_on IS NULL OR l.ends_on > DATE '2026-11-23')"), "a transfer wanted is to another kindergarten");
        assertEquals(0, count("SELECT count(*) FROM preschool.application a JOIN registry.learner_period l"
                + " ON l.person_id = a.person_id WHERE l.birth_date <> a.birth_date"), "no notice preschool.birth-date-differs");
        assertEquals(0, count("SELECT count(*) FROM preschool.application a, unnest(a.organization_id || a.alternatives) o"
                + " JOIN registry.organization_level ol ON ol.id = o WHERE ol.level <> 'preschool'"),
                "no notice preschool.not-preschool-organization");
        assertTrue(count("SELECT count(*) FROM preschool.application WHERE cardinality(alternatives) = 1") > 0);
        assertTrue(count("SELECT count(*) FROM preschool.application WHERE preferential_category IS NOT NULL") > 0);
        assertEquals(count("SELECT count(*) FROM preschool.enrollment") + count("SELECT count(*) FROM preschool.application"),
                generated, "the rows written");
    }

    /** The demo rows' content, ids and times aside. */
    private static String digest(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT md5(string_agg(r, E'\\n' ORDER BY r)) FROM (
                    SELECT (e.*)::text AS r FROM (SELECT source_id, key, person_id, organization_id, membership_id,
                            enrolled_on, order_number, order_date, study_form_code, programme, adapted, group_specifics,
                            stay_mode, group_type, age_group, leaving_ground, leaving_order_number, leaving_order_date
                            FROM preschool.enrollment) e
                    UNION ALL
                    SELECT (a.*)::text FROM (SELECT source_id, key, person_id, organization_id, alternatives, birth_date,
                            registered_on, wanted_date, preferential_category, status, status_date
                            FROM preschool.application) a) rows""")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long regenerate(Connection c, long seed) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM preschool.enrollment; DELETE FROM preschool.application");
            s.execute("SELECT set_config('kontingent.report_scope', 'region', true)");
        }
        return new PreschoolDemoData().generate(c, seed, TODAY);
    }

    @Test
    void givesTheSameRowsForTheSameSeedAndOthersForAnother() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            assertEquals(Optional.empty(), DemoRegionDatabase.generate(c, new PreschoolDemoData()), "generated once only");
            c.setAutoCommit(false);
            try {
                String first = digest(c);
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT set_config('kontingent.report_scope', 'region', true)");
                }
                assertEquals(0, new PreschoolDemoData().generate(c, SEED, TODAY), "generating again adds nothing");
                assertEquals(generated, regenerate(c, SEED));
                assertEquals(first, digest(c), "the same rows for the same seed");
                regenerate(c, SEED + 1);
                assertNotEquals(first, digest(c), "other rows for another seed");
            } finally {
                c.rollback();
            }
        }
    }
}
