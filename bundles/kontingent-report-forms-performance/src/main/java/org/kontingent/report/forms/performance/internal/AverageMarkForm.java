package org.kontingent.report.forms.performance.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ParameterType;
import org.kontingent.report.api.ReportArguments;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.Levels;
import org.kontingent.report.support.Organizations;
import org.kontingent.report.support.Rows;
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * The average mark per organization (or per municipality, or the region's): the mean of the
 * five-point marks of a period of an academic year, optionally of one subject (as the
 * organizations named it, or its master code), with the number of learners and of marks it is
 * taken over.
 */
@Component(service = ReportForm.class)
public final class AverageMarkForm implements ReportForm {
    static final String ID = "performance.average-mark";
    /** The optional subject: its name as sent, or its master code. */
    static final String SUBJECT = "subject";

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        return texts.definition(ID, Category.PERFORMANCE, "averageMark",
                List.of(Parameter.academicYear(), MarkPeriods.parameter(texts), subject(texts),
                        Parameter.level(Level.ORGANIZATION), Parameter.authority(), Parameter.district(),
                        Parameter.settlement()),
                List.of(Column.text("municipality", texts.get("column.municipality")),
                        Column.text("unit", texts.get("column.unit")),
                        Column.count("learners", texts.get("column.learners")),
                        Column.count("marks", texts.get("column.marks")),
                        Column.decimal("average", texts.get("column.average"))),
                List.of("municipality"),
                new Chart(Chart.Type.BAR, "unit", List.of("average")));
    }

    /** The optional subject parameter, titled by the text {@code parameter.subject}. */
    static Parameter subject(Texts texts) {
        return new Parameter(SUBJECT, ParameterType.TEXT, texts.get("parameter.subject"), false, null, null, null);
    }

    @Override
    public void run(ReportContext context) throws Exception {
        ReportArguments arguments = context.arguments();
        Level level = Levels.of(arguments, Level.ORGANIZATION);
        String region = Texts.of(context.locale(), getClass()).get("unit.region");
        String subject = arguments.text(SUBJECT);
        Long[] organizations = Organizations.ids(context);
        context.progress(10);
        // without a subject, the result counts; for one subject, its marks
        String perOrganization = subject == null ? """
                    SELECT r.organization_id, sum(r.with_marks) AS learners, sum(r.marks) AS marks, sum(r.total) AS total
                      FROM report.result_count r
                     WHERE r.organization_id = ANY (?) AND r.academic_year = ? AND r.period = ? AND r.marks <> 0
                     GROUP BY r.organization_id""" : """
                    SELECT m.organization_id, count(DISTINCT m.person_id) AS learners, count(*) AS marks,
                           sum(m.mark_value) AS total
                      FROM report.mark m
                     WHERE m.organization_id = ANY (?) AND m.academic_year = ? AND m.period = ?
                       AND m.scale = 'five-point' AND (lower(m.subject) = lower(?) OR m.subject_code = ?)
                     GROUP BY m.organization_id""";
        List<Object> parameters = new ArrayList<>(Arrays.asList(organizations, arguments.text(Parameter.ACADEMIC_YEAR),
                arguments.text(MarkPeriods.PARAMETER)));
        if (subject != null) {
            parameters.addAll(List.of(subject, subject));
        }
        Organizations.with(arguments).append(Levels.fill("""
                , per_organization AS (
                """ + perOrganization + """

                ), counted AS (
                    SELECT $LEVEL, sum(p.learners) AS learners, sum(p.marks) AS marks, sum(p.total) AS total
                      FROM per_organization p
                      JOIN orgs o ON o.id = p.organization_id
                    $GROUP
                )
                SELECT c.*, c.total::float8 / c.marks AS average
                  FROM counted c
                 WHERE c.marks > 0
                 ORDER BY c.municipality_name, c.municipality_id, c.organization_name, c.organization_id
                """, level, "o"), parameters.toArray())
                .run(context, row -> context.row(row.getString("municipality_name"), Levels.unitName(row, level, region),
                        Rows.whole(row, "learners"), Rows.whole(row, "marks"), Rows.fraction(row, "average")));
    }
}
