package org.kontingent.extension.general.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.ExtensionTestCase;

/**
 * {@code general.learner_marks}, each learner's marks of a period in an organization summed up,
 * and {@code general.result_count}, those sums counted: after inserts of one and of many marks,
 * updates (of a mark, of the person a merge moves marks to), deletes and truncation, they equal
 * the marks summed up and counted here independently; the counts are published as
 * {@code report.result_count} in the scope.
 */
class LearnerMarksTest extends ExtensionTestCase {
    LearnerMarksTest() {
        super(new GeneralExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return GeneralDatabase.start();
    }

    private void assertKept(String after) throws SQLException {
        assertEquals(database.column("""
                SELECT concat_ws('|', academic_year, period, organization_id, person_id,
                                 count(*) FILTER (WHERE scale IN ('five-point', 'pass-fail')),
                                 count(*) FILTER (WHERE scale = 'five-point'),
                                 coalesce(sum(mark_value) FILTER (WHERE scale = 'five-point'), 0), min(mark_value),
                                 coalesce(bool_or(NOT passed), false))
                  FROM general.mark GROUP BY academic_year, period, organization_id, person_id ORDER BY 1"""), database.column("""
                SELECT concat_ws('|', academic_year, period, organization_id, person_id, graded, marks, total, lowest, failed)
                  FROM general.learner_marks ORDER BY 1"""), "the sums after " + after);
        assertEquals(database.column("""
                SELECT concat_ws('|', academic_year, period, organization_id, lowest, failed,
                                 count(*) FILTER (WHERE graded > 0), count(*) FILTER (WHERE marks > 0), sum(marks), sum(total))
                  FROM general.learner_marks GROUP BY academic_year, period, organization_id, lowest, failed ORDER BY 1"""),
                database.column("""
                SELECT concat_ws('|', academic_year, period, organization_id, lowest, failed, learners, with_marks, marks, total)
                  FROM general.result_count WHERE learners <> 0 OR with_marks <> 0 OR marks <> 0 ORDER BY 1"""),
                "the counts after " + after);
    }

    private static String mark(String key, long person, long organization, String period, String scale, String mark) {
        String value = switch (scale) {
            case "five-point" -> mark + ", NULL, NULL";
            case "pass-fail" -> "NULL, " + mark + ", NULL";
            default -> "NULL, NULL, " + mark;
        };
        return "(1, '" + key + "', " + person + ", " + organization + ", '2025-2026', 'Математика', '" + period + "', '"
                + mark + "', '" + scale + "', " + value + ")";
    }

    @Test
    void followEveryChangeOfMarks() throws SQLException {
        String insert = "INSERT INTO general.mark (source_id, key, person_id, organization_id, academic_year, subject, period,"
                + " mark, scale, mark_value, passed, score) VALUES ";
        database.execute(insert + mark("a", 1000, 10, "year", "five-point", "5"));
        assertKept("one mark");
        assertEquals(List.of("1|1|5|5|f"), database.column("SELECT concat_ws('|', graded, marks, total, lowest, failed)"
                + " FROM general.learner_marks"));
        database.execute(insert + String.join(", ", mark("b", 1000, 10, "year", "five-point", "3"),
                mark("c", 1000, 10, "year", "pass-fail", "false"), mark("d", 1000, 10, "year", "score", "71"),
                mark("e", 1002, 12, "year", "five-point", "4"), mark("f", 1000, 10, "term-1", "five-point", "4")));
        assertKept("many marks in one statement, added to a learner's sums and making new ones");
        assertEquals(List.of("3|2|8|3|t"), database.column("SELECT concat_ws('|', graded, marks, total, lowest, failed)"
                + " FROM general.learner_marks WHERE person_id = 1000 AND period = 'year'"));
        database.execute("UPDATE general.mark SET mark_value = 5, mark = '5' WHERE key = 'b'");
        assertKept("a mark corrected");
        database.execute("UPDATE general.mark SET person_id = 1000 WHERE key = 'e'");
        assertKept("a learner's mark moved to another person, as a merge does");
        database.execute("DELETE FROM general.mark WHERE key IN ('a', 'c')");
        assertKept("marks removed");
        database.execute("DELETE FROM general.mark WHERE key = 'f'");
        assertKept("a learner's only mark of a period removed");
        assertEquals(0, database.column("SELECT 1 FROM general.learner_marks WHERE period = 'term-1'").size());
        assertEquals(List.of("10"), database.column("""
                SELECT string_agg(DISTINCT organization_id::text, ',')
                  FROM (SELECT set_config('kontingent.report_scope', 'organization:10', false)) s, report.result_count
                 WHERE learners > 0"""), "of 1000's counts of the year in schools 10 and 12, school 10's scope sees its own");
        database.execute("TRUNCATE general.mark");
        assertKept("the marks truncated");
    }
}
