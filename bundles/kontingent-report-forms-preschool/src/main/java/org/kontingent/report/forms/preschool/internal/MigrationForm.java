package org.kontingent.report.forms.preschool.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.Levels;
import org.kontingent.report.support.Organizations;
import org.kontingent.report.support.Rows;
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * Migration of pupils over a period (both days inclusive), from the learner memberships at the
 * level preschool: the children at the start (enrolled before the first day and still there on
 * it), those who arrived (first day in the period), of them enrolled at the level for the first
 * time, those who left (last day, the day before ends_on, in the period), of them on completing
 * preschool education (the leaving reason graduation), and the children at the end (arrived by
 * the last day and still there the day after it): at the start + arrived − left = at the end. Per
 * organization (by default), per municipality or for the region.
 */
@Component(service = ReportForm.class)
public final class MigrationForm implements ReportForm {
    static final String ID = "preschool.migration";

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        return texts.definition(ID, Category.PRESCHOOL, "migration",
                List.of(Parameter.from(), Parameter.to(), Parameter.level(Level.ORGANIZATION), Parameter.authority(),
                        Parameter.district(), Parameter.settlement(), Parameter.organizationType()),
                List.of(Column.text("municipality", texts.get("column.municipality")),
                        Column.text("unit", texts.get("column.unit")),
                        Column.count("atStart", texts.get("column.atStart")),
                        Column.count("arrived", texts.get("column.arrived")),
                        Column.count("firstEnrolled", texts.get("column.firstEnrolled")),
                        Column.count("left", texts.get("column.left")),
                        Column.count("completed", texts.get("column.completed")),
                        Column.count("atEnd", texts.get("column.atEnd"))),
                List.of("municipality"),
                new Chart(Chart.Type.BAR, "unit", List.of("arrived", "left")));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        Level level = Levels.of(context.arguments(), Level.ORGANIZATION);
        LocalDate from = context.arguments().date(Parameter.FROM);
        LocalDate after = context.arguments().date(Parameter.TO).plusDays(1);
        String region = Texts.of(context.locale(), getClass()).get("unit.region");
        Long[] kindergartens = Kindergartens.ids(context);
        context.progress(10);
        Organizations.with(context.arguments()).append("""
                , moves AS (
                    SELECT l.organization_id,
                           count(*) FILTER (WHERE l.starts_on < ? AND (l.ends_on IS NULL OR l.ends_on > ?)) AS at_start,
                           count(*) FILTER (WHERE l.starts_on >= ?) AS arrived,
                           count(*) FILTER (WHERE l.starts_on >= ? AND l.previous_membership_id IS NULL) AS first_enrolled,
                           count(*) FILTER (WHERE l.ends_on <= ?) AS left_,
                           count(*) FILTER (WHERE l.ends_on <= ? AND l.leaving_reason_code = 'graduation') AS completed,
                           count(*) FILTER (WHERE l.ends_on IS NULL OR l.ends_on > ?) AS at_end
                      FROM report.learner l
                     WHERE l.organization_id = ANY (?) AND l.level = 'preschool'
                       AND l.starts_on < ? AND (l.ends_on IS NULL OR l.ends_on > ?)
                     GROUP BY l.organization_id
                )
                """, from, from, from, from, after, after, after, kindergartens, after, from)
                .append(Levels.fill("""
                        SELECT $LEVEL, coalesce(sum(m.at_start), 0) AS at_start, coalesce(sum(m.arrived), 0) AS arrived,
                               coalesce(sum(m.first_enrolled), 0) AS first_enrolled, coalesce(sum(m.left_), 0) AS left_,
                               coalesce(sum(m.completed), 0) AS completed, coalesce(sum(m.at_end), 0) AS at_end
                          FROM orgs o
                          LEFT JOIN moves m ON m.organization_id = o.id
                         WHERE $KINDERGARTEN
                        $GROUP
                         ORDER BY municipality_name, municipality_id, organization_name, organization_id
                        """.replace("$KINDERGARTEN", Kindergartens.CONDITION), level, "o"))
                .run(context, row -> context.row(row.getString("municipality_name"), Levels.unitName(row, level, region),
                        Rows.whole(row, "at_start"), Rows.whole(row, "arrived"), Rows.whole(row, "first_enrolled"),
                        Rows.whole(row, "left_"), Rows.whole(row, "completed"), Rows.whole(row, "at_end")));
    }
}
