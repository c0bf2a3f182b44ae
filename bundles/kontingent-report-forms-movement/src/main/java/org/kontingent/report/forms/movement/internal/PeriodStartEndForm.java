package org.kontingent.report.forms.movement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.ColumnType;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportArguments;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.EducationLevel;
import org.kontingent.report.support.Organizations;
import org.kontingent.report.support.Rows;
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * Learners at the start and at the end of a period per settlement (grouped by municipality): the
 * normative capacity (the sum of the capacities of the classes of the academic year the first day
 * lies in), the learners whose membership holds on the first day and on the last day, and the
 * change. Optionally one education level only.
 */
@Component(service = ReportForm.class)
public final class PeriodStartEndForm implements ReportForm {
    static final String ID = "movement.period-start-end";

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        return texts.definition(ID, Category.MOVEMENT, "startEnd",
                List.of(Parameter.from(), Parameter.to(), Parameter.authority(), Parameter.district(),
                        Parameter.settlement(), EducationLevel.parameter(texts)),
                List.of(Column.text("municipality", texts.get("column.municipality")),
                        Column.text("settlement", texts.get("column.settlement")),
                        Column.count("capacity", texts.get("column.capacity")),
                        Column.count("atStart", texts.get("column.atStart")),
                        Column.count("atEnd", texts.get("column.atEnd")),
                        new Column("change", texts.get("column.change"), ColumnType.INTEGER, true)),
                List.of("municipality"),
                new Chart(Chart.Type.BAR, "settlement", List.of("atStart", "atEnd")));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        Texts texts = Texts.of(context.locale(), getClass());
        ReportArguments arguments = context.arguments();
        LocalDate from = arguments.date(Parameter.FROM);
        LocalDate to = arguments.date(Parameter.TO);
        String none = texts.get("startEnd.noSettlement");
        context.progress(10);
        Organizations.with(arguments).append("""
                , year AS (
                    SELECT code FROM report.academic_year WHERE starts_on <= ? AND ? < ends_on
                ), capacity AS (
                    SELECT g.organization_id, sum(g.capacity) AS capacity
                      FROM report.class_group g
                     WHERE g.academic_year IN (SELECT code FROM year) AND g.organization_id IN (SELECT id FROM orgs)
                     GROUP BY g.organization_id
                ), counts AS (
                    SELECT l.organization_id,
                           count(*) FILTER (WHERE l.starts_on <= ? AND (l.ends_on IS NULL OR l.ends_on > ?)) AS at_start,
                           count(*) FILTER (WHERE l.ends_on IS NULL OR l.ends_on > ?) AS at_end
                      FROM report.learner l
                     WHERE l.organization_id IN (SELECT id FROM orgs)
                       AND l.starts_on <= ? AND (l.ends_on IS NULL OR l.ends_on > ?)
                     GROUP BY l.organization_id
                )
                SELECT o.municipality_name, o.settlement, sum(c.capacity) AS capacity,
                       coalesce(sum(n.at_start), 0) AS at_start, coalesce(sum(n.at_end), 0) AS at_end
                  FROM orgs o
                  LEFT JOIN capacity c ON c.organization_id = o.id
                  LEFT JOIN counts n ON n.organization_id = o.id
                 GROUP BY o.municipality_id, o.municipality_name, o.settlement
                 ORDER BY o.municipality_name, o.municipality_id, o.settlement NULLS LAST
                """, from, from, from, from, to, to, from).run(context, row -> {
                    String settlement = row.getString("settlement");
                    long atStart = row.getLong("at_start");
                    long atEnd = row.getLong("at_end");
                    context.row(row.getString("municipality_name"), settlement == null ? none : settlement,
                            Rows.whole(row, "capacity"), atStart, atEnd, atEnd - atStart);
                });
    }
}
