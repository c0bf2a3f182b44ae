package org.kontingent.report.forms.performance.internal;

import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
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
 * Results of a period: the learners with marks of the period (a term, a half, the year or the
 * final marks) of an academic year, by their lowest mark — only fives (excellent), fours and fives
 * (good), a three at worst (satisfactory), a two or a failed pass/fail subject (failing) — with
 * the share of those not failing (успеваемость) and of the excellent and good (качество знаний),
 * for the region, per municipality or per organization.
 *
 * <p>A learner counts once in each organization where they have marks of the period. Marks given
 * as scores count for nothing here; a learner with passed pass/fail subjects only counts among the
 * learners and not failing, in none of the mark groups.
 */
@Component(service = ReportForm.class)
public final class ResultsForm implements ReportForm {
    static final String ID = "performance.results";

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        return texts.definition(ID, Category.PERFORMANCE, "results",
                List.of(Parameter.academicYear(), MarkPeriods.parameter(texts), Parameter.level(Level.MUNICIPALITY),
                        Parameter.authority(), Parameter.district(), Parameter.settlement()),
                List.of(Column.text("municipality", texts.get("column.municipality")),
                        Column.text("unit", texts.get("column.unit")),
                        Column.count("learners", texts.get("column.learners")),
                        Column.count("excellent", texts.get("column.excellent")),
                        Column.count("good", texts.get("column.good")),
                        Column.count("satisfactory", texts.get("column.satisfactory")),
                        Column.count("failing", texts.get("column.failing")),
                        Column.percent("success", texts.get("column.success")),
                        Column.percent("quality", texts.get("column.quality"))),
                List.of("municipality"),
                new Chart(Chart.Type.STACKED_BAR, "unit", List.of("excellent", "good", "satisfactory", "failing")));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        ReportArguments arguments = context.arguments();
        Level level = Levels.of(arguments, Level.MUNICIPALITY);
        String region = Texts.of(context.locale(), getClass()).get("unit.region");
        Long[] organizations = Organizations.ids(context);
        context.progress(10);
        Organizations.with(arguments).append(Levels.fill("""
                , counted AS (
                    SELECT $LEVEL, sum(r.learners) AS learners,
                           coalesce(sum(r.learners) FILTER (WHERE r.lowest = 5 AND NOT r.failed), 0) AS excellent,
                           coalesce(sum(r.learners) FILTER (WHERE r.lowest = 4 AND NOT r.failed), 0) AS good,
                           coalesce(sum(r.learners) FILTER (WHERE r.lowest = 3 AND NOT r.failed), 0) AS satisfactory,
                           coalesce(sum(r.learners) FILTER (WHERE r.lowest <= 2 OR r.failed), 0) AS failing
                      FROM report.result_count r
                      JOIN orgs o ON o.id = r.organization_id
                     WHERE r.organization_id = ANY (?) AND r.academic_year = ? AND r.period = ? AND r.learners <> 0
                    $GROUP
                )
                SELECT c.*,
                       CASE WHEN c.learners > 0 THEN (c.learners - c.failing)::float8 / c.learners END AS success,
                       CASE WHEN c.learners > 0 THEN (c.excellent + c.good)::float8 / c.learners END AS quality
                  FROM counted c
                 WHERE c.learners > 0
                 ORDER BY c.municipality_name, c.municipality_id, c.organization_name, c.organization_id
                """, level, "o"), organizations, arguments.text(Parameter.ACADEMIC_YEAR), arguments.text(MarkPeriods.PARAMETER))
                .run(context, row -> context.row(row.getString("municipality_name"), Levels.unitName(row, level, region),
                        Rows.whole(row, "learners"), Rows.whole(row, "excellent"), Rows.whole(row, "good"),
                        Rows.whole(row, "satisfactory"), Rows.whole(row, "failing"), Rows.fraction(row, "success"),
                        Rows.fraction(row, "quality")));
    }
}
