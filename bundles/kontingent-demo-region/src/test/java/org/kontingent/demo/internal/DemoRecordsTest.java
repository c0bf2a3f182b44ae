package org.kontingent.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.kontingent.registry.api.extension.DemoData;
import org.kontingent.registry.core.testing.RegistryDatabase;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Extensions' parts of a demo region: generated on the region's seed and day under the region
 * scope, once per database, whole or not at all, and only where a demo region was loaded.
 */
class DemoRecordsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static EmbeddedPostgres postgres;

    /** Writes a row per learner period it can see, with the seed and day it was given, into a table of its own. */
    private record CountingExtension(String id, boolean fails) implements DemoData {
        @Override
        public long generate(Connection connection, long seed, LocalDate today) throws SQLException {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS public." + id + " (membership_id bigint, seed bigint, today date)");
                long rows = s.executeUpdate("INSERT INTO public." + id + " SELECT membership_id, " + seed + ", DATE '" + today
                        + "' FROM report.learner");
                if (fails) {
                    throw new SQLException("the extension failed");
                }
                return rows;
            }
        }
    }

    @BeforeAll
    static void region() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            DemoRegionDatabase.load(c, 11, 1_000, TODAY);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void anExtensionsPartIsGeneratedOnceOnTheRegionsSeedAndDayUnderTheRegionScope() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            long learners = count(c, "SELECT count(*) FROM registry.learner_period");
            assertTrue(learners > 1_000, learners + " learner periods");
            assertEquals(Optional.of(learners), DemoRegionDatabase.generate(c, new CountingExtension("marks", false)));
            assertEquals(learners, count(c, "SELECT count(*) FROM public.marks WHERE seed = 11 AND today = '2026-11-23'"));
            assertEquals(Optional.empty(), DemoRegionDatabase.generate(c, new CountingExtension("marks", false)),
                    "generated before");
            assertEquals(learners, count(c, "SELECT count(*) FROM public.marks"));
            assertEquals(learners, count(c, "SELECT rows FROM demo.extension_data WHERE extension_id = 'marks'"));
            assertTrue(c.getAutoCommit());
        }
    }

    @Test
    void aFailedPartLeavesNothingAndIsTriedAgainNextTime() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            assertThrows(SQLException.class, () -> DemoRegionDatabase.generate(c, new CountingExtension("exams", true)));
            assertEquals(0, count(c, "SELECT count(*) FROM pg_tables WHERE tablename = 'exams'"), "rolled back");
            assertEquals(0, count(c, "SELECT count(*) FROM demo.extension_data WHERE extension_id = 'exams'"));
            assertTrue(c.getAutoCommit());
            assertTrue(DemoRegionDatabase.generate(c, new CountingExtension("exams", false)).isPresent());
        }
    }

    @Test
    void withoutADemoRegionNothingIsGenerated() throws Exception {
        try (EmbeddedPostgres empty = EmbeddedPostgres.builder().start();
             Connection c = empty.getPostgresDatabase().getConnection()) {
            RegistryDatabase.migrate(c);
            DemoRegionDatabase.migrate(c);
            assertEquals(Optional.empty(), DemoRegionDatabase.generate(c, new CountingExtension("marks", false)));
            assertEquals(0, count(c, "SELECT count(*) FROM demo.extension_data"));
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
