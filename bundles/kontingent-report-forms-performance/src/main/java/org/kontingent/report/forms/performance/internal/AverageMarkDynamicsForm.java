package org.kontingent.report.forms.performance.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ParameterType;
import org.kontingent.report.api.ReportArguments;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportException;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.Organizations;
import org.kontingent.report.support.Rows;
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * The dynamics of the average mark: for each academic year from the first asked for (or the
 * earliest) to the last (the current by default), the mean of the five-point marks of a period
 * in the organizations the filters leave (an authority's, one organization, a district, a
 * settlement; the whole scope when none), optionally of one subject, and its change from the year
 * before. A year without marks gives no row, and the next year's change is then left empty.
 */
@Component(service = ReportForm.class)
public final class AverageMarkDynamicsForm implements ReportForm {
    static final String ID = "performance.average-mark-dynamics";
    static final String FIRST_YEAR = "firstYear";
    static final String LAST_YEAR = "lastYear";

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        return texts.definition(ID, Category.PERFORMANCE, "dynamics",
                List.of(new Parameter(FIRST_YEAR, ParameterType.ACADEMIC_YEAR, texts.get("parameter.firstYear"), false, null,
                                null, null),
                        new Parameter(LAST_YEAR, ParameterType.ACADEMIC_YEAR, texts.get("parameter.lastYear"), true,
                                Parameter.CURRENT, null, null),
                        MarkPeriods.parameter(texts), AverageMarkForm.subject(texts), Parameter.authority(),
                        Parameter.organization(), Parameter.district(), Parameter.settlement()),
                List.of(Column.text("academicYear", texts.get("column.academicYear")),
                        Column.count("learners", texts.get("column.learners")),
                        Column.count("marks", texts.get("column.marks")),
                        Column.decimal("average", texts.get("column.average")),
                        Column.decimal("change", texts.get("column.change"))),
                List.of(), new Chart(Chart.Type.LINE, "academicYear", List.of("average")));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        ReportArguments arguments = context.arguments();
        String first = arguments.text(FIRST_YEAR);
        String last = arguments.text(LAST_YEAR);
        if (first != null && first.compareTo(last) > 0) {
            throw new ReportException(FIRST_YEAR, Texts.of(context.locale(), getClass()).format("error.yearsReversed", first, last));
        }
        String subject = arguments.text(AverageMarkForm.SUBJECT);
        Long[] organizations = Organizations.ids(context);
        context.progress(10);
        // without a subject, the result counts (a learner counts in each organization); for one subject, its marks
        String perYear = subject == null ? """
                    SELECT r.academic_year, sum(r.with_marks) AS learners, sum(r.marks) AS marks,
                           sum(r.total)::float8 / sum(r.marks) AS average
                      FROM report.result_count r
                     WHERE r.organization_id = ANY (?) AND r.period = ? AND r.marks <> 0
                       AND r.academic_year <= ? AND (?::text IS NULL OR r.academic_year >= ?)
                     GROUP BY r.academic_year""" : """
                    SELECT m.academic_year, count(DISTINCT m.person_id) AS learners, count(*) AS marks,
                           avg(m.mark_value)::float8 AS average
                      FROM report.mark m
                     WHERE m.organization_id = ANY (?) AND m.period = ? AND m.scale = 'five-point'
                       AND m.academic_year <= ? AND (?::text IS NULL OR m.academic_year >= ?)
                       AND (lower(m.subject) = lower(?) OR m.subject_code = ?)
                     GROUP BY m.academic_year""";
        List<Object> parameters = new ArrayList<>(Arrays.asList(organizations, arguments.text(MarkPeriods.PARAMETER), last,
                first, first));
        if (subject != null) {
            parameters.addAll(List.of(subject, subject));
        }
        Organizations.with(arguments).append("""
                , per_year AS (
                """ + perYear + """

                )
                SELECT y.*, y.average - lag(y.average) OVER (ORDER BY y.academic_year) AS change,
                       lag(y.academic_year) OVER (ORDER BY y.academic_year) AS previous_year
                  FROM per_year y
                 ORDER BY y.academic_year
                """, parameters.toArray())
                .run(context, row -> context.row(row.getString("academic_year"), Rows.whole(row, "learners"),
                        Rows.whole(row, "marks"), Rows.fraction(row, "average"),
                        follows(row.getString("previous_year"), row.getString("academic_year"))
                                ? Rows.fraction(row, "change") : null));
    }

    /** Whether the year before is the one just before (2025-2026 before 2026-2027), not one with a gap. */
    static boolean follows(String previous, String year) {
        return previous != null && Integer.parseInt(previous.substring(5)) == Integer.parseInt(year.substring(0, 4));
    }
}
