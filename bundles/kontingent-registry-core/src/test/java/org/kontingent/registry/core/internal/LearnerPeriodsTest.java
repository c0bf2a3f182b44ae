package org.kontingent.registry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * {@code registry.learner_period}, the narrow copy of learner memberships the reports count over:
 * filled by the migration, and kept by the triggers through inserts (single and many rows),
 * updates, deletes and truncation of memberships, corrections of a person's sex and birth date,
 * and organizations or types moving to another level; each period knows the level it counts at
 * and the person's period at that level before it. Staff memberships never appear in it. After
 * every change the table equals what the registry's tables say, computed here independently, and
 * the counts of {@code registry.learner_count} and {@code registry.arrival_count} equal the periods counted.
 */
class LearnerPeriodsTest {
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void region() throws Exception {
        postgres = SmallRegion.start();
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

    /** Every period and every learner membership, as the same text: they must always be equal. */
    private static List<List<String>> periodsAndMemberships() throws SQLException {
        return List.of(rows("""
                SELECT concat_ws('|', membership_id, person_id, organization_id, level, starts_on, ends_on, sex, birth_date,
                                 study_form_code, enrollment_order_date, leaving_reason_code, previous_membership_id,
                                 previous_organization_id, previous_ends_on, first_class_group_id)
                  FROM registry.learner_period ORDER BY membership_id"""), rows("""
                WITH learners AS (
                    SELECT m.*, p.sex, p.birth_date,
                           CASE WHEN o.education_level <> 'mixed' THEN o.education_level
                                ELSE coalesce(t.parent_code, 'general') END AS level
                      FROM registry.membership m
                      JOIN registry.person p ON p.id = m.person_id
                      JOIN registry.organization o ON o.id = m.organization_id
                      LEFT JOIN registry.dictionary_entry t ON t.dictionary = 'organization-type' AND t.code = o.type_code
                     WHERE m.role = 'learner'
                )
                SELECT concat_ws('|', l.id, l.person_id, l.organization_id, l.level, l.starts_on, l.ends_on, l.sex,
                                 l.birth_date, l.study_form_code, l.enrollment_order_date, l.leaving_reason_code,
                                 previous.id, previous.organization_id, previous.ends_on,
                                 (SELECT cp.class_group_id FROM registry.class_placement cp WHERE cp.membership_id = l.id
                                   ORDER BY cp.starts_on LIMIT 1))
                  FROM learners l
                  LEFT JOIN LATERAL (SELECT e.id, e.organization_id, e.ends_on FROM learners e
                                      WHERE e.person_id = l.person_id AND e.level = l.level
                                        AND (e.starts_on, e.id) < (l.starts_on, l.id)
                                      ORDER BY e.starts_on DESC, e.id DESC LIMIT 1) previous ON TRUE
                 ORDER BY l.id"""));
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static void assertKept(String after) throws SQLException {
        List<List<String>> both = periodsAndMemberships();
        assertEquals(both.get(1), both.get(0), "the periods after " + after);
        assertEquals(rows("""
                SELECT concat_ws('|', organization_id, starts_on, ends_on, sex, count(*)) FROM registry.learner_period
                 GROUP BY organization_id, starts_on, ends_on, sex ORDER BY 1"""), rows("""
                SELECT concat_ws('|', organization_id, starts_on, ends_on, sex, learners) FROM registry.learner_count
                 WHERE learners <> 0 ORDER BY 1"""), "the counts after " + after);
        assertEquals(rows("""
                SELECT concat_ws('|', organization_id, starts_on, first_class_group_id, from_other, first_enrolled, count(*))
                  FROM (SELECT organization_id, starts_on, first_class_group_id,
                               coalesce(previous_organization_id <> organization_id
                                        AND (previous_ends_on IS NULL OR previous_ends_on >= starts_on - 30), false)
                                   AS from_other,
                               previous_membership_id IS NULL AS first_enrolled
                          FROM registry.learner_period) p
                 GROUP BY organization_id, starts_on, first_class_group_id, from_other, first_enrolled ORDER BY 1"""), rows("""
                SELECT concat_ws('|', organization_id, starts_on, first_class_group_id, from_other, first_enrolled, arrivals)
                  FROM registry.arrival_count WHERE arrivals <> 0 ORDER BY 1"""), "the arrival counts after " + after);
    }

    @Test
    void followsEveryChangeOfMembershipsAndPersons() throws SQLException {
        assertKept("the migration");
        assertEquals(4, periodsAndMemberships().get(0).size());

        execute("""
                INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on) VALUES
                    (6000, 1000, 12, 'learner', '2020-09-01', '2022-08-20'),
                    (6001, 1000, 11, 'learner', '2019-09-01', '2020-09-01')""");
        assertKept("earlier memberships of a person at two levels, entered after the later one");
        assertEquals(List.of("6000|12|2022-08-20"), rows("""
                SELECT concat_ws('|', previous_membership_id, previous_organization_id, previous_ends_on)
                  FROM registry.learner_period WHERE membership_id = 5000"""), "the school before, not the kindergarten");
        execute("UPDATE registry.organization SET education_level = 'mixed', type_code = 'kindergarten' WHERE id = 12");
        assertKept("a school becoming a mixed organization of a preschool type");
        execute("UPDATE registry.dictionary_entry SET parent_code = 'general' WHERE dictionary = 'organization-type'"
                + " AND code = 'kindergarten'");
        assertKept("the type's level changed in the dictionary");
        execute("UPDATE registry.organization SET education_level = 'general', type_code = 'secondary-school' WHERE id = 12");
        assertKept("the organization back as it was");

        execute("""
                INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, study_form_code) VALUES
                    (7000, 1002, 10, 'learner', '2026-09-01', 'full-time'),
                    (7001, 1003, 10, 'staff', '2020-09-01', NULL),
                    (7002, 1003, 11, 'learner', '1991-09-01', NULL)""");
        assertKept("inserting three memberships in one statement, one of staff");
        assertEquals(8, periodsAndMemberships().get(0).size());

        execute("INSERT INTO registry.class_placement (membership_id, class_group_id, starts_on, ends_on) VALUES"
                + " (7000, 101, '2026-10-01', NULL), (7000, 100, '2026-09-01', '2026-10-01'), (5003, 101, '2026-09-01', NULL)");
        assertKept("placing two memberships, one in two classes, the earlier given second");
        execute("UPDATE registry.class_placement SET starts_on = '2026-09-15' WHERE membership_id = 5003");
        execute("DELETE FROM registry.class_placement WHERE membership_id = 7000 AND class_group_id = 100");
        assertKept("changing and deleting placements");
        execute("UPDATE registry.membership SET ends_on = '2026-12-01', leaving_reason_code = 'transfer' WHERE id = 7000");
        assertKept("ending a membership");
        execute("UPDATE registry.membership SET role = 'staff' WHERE id = 7002");
        assertKept("a learner membership turned into staff");
        execute("UPDATE registry.person SET sex = 'F', birth_date = '2016-02-20' WHERE id = 1002");
        assertKept("correcting a person's sex and birth date");
        execute("UPDATE registry.person SET phone = '+7 900 111-22-33' WHERE id = 1000");
        assertKept("a change of a person's other fields");
        execute("DELETE FROM registry.membership WHERE id = 7000");
        assertKept("deleting a membership");
        assertEquals(6, periodsAndMemberships().get(0).size());

        execute("TRUNCATE registry.membership CASCADE");
        assertKept("truncating the memberships");
        assertEquals(0, periodsAndMemberships().get(0).size());
    }

    @Test
    void aBulkLoadDefersThePeriodsAndRebuildsThemOnce() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SET LOCAL kontingent.learner_periods = 'deferred'");
            s.execute("""
                    INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on) VALUES
                        (8000, 1002, 11, 'learner', '2025-09-01'), (8001, 1003, 10, 'learner', '2024-09-01')""");
            s.execute("INSERT INTO registry.class_placement (membership_id, class_group_id, starts_on) VALUES"
                    + " (8001, 100, '2024-09-01')");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM registry.learner_period WHERE membership_id >= 8000")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "no period is written while they are deferred");
            }
            s.execute("SELECT registry.learner_periods_rebuild()");
            c.commit();
        }
        assertKept("a deferred load and the rebuild");
        execute("DELETE FROM registry.membership WHERE id IN (8000, 8001)");
        assertKept("the triggers at work again after the load's transaction");
    }
}
