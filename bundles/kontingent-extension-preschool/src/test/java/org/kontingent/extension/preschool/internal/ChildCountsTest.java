package org.kontingent.extension.preschool.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.registry.core.testing.ExtensionDatabase;

/**
 * The children counted by their enrollment (V5): on every day from 2023 to 2027, the counts of
 * {@code preschool.child_count} equal the preschool learners on the day counted directly by the
 * codes of their membership's latest enrollment recorded by the same kindergarten (none: "not
 * stated") — after enrollments are written, changed, moved to another membership, deleted and
 * truncated, and after the registry's memberships are added, ended and deleted and its periods
 * rebuilt. The published view shows the organizations of the scope only.
 */
class ChildCountsTest {
    private static ExtensionDatabase database;

    /** The children on each day by organization and codes, counted from the periods and the enrollments. */
    private static final String COUNTED = """
            SELECT day.d || ' ' || concat_ws('|', l.organization_id, e.age_group, e.stay_mode, e.group_type) || ' ' || count(*)
              FROM (SELECT d::date AS d FROM generate_series(date '2023-01-01', date '2027-12-31', interval '1 day') d) day
              JOIN registry.learner_period l ON l.level = 'preschool' AND l.starts_on <= day.d
                                             AND (l.ends_on IS NULL OR day.d < l.ends_on)
              LEFT JOIN LATERAL (SELECT e.age_group, e.stay_mode, e.group_type FROM preschool.enrollment e
                                  WHERE e.membership_id = l.membership_id AND e.organization_id = l.organization_id
                                  ORDER BY e.id DESC LIMIT 1) e ON TRUE
             GROUP BY day.d, l.organization_id, e.age_group, e.stay_mode, e.group_type
             ORDER BY 1""";

    /** The same, summed from the counts kept. */
    private static final String KEPT = """
            SELECT day.d || ' ' || concat_ws('|', c.organization_id, c.age_group, c.stay_mode, c.group_type) || ' '
                   || sum(c.children)
              FROM (SELECT d::date AS d FROM generate_series(date '2023-01-01', date '2027-12-31', interval '1 day') d) day
              JOIN preschool.child_count c ON c.starts_on <= day.d AND (c.ends_on IS NULL OR day.d < c.ends_on)
             GROUP BY day.d, c.organization_id, c.age_group, c.stay_mode, c.group_type
            HAVING sum(c.children) <> 0
             ORDER BY 1""";

    @BeforeAll
    static void region() throws Exception {
        database = PreschoolDatabase.start();
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    private static void assertCounted(String after) throws SQLException {
        assertEquals(database.column(COUNTED), database.column(KEPT), "the children after " + after);
    }

    private static void enroll(String key, long person, long organization, Long membership, String ageGroup, String stayMode,
            String groupType) throws SQLException {
        database.execute("INSERT INTO preschool.enrollment (source_id, key, person_id, organization_id, membership_id,"
                + " enrolled_on, stay_mode, group_type, age_group) VALUES (0, '" + key + "', " + person + ", " + organization
                + ", " + membership + ", '2024-09-01', '" + stayMode + "', '" + groupType + "', '" + ageGroup + "')");
    }

    @Test
    void theCountsEqualTheChildrenCountedOnEveryDay() throws SQLException {
        assertCounted("the migration: children without enrollments");
        assertFalse(database.column(KEPT).isEmpty());

        enroll("e1", 1000, 11, 5000L, "junior", "full-day", "general-developmental");
        enroll("e2", 1001, 11, 5001L, "senior", "short-stay", "compensating");
        enroll("e3", 1000, 11, 5000L, "middle", "full-day", "general-developmental");
        enroll("e4", 1004, 12, 5004L, "early", "extended-day", "combined");
        enroll("e5", 1004, 11, 5004L, "mixed-age", "round-the-clock", "family");
        enroll("e6", 1002, 11, null, "infant", "full-day", "general-developmental");
        assertCounted("enrollments, a later one of the same membership, one recorded by another kindergarten, one of no membership");

        database.execute("UPDATE preschool.enrollment SET stay_mode = 'shortened-day' WHERE key = 'e3'");
        database.execute("UPDATE preschool.enrollment SET membership_id = 5004, person_id = 1004, organization_id = 12"
                + " WHERE key = 'e2'");
        database.execute("DELETE FROM preschool.enrollment WHERE key = 'e4'");
        assertCounted("an enrollment changed, one moved to another child's membership, one deleted");

        database.execute("UPDATE registry.membership SET ends_on = '2026-12-20', leaving_reason_code = 'transfer' WHERE id = 5000");
        database.execute("""
                INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on) VALUES
                    (5010, 1002, 11, 'learner', '2026-11-01'), (5011, 1000, 12, 'learner', '2027-01-09')""");
        database.execute("UPDATE preschool.enrollment SET membership_id = 5010 WHERE key = 'e6'");
        assertCounted("a child leaving for another kindergarten and a child of the queue enrolled");
        database.execute("DELETE FROM registry.membership WHERE id = 5001");
        assertCounted("a membership deleted");

        database.execute("SELECT registry.learner_periods_rebuild()");
        assertCounted("the registry's periods rebuilt");
        database.execute("TRUNCATE preschool.enrollment");
        assertCounted("the enrollments truncated");

        assertEquals(List.of("12"), database.asReport("organization:12",
                "SELECT DISTINCT organization_id FROM report.preschool_child_count WHERE children > 0"),
                "the view within an organization's scope");
        assertEquals(List.of("11", "12"), database.asReport("region",
                "SELECT DISTINCT organization_id FROM report.preschool_child_count WHERE children > 0 ORDER BY 1"));
        assertEquals(List.of(), database.asReport(null, "SELECT organization_id FROM report.preschool_child_count"));
    }
}
