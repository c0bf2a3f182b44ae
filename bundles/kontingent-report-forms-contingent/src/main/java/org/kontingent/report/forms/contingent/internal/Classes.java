package org.kontingent.report.forms.contingent.internal;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.kontingent.report.api.Column;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportArguments;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportException;
import org.kontingent.report.api.RowReader;
import org.kontingent.report.support.Organizations;
import org.kontingent.report.support.Texts;

/**
 * What the forms on classes share: the classes of the academic year asked for
 * ({@value Parameter#ACADEMIC_YEAR}) in the organizations a run covers, and the learners placed in
 * them on the day ({@value Parameter#DATE}). The query has the common table expressions
 * {@code orgs} (see {@link Organizations}), {@code classes} (id, organization_id, grade, capacity)
 * and {@code placed} (class_group_id, learners: the placements holding on the day,
 * {@code starts_on <= day < ends_on}).
 */
final class Classes {
    private Classes() {
    }

    /** The parameters: the academic year, the day, the organization filters, then more. */
    static List<Parameter> parameters(Parameter... more) {
        List<Parameter> parameters = new ArrayList<>(List.of(Parameter.academicYear(), Parameter.date(),
                Parameter.authority(), Parameter.district(), Parameter.settlement()));
        parameters.addAll(List.of(more));
        return parameters;
    }

    /** The columns given, then the classes counted: classes, their capacity, the learners placed in them. */
    static List<Column> columns(Texts texts, Column... first) {
        List<Column> columns = new ArrayList<>(List.of(first));
        columns.add(Column.count("classes", texts.get("column.classes")));
        columns.add(Column.count("capacity", texts.get("column.capacity")));
        columns.add(Column.count("learners", texts.get("column.placed")));
        return columns;
    }

    /**
     * Runs the query that goes on after {@code orgs}, {@code classes} and {@code placed} (with
     * {@code , next AS (...)} or the main {@code SELECT}). Nothing runs when the year is not known
     * (the engine takes the current year without looking it up, so a region that has not entered
     * it yet has no classes in it — no rows, no refusal), or when the user gave up.
     *
     * @throws ReportException when the day lies outside the year (a year is half-open: from its
     *         first day up to, not including, its end)
     */
    static void run(ReportContext context, Texts texts, String rest, RowReader reader) throws SQLException {
        ReportArguments arguments = context.arguments();
        String year = arguments.text(Parameter.ACADEMIC_YEAR);
        LocalDate day = arguments.date(Parameter.DATE);
        if (!dayInYear(context, texts, year, day) || context.cancelled()) {
            return;
        }
        // the organizations' ids first, as an array: the planner then sees how many classes it reads
        Long[] organizations = Organizations.ids(context);
        context.progress(5);
        Organizations.with(arguments).append("""
                , classes AS MATERIALIZED (
                    SELECT g.id, g.organization_id, g.grade, g.capacity
                      FROM report.class_group g
                     WHERE g.academic_year = ? AND g.organization_id = ANY (?)
                ), placed AS (
                    SELECT cp.class_group_id, count(*) AS learners
                      FROM report.class_placement cp
                     WHERE cp.class_group_id IN (SELECT id FROM classes)
                       AND cp.starts_on <= ? AND (cp.ends_on IS NULL OR cp.ends_on > ?)
                     GROUP BY cp.class_group_id
                )
                """, year, organizations, day, day).append(rest).run(context, reader);
    }

    /** Whether the year is known, refusing a day outside it. */
    private static boolean dayInYear(ReportContext context, Texts texts, String year, LocalDate day) throws SQLException {
        LocalDate[] bounds = new LocalDate[2];
        context.query("SELECT starts_on, ends_on FROM report.academic_year WHERE code = ?", List.of(year), row -> {
            bounds[0] = row.getObject("starts_on", LocalDate.class);
            bounds[1] = row.getObject("ends_on", LocalDate.class);
        });
        if (bounds[0] == null) {
            return false;
        }
        if (day.isBefore(bounds[0]) || !day.isBefore(bounds[1])) {
            throw new ReportException(Parameter.DATE, texts.format("error.dayOutsideYear", day.toString(), year,
                    bounds[0].toString(), bounds[1].minusDays(1).toString()));
        }
        return true;
    }
}
