package org.kontingent.extension.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.registry.core.testing.ExtensionDatabase;

/**
 * The learner counts by health (V3): on every day from 2019 to 2027, the counts of
 * {@code health.learner_count} equal the learners counted directly — each learner of an organization
 * on the day with the conclusion in force there (the latest to begin; on the same day, the latest
 * concluded), any disability and special needs in force — through conclusions that overlap, end,
 * follow each other and lie outside the learner's periods, after every change of the extension's
 * rows (insert, update, a person's rows moved to another, delete, truncate) and of the registry's
 * memberships (ended, a return to the same organization, deleted, the periods rebuilt). A transaction's
 * counts follow when it commits; the published view shows the organizations of the scope only.
 */
class LearnerCountsTest {
    private static ExtensionDatabase database;

    /** The counts on each day of every organization with anything counted, as text, computed from the rows themselves. */
    private static final String COUNTED = """
            WITH day AS (SELECT d::date AS d FROM generate_series(date '2019-01-01', date '2027-12-31', interval '1 day') d),
            learner AS (
                SELECT day.d, l.organization_id, l.person_id
                  FROM day JOIN registry.learner_period l ON l.starts_on <= day.d AND (l.ends_on IS NULL OR day.d < l.ends_on)
            ), conclusion AS (
                SELECT DISTINCT ON (day.d, c.organization_id, c.person_id) day.d, c.organization_id, c.person_id,
                       c.health_group, c.pe_group, c.long_term_treatment
                  FROM day JOIN health.conclusion c ON c.valid_from <= day.d AND (c.valid_until IS NULL OR day.d <= c.valid_until)
                 ORDER BY day.d, c.organization_id, c.person_id, c.valid_from DESC, c.concluded_on DESC, c.id DESC
            ), disability AS (
                SELECT day.d, x.organization_id, x.person_id, bool_or(x.category = 'child-disabled') AS child
                  FROM day JOIN health.disability x ON x.established_on <= day.d AND (x.valid_until IS NULL OR day.d <= x.valid_until)
                 GROUP BY 1, 2, 3
            ), special AS (
                SELECT day.d, x.organization_id, x.person_id, bool_or(x.adapted_programme) AS adapted
                  FROM day JOIN health.special_needs x ON x.concluded_on <= day.d AND (x.valid_until IS NULL OR day.d <= x.valid_until)
                 GROUP BY 1, 2, 3
            ), counted AS (
                SELECT l.d, l.organization_id,
                       ARRAY[count(*) FILTER (WHERE c.health_group = 1), count(*) FILTER (WHERE c.health_group = 2),
                             count(*) FILTER (WHERE c.health_group = 3), count(*) FILTER (WHERE c.health_group = 4),
                             count(*) FILTER (WHERE c.health_group = 5), count(*) FILTER (WHERE c.pe_group = 'basic'),
                             count(*) FILTER (WHERE c.pe_group = 'preparatory'), count(*) FILTER (WHERE c.pe_group = 'special-a'),
                             count(*) FILTER (WHERE c.pe_group = 'special-b'), count(*) FILTER (WHERE c.pe_group = 'exempt'),
                             count(*) FILTER (WHERE c.long_term_treatment), count(*) FILTER (WHERE d.person_id IS NOT NULL),
                             count(*) FILTER (WHERE d.child), count(*) FILTER (WHERE s.person_id IS NOT NULL),
                             count(*) FILTER (WHERE s.adapted)] AS counts
                  FROM learner l
                  LEFT JOIN conclusion c USING (d, organization_id, person_id)
                  LEFT JOIN disability d USING (d, organization_id, person_id)
                  LEFT JOIN special s USING (d, organization_id, person_id)
                 GROUP BY l.d, l.organization_id
            )
            SELECT d || ' ' || organization_id || ' ' || counts::text FROM counted
             WHERE counts <> '{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}' ORDER BY d, organization_id""";

