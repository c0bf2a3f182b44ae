package org.kontingent.registry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Subscribers to the learner periods (V22): a subscribed function hears, within the registry's
 * statement and after the periods are written, of the memberships whose periods were added, had
 * their person, organization, level, first day, end, sex or birth date changed, or were removed — and
 * of every period removed at once; not of changes beside them (placements, a person's other fields). A dropped function is passed over,
 * an unsubscribed one no longer called, and a role that runs reports cannot subscribe.
 */
class LearnerPeriodSubscribersTest {
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void region() throws Exception {
        postgres = SmallRegion.start();
        execute("""
                CREATE SCHEMA listener;
                CREATE TABLE listener.heard (n serial, memberships text, ends_on text);
                -- what it heard, and what report.learner showed it then of the lowest membership
                CREATE FUNCTION listener.heard(memberships bigint[]) RETURNS void LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM set_config('kontingent.report_scope', 'region', true);
                    INSERT INTO listener.heard (memberships, ends_on)
                    SELECT coalesce((SELECT string_agg(m::text, ',' ORDER BY m) FROM unnest(memberships) m), 'all'),
                           coalesce((SELECT l.ends_on::text FROM report.learner l
                                      WHERE l.membership_id = (SELECT min(m) FROM unnest(memberships) m)), '-');
                END
                $$;
                CREATE FUNCTION listener.failing(memberships bigint[]) RETURNS void LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'the subscriber refuses %', memberships;
                END
                $$;
                SELECT report.subscribe_to_learner_periods('listener', 'listener.heard(bigint[])');""");
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** What the subscriber heard since the last call, in order; forgotten after. */
    private static List<String> heard() throws SQLException {
        List<String> heard = new ArrayList<>();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT memberships, ends_on FROM listener.heard ORDER BY n")) {
            while (rs.next()) {
                heard.add(rs.getString(1) + " " + rs.getString(2));
            }
            s.execute("TRUNCATE listener.heard");
        }
        return heard;
    }

    @Test
    void aSubscriberHearsOfThePeriodsAStatementWrote() throws SQLException {
        execute("""
                INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on) VALUES
                    (9000, 1004, 11, 'learner', '2024-09-01'), (9001, 1003, 11, 'staff', '2024-09-01'),
                    (9002, 1002, 11, 'learner', '2024-09-01')""");
        assertEquals(List.of("9000,9002 -"), heard(), "the two learners inserted in one statement, not the staff");

        execute("UPDATE registry.membership SET ends_on = '2026-06-01', leaving_reason_code = 'transfer' WHERE id = 9000");
        assertEquals(List.of("9000 -", "9000 2026-06-01"), heard(),
                "ending a membership: its period written again (removed, then added with the end the view shows)");

        execute("UPDATE registry.person SET sex = 'F' WHERE id = 1004");
        assertEquals(List.of("5003,9000 -"), heard(), "a person's sex corrected: both their periods changed in place");
        execute("INSERT INTO registry.class_placement (membership_id, class_group_id, starts_on) VALUES (9002, 100, '2026-09-01')");
        execute("UPDATE registry.person SET phone = '+7 900 000-00-00' WHERE id = 1002");
        assertEquals(List.of(), heard(), "a placement and a person's phone change nothing a subscriber hears of");

        execute("DELETE FROM registry.membership WHERE id IN (9000, 9002)");
        assertEquals(List.of("9000,9002 -"), heard(), "deleted: no period any more");

        execute("SELECT registry.learner_periods_rebuild()");
        List<String> rebuilt = heard();
        assertEquals(2, rebuilt.size(), "a rebuild: every period removed, then all added");
        assertEquals("all -", rebuilt.get(0));
        assertTrue(rebuilt.get(1).startsWith("5000,5001,5002,5003 "), rebuilt.get(1));

        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.execute("SET LOCAL ROLE kontingent_report");
                s.execute("SELECT report.subscribe_to_learner_periods('reporter', 'listener.heard(bigint[])')");
            }
        });
        assertEquals("42501", refused.getSQLState(), "a role that runs reports cannot subscribe");

        execute("SELECT report.subscribe_to_learner_periods('listener-failing', 'listener.failing(bigint[])')");
        SQLException failed = assertThrows(SQLException.class,
                () -> execute("UPDATE registry.membership SET starts_on = '2022-09-02' WHERE id = 5000"));
        assertTrue(failed.getMessage().contains("the subscriber refuses {5000}"), failed.getMessage());
        assertEquals("2022-09-01", periodStart(5000), "a subscriber's error fails the registry's statement");
        heard();

        execute("DROP FUNCTION listener.failing(bigint[])");
        execute("UPDATE registry.membership SET starts_on = '2022-09-02' WHERE id = 5000");
        assertEquals(List.of("5000 -", "5000 -"), heard(), "a dropped subscriber's function is passed over");
        execute("SELECT report.unsubscribe_from_learner_periods('listener')");
        execute("UPDATE registry.membership SET starts_on = '2022-09-01' WHERE id = 5000");
        assertEquals(List.of(), heard(), "unsubscribed");
        assertEquals("2022-09-01", periodStart(5000));
    }

    private static String periodStart(long membership) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT starts_on FROM registry.learner_period WHERE membership_id = " + membership)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
