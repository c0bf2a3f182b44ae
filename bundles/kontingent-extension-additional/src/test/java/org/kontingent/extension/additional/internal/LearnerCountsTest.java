package org.kontingent.extension.additional.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.registry.core.testing.ExtensionDatabase;

/**
 * The learner counts of additional education (V3): on every day from 2019 to 2027, the sums of the
 * changes of {@code additional.learner_count} up to the day equal the learners counted directly — each
 * learner of an organization of additional education on the day and each other learner with a
 * programme of their organization on it, per organization and programme kind (none: a learner of
 * additional education without a programme), with the orientations, adapted and distance programmes of
 * the kind, the age on the day (one born on 29 February turning a year older on 1 March in a common
 * year) and sex — after programmes are written, changed and deleted, memberships end and are added, a
 * learner's birth date and sex are corrected, the registry's periods rebuilt and the programmes
 * truncated; no day keeps a row whose changes come to nothing. The published view shows the
 * organizations of the scope only.
 */
class LearnerCountsTest {
    private static ExtensionDatabase database;

    private static final String DAYS = "SELECT d::date AS d FROM generate_series(date '2019-01-01', date '2027-12-31', interval '1 day') d";

    /** Each day's counts of every organization and kind with learners, computed from the rows themselves. */
    private static final String COUNTED = """
            WITH day AS ($DAYS),
            held AS (
                SELECT day.d, p.membership_id, p.organization_id, p.kind, p.adapted, p.distance_technologies AS distance,
                       CASE p.orientation WHEN 'technical' THEN 1 WHEN 'natural-science' THEN 2
                                          WHEN 'physical-culture-and-sport' THEN 4 WHEN 'artistic' THEN 8
                                          WHEN 'tourist-and-local-history' THEN 16 ELSE 32 END AS orientation
                  FROM day JOIN additional.programme p ON p.starts_on <= day.d AND (p.ends_on IS NULL OR day.d < p.ends_on)
            ), learner AS (
                SELECT day.d, l.membership_id, l.organization_id, l.sex, l.birth_date
                  FROM day JOIN registry.learner_period l ON l.starts_on <= day.d AND (l.ends_on IS NULL OR day.d < l.ends_on)
                 WHERE l.level = 'additional'
                    OR EXISTS (SELECT FROM held h WHERE h.d = day.d AND h.membership_id = l.membership_id
                                                    AND h.organization_id = l.organization_id)
            ), c AS (
                SELECT l.d, l.organization_id, h.kind, l.sex, date_part('year', age(l.d, l.birth_date)) AS age,
                       coalesce(bit_or(h.orientation), 0) AS orientations, coalesce(bool_or(h.adapted), false) AS adapted,
                       coalesce(bool_or(h.distance), false) AS distance
                  FROM learner l
                  LEFT JOIN held h ON h.d = l.d AND h.membership_id = l.membership_id AND h.organization_id = l.organization_id
                 GROUP BY l.d, l.membership_id, l.organization_id, h.kind, l.sex, l.birth_date
            )
            SELECT d || ' ' || organization_id || ' ' || coalesce(kind, '-') || ' '
                   || ARRAY[count(*), count(*) FILTER (WHERE orientations & 1 <> 0), count(*) FILTER (WHERE orientations & 2 <> 0),
                            count(*) FILTER (WHERE orientations & 4 <> 0), count(*) FILTER (WHERE orientations & 8 <> 0),
                            count(*) FILTER (WHERE orientations & 16 <> 0), count(*) FILTER (WHERE orientations & 32 <> 0),
                            count(*) FILTER (WHERE adapted), count(*) FILTER (WHERE distance),
                            count(*) FILTER (WHERE age < 5), count(*) FILTER (WHERE age BETWEEN 5 AND 9),
                            count(*) FILTER (WHERE age BETWEEN 10 AND 14), count(*) FILTER (WHERE age BETWEEN 15 AND 17),
                            count(*) FILTER (WHERE age >= 18), count(*) FILTER (WHERE sex = 'M'),
                            count(*) FILTER (WHERE sex = 'F')]::text
              FROM c GROUP BY d, organization_id, kind ORDER BY 1""".replace("$DAYS", DAYS);

    /** The same days, organizations and kinds as the counts kept show them: the sums of the changes up to the day. */
    private static final String KEPT = """
            SELECT day.d || ' ' || c.organization_id || ' ' || coalesce(c.kind, '-') || ' '
                   || ARRAY[sum(c.learners), sum(c.technical), sum(c.natural_science), sum(c.physical_culture_and_sport),
                            sum(c.artistic), sum(c.tourist_and_local_history), sum(c.social_humanitarian), sum(c.adapted),
                            sum(c.distance), sum(c.age_under_5), sum(c.age_5_to_9), sum(c.age_10_to_14), sum(c.age_15_to_17),
                            sum(c.age_18_plus), sum(c.boys), sum(c.girls)]::text
              FROM ($DAYS) day
              JOIN additional.learner_count c ON c.day <= day.d
             GROUP BY day.d, c.organization_id, c.kind
            HAVING sum(c.learners) <> 0
             ORDER BY 1""".replace("$DAYS", DAYS);

