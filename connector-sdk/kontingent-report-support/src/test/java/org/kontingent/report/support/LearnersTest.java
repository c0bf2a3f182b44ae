package org.kontingent.report.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.args;
import static org.kontingent.report.support.testing.SmallRegion.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.testkit.ReportDatabase;

/**
 * Learners of the gymnasium (10) and of school 2 (11) around 2025-10-01: 10 — a boy from 2020, a
 * girl who left on 2025-10-01 (ends_on), a girl who came on 2025-10-01, a boy who comes the day
 * after; 11 — a learner of unknown sex, the first boy again (two organizations at once), and a
 * member of staff.
 */
class LearnersTest extends RegionTest {
    private static final ReportForm ON_DAY = new TestForm(texts -> List.of(Parameter.date(), Parameter.settlement()),
            List.of(Column.integer("organization", "organization"), Column.count("learners", "learners"),
                    Column.count("boys", "boys"), Column.count("girls", "girls")),
            context -> {
                LocalDate day = context.arguments().date(Parameter.DATE);
                Organizations.with(context.arguments()).append(Learners.onDay("counted", "IN (SELECT id FROM orgs)"), day, day)
                        .append("SELECT * FROM counted ORDER BY organization_id")
                        .run(context, row -> context.row(row.getLong("organization_id"), row.getLong("learners"),
                                row.getLong("boys"), row.getLong("girls")));
            });

    @Override
    protected void more(ReportDatabase database) {
        database.execute("""
                INSERT INTO registry.person (id, surname, name, surname_norm, name_norm, birth_date, sex) VALUES
                    (1, 'А', 'А', 'А', 'А', '2015-01-01', 'M'), (2, 'Б', 'Б', 'Б', 'Б', '2015-01-01', 'F'),
                    (3, 'В', 'В', 'В', 'В', '2015-01-01', 'F'), (4, 'Г', 'Г', 'Г', 'Г', '2015-01-01', 'M'),
                    (5, 'Д', 'Д', 'Д', 'Д', '2015-01-01', NULL), (6, 'Е', 'Е', 'Е', 'Е', '1980-01-01', 'F');
                INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on) VALUES
                    (1, 1, 10, 'learner', '2020-09-01', NULL), (2, 2, 10, 'learner', '2020-09-01', '2025-10-01'),
                    (3, 3, 10, 'learner', '2025-10-01', NULL), (4, 4, 10, 'learner', '2025-10-02', NULL),
                    (5, 5, 11, 'learner', '2025-09-01', NULL), (6, 1, 11, 'learner', '2025-09-01', NULL),
                    (7, 6, 11, 'staff', '2020-09-01', NULL);
                """);
    }

    private List<List<Object>> onDay(int month, int day, Object... more) {
        Map<String, Object> arguments = args(more);
        arguments.put(Parameter.DATE, LocalDate.of(2025, month, day));
        return rows(ON_DAY, Scope.region(), arguments);
    }

    @Test
    void countsTheMembershipsHoldingOnTheDayFromTheFirstDayUpToTheEnd() {
        assertEquals(List.of(row(10L, 2L, 1L, 1L), row(11L, 2L, 1L, 0L)), onDay(9, 30));
        assertEquals(List.of(row(10L, 2L, 1L, 1L), row(11L, 2L, 1L, 0L)), onDay(10, 1));
        assertEquals(List.of(row(10L, 3L, 2L, 1L), row(11L, 2L, 1L, 0L)), onDay(10, 2));
        assertEquals(List.of(row(10L, 2L, 1L, 1L)), onDay(8, 1), "nobody at school 2 yet");
    }

    @Test
    void countsOnlyTheOrganizationsPicked() {
        assertEquals(List.of(), onDay(10, 1, Parameter.SETTLEMENT, "Лесной"));
    }
}