    /** The same days and organizations as the counts kept show them. */
    private static final String KEPT = """
            SELECT day.d || ' ' || c.organization_id || ' '
                   || ARRAY[c.group_1, c.group_2, c.group_3, c.group_4, c.group_5, c.pe_basic, c.pe_preparatory, c.pe_special_a,
                            c.pe_special_b, c.pe_exempt, c.long_term_treatment, c.disabled, c.child_disabled, c.special_needs,
                            c.adapted_programme]::text
              FROM (SELECT d::date AS d FROM generate_series(date '2019-01-01', date '2027-12-31', interval '1 day') d) day
              JOIN health.learner_count c ON c.valid_from <= day.d AND (c.valid_to IS NULL OR day.d < c.valid_to)
             WHERE ARRAY[c.group_1, c.group_2, c.group_3, c.group_4, c.group_5, c.pe_basic, c.pe_preparatory, c.pe_special_a,
                         c.pe_special_b, c.pe_exempt, c.long_term_treatment, c.disabled, c.child_disabled, c.special_needs,
                         c.adapted_programme] <> '{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}'
             ORDER BY day.d, c.organization_id""";

    @BeforeAll
    static void region() throws Exception {
        database = HealthDatabase.start();
        database.execute("""
                INSERT INTO registry.person (id, surname, name, surname_norm, name_norm, birth_date, sex) VALUES
                    (5005, 'Орлов', 'Денис', 'ОРЛОВ', 'ДЕНИС', '2013-01-01', 'M');
                INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on) VALUES
                    (8005, 5005, 10, 'learner', '2021-09-01', '2026-02-10');""");
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    private static void assertCounted(String after) throws SQLException {
        List<String> counted = database.column(COUNTED);
        List<String> kept = database.column(KEPT);
        assertEquals(List.of(), differences(counted, kept), "the counts after " + after + " (- counted, + kept)");
        assertEquals(counted.size(), kept.size());
        assertEquals(List.of(), database.column("""
                SELECT a.organization_id || ' ' || a.valid_from || ' ' || b.valid_from
                  FROM health.learner_count a
                  JOIN health.learner_count b ON b.organization_id = a.organization_id AND b.valid_from > a.valid_from
                                             AND (a.valid_to IS NULL OR a.valid_to > b.valid_from)"""),
                "rows of an organization's timeline that overlap after " + after);
        assertEquals(List.of(), database.column("SELECT organization_id FROM health.learner_count_pending"
                + " UNION ALL SELECT organization_id FROM health.learner_count_change"), "nothing left to count after " + after);
    }

    /** The first lines of one list that are not in the other ("- " counted only, "+ " kept only). */
    private static List<String> differences(List<String> counted, List<String> kept) {
        Set<String> inKept = new HashSet<>(kept);
        Set<String> inCounted = new HashSet<>(counted);
        return Stream.concat(counted.stream().filter(l -> !inKept.contains(l)).map(l -> "- " + l),
                kept.stream().filter(l -> !inCounted.contains(l)).map(l -> "+ " + l)).limit(12).toList();
    }

    @Test
    void theCountsEqualTheLearnersCountedOnEveryDay() throws SQLException {
        assertCounted("the migration, with no health recorded");
        assertEquals(0, database.count("SELECT count(*) FROM health.learner_count"));

        database.execute("""
                INSERT INTO health.conclusion (source_id, key, person_id, organization_id, membership_id, health_group, pe_group,
                        long_term_treatment, concluded_on, valid_from, valid_until) VALUES
                    (0, 'c1', 5000, 10, 8000, 2, 'basic', false, '2024-09-10', '2024-09-10', '2025-08-31'),
                    (0, 'c2', 5000, 10, 8000, 3, 'preparatory', false, '2025-09-14', '2025-09-15', NULL),
                    (0, 'c3', 5000, 10, 8000, 4, 'special-a', true, '2025-09-12', '2025-09-15', '2026-05-31'),
                    (0, 'c4', 5004, 10, 8004, 1, NULL, false, '2018-05-01', '2018-05-01', NULL),
                    (0, 'c5', 5001, 12, 8001, 5, 'exempt', true, '2024-10-01', '2024-10-01', '2026-12-31'),
                    (0, 'c6', 5002, 11, 8002, 1, 'basic', false, '2027-03-01', '2027-03-01', NULL),
                    (0, 'c7', 5005, 10, 8005, 2, 'special-b', false, '2021-10-01', '2021-10-01', '2022-09-30'),
                    (0, 'c8', 5005, 10, 8005, 3, 'exempt', false, '2022-09-01', '2022-09-05', NULL),
                    (0, 'c9', 5003, 10, NULL, 5, 'exempt', false, '2023-01-01', '2023-01-01', NULL);
                INSERT INTO health.disability (source_id, key, person_id, organization_id, membership_id, category, reason,
                        established_on, valid_until) VALUES
                    (0, 'd1', 5000, 10, 8000, 'child-disabled', NULL, '2023-02-01', '2025-12-31'),
                    (0, 'd2', 5001, 12, 8001, 'group-3', 'childhood', '2026-06-01', NULL),
                    (0, 'd3', 5005, 10, 8005, 'child-disabled', NULL, '2024-01-01', NULL);
                INSERT INTO health.special_needs (source_id, key, person_id, organization_id, membership_id, category,
                        adapted_programme, concluded_on, valid_until) VALUES
                    (0, 's1', 5000, 10, 8000, 'speech', true, '2022-03-01', '2026-08-31'),
                    (0, 's2', 5000, 10, 8000, 'autism', false, '2025-01-01', NULL),
                    (0, 's3', 5002, 11, 8002, 'mental-delay', false, '2023-06-01', NULL);""");
        assertCounted("conclusions that overlap, follow each other and begin before or after a period; disability; special needs");
        assertFalse(database.column(KEPT).isEmpty());

        database.execute("UPDATE health.conclusion SET health_group = 1, pe_group = 'basic', valid_until = '2025-12-01' WHERE key = 'c3'");
        database.execute("DELETE FROM health.disability WHERE key = 'd3'");
        database.execute("UPDATE health.special_needs SET adapted_programme = true, valid_until = '2026-03-01' WHERE key = 's2'");
        assertCounted("a conclusion, a disability and special needs changed or deleted");

        database.execute("UPDATE health.conclusion SET person_id = 5000 WHERE person_id = 5003");
        assertCounted("a second record's conclusion moved to the person kept");

        database.execute("UPDATE registry.membership SET ends_on = '2026-01-15', leaving_reason_code = 'transfer' WHERE id = 8000");
        database.execute("""
                INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on) VALUES
                    (8006, 5000, 10, 'learner', '2026-03-01'), (8007, 5001, 10, 'learner', '2025-09-01')""");
        assertCounted("a learner leaving and coming back to the same organization, and a learner of a second one");
        database.execute("DELETE FROM registry.membership WHERE id = 8005");
        assertCounted("a membership deleted");

        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("UPDATE health.conclusion SET health_group = 3, pe_group = 'preparatory' WHERE key = 'c5'");
            s.execute("UPDATE registry.membership SET starts_on = '2025-02-01' WHERE id = 8001");
            s.execute("INSERT INTO health.conclusion (source_id, key, person_id, organization_id, health_group, concluded_on,"
                    + " valid_from) VALUES (0, 'c10', 5001, 12, 2, '2026-11-01', '2026-11-01')");
            try (ResultSet rs = s.executeQuery("SELECT string_agg(organization_id::text, ',') FROM health.learner_count_pending")) {
                rs.next();
                assertEquals("12", rs.getString(1), "the organization to count again at commit, once");
            }
            c.commit();
        }
        assertCounted("three changes of one organization in one transaction, counted when it committed");

        database.execute("TRUNCATE health.special_needs");
        assertCounted("the special needs truncated");
        database.execute("SELECT registry.learner_periods_rebuild()");
        assertCounted("the registry's periods rebuilt");

        assertEquals(List.of("12"), database.asReport("organization:12",
                "SELECT DISTINCT organization_id FROM report.health_learner_count"), "the view within an organization's scope");
        assertEquals(List.of("10", "11", "12"), database.asReport("region",
                "SELECT DISTINCT organization_id FROM report.health_learner_count ORDER BY 1"), "the view within the region");
        assertEquals(List.of(), database.asReport(null, "SELECT organization_id FROM report.health_learner_count"),
                "no scope: nothing");
    }
}