    @BeforeAll
    static void region() throws Exception {
        database = AdditionalDatabase.start();
        database.execute("""
                INSERT INTO registry.person (id, surname, name, surname_norm, name_norm, birth_date, sex) VALUES
                    (3010, 'Зайцева', 'Ольга', 'ЗАЙЦЕВА', 'ОЛЬГА', '2016-02-29', 'F');
                INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on) VALUES
                    (7010, 3010, 31, 'learner', '2019-09-01');""");
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    private static void assertCounted(String after) throws SQLException {
        List<String> counted = database.column(COUNTED);
        List<String> kept = database.column(KEPT);
        Set<String> inKept = new HashSet<>(kept);
        Set<String> inCounted = new HashSet<>(counted);
        List<String> differences = Stream.concat(counted.stream().filter(l -> !inKept.contains(l)).map(l -> "- " + l),
                kept.stream().filter(l -> !inCounted.contains(l)).map(l -> "+ " + l)).limit(12).toList();
        assertEquals(List.of(), differences, "the counts after " + after + " (- counted, + kept)");
        assertEquals(counted.size(), kept.size());
        assertEquals(List.of(), database.column("""
                SELECT organization_id || ' ' || coalesce(kind, '-') || ' ' || day FROM additional.learner_count
                 WHERE learners = 0 AND technical = 0 AND natural_science = 0 AND physical_culture_and_sport = 0
                   AND artistic = 0 AND tourist_and_local_history = 0 AND social_humanitarian = 0 AND adapted = 0
                   AND distance = 0 AND age_under_5 = 0 AND age_5_to_9 = 0 AND age_10_to_14 = 0 AND age_15_to_17 = 0
                   AND age_18_plus = 0 AND boys = 0 AND girls = 0"""),
                "days whose changes come to nothing after " + after);
        assertEquals(List.of(), database.column("SELECT organization_id FROM additional.learner_count_pending"
                + " UNION ALL SELECT organization_id FROM additional.learner_count_change"), "nothing left to count after " + after);
    }

    private static void programme(String key, long person, long organization, Long membership, String kind, String orientation,
            boolean adapted, boolean distance, String startsOn, String endsOn) throws SQLException {
        database.execute("INSERT INTO additional.programme (source_id, key, person_id, organization_id, membership_id, name, kind,"
                + " orientation, adapted, distance_technologies, starts_on, ends_on, status) VALUES (0, '" + key + "', " + person
                + ", " + organization + ", " + membership + ", 'Программа " + key + "', '" + kind + "', '" + orientation + "', "
                + adapted + ", " + distance + ", '" + startsOn + "', " + (endsOn == null ? "NULL, 'in-progress'"
                        : "'" + endsOn + "', 'mastered'") + ")");
    }

    @Test
    void theCountsEqualTheLearnersCountedOnEveryDay() throws SQLException {
        assertCounted("the migration: learners of additional education without programmes");
        assertFalse(database.column(KEPT).isEmpty());

        programme("p1", 3000, 30, 7000L, "general-developmental", "artistic", false, false, "2025-09-01", "2026-06-01");
        programme("p2", 3000, 30, 7000L, "pre-professional", "artistic", true, false, "2025-10-01", null);
        programme("p3", 3000, 30, 7000L, "general-developmental", "technical", false, true, "2026-01-10", null);
        programme("p4", 3004, 10, 7004L, "general-developmental", "physical-culture-and-sport", false, false, "2024-09-01",
                "2025-05-31");
        programme("p5", 3004, 10, 7004L, "general-developmental", "social-humanitarian", false, false, "2025-09-01", null);
        programme("p6", 3001, 31, 7001L, "general-developmental", "natural-science", false, false, "2024-09-01", "2027-06-01");
        programme("p7", 3000, 31, 7000L, "general-developmental", "tourist-and-local-history", false, false, "2025-09-01", null);
        programme("p8", 3002, 31, null, "general-developmental", "technical", false, false, "2026-09-01", null);
        assertCounted("programmes of two kinds, of a school's club, past the period's end, of another organization, of no membership");

        database.execute("UPDATE additional.programme SET orientation = 'natural-science', distance_technologies = false"
                + " WHERE key = 'p3'");
        database.execute("DELETE FROM additional.programme WHERE key = 'p1'");
        assertCounted("a programme changed and one deleted");

        database.execute("UPDATE registry.membership SET ends_on = '2027-01-15', leaving_reason_code = 'transfer' WHERE id = 7000");
        database.execute("""
                INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on) VALUES
                    (7011, 3000, 30, 'learner', '2027-03-01'), (7012, 3004, 31, 'learner', '2026-01-01')""");
        database.execute("UPDATE additional.programme SET membership_id = 7011, starts_on = '2027-03-01' WHERE key = 'p2'");
        assertCounted("a learner leaving and coming back, a pupil also a learner of additional education");

        database.execute("UPDATE registry.person SET birth_date = '2013-11-30', sex = 'M' WHERE id = 3004");
        assertCounted("a learner's birth date and sex corrected");
        database.execute("DELETE FROM registry.membership WHERE id = 7002");
        database.execute("SELECT registry.learner_periods_rebuild()");
        assertCounted("a membership deleted and the registry's periods rebuilt");

        assertEquals(List.of("10"), database.asReport("organization:10",
                "SELECT DISTINCT organization_id FROM report.additional_learner_count"), "the view within an organization's scope");
        assertEquals(List.of("10", "30", "31"), database.asReport("region",
                "SELECT DISTINCT organization_id FROM report.additional_learner_count ORDER BY 1"));
        assertEquals(List.of(), database.asReport(null, "SELECT organization_id FROM report.additional_learner_count"));

        database.execute("TRUNCATE additional.programme CASCADE");
        assertCounted("the programmes truncated");
    }
}
