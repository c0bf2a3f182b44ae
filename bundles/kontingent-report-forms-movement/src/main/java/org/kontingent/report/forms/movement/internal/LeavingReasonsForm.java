package org.kontingent.report.forms.movement.internal;

import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.Levels;
import org.kontingent.report.support.Organizations;
import org.kontingent.report.support.Rows;
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * Leavings by reason, for the region or per municipality, with each reason's share of the unit's
 * leavings.
 *
 * <p>The day of a leaving is the last day the membership held, the day before its ends_on (ends_on
 * is the first day it no longer holds). A leaving counts in the period when that day lies in it,
 * both days inclusive: from &lt; ends_on &lt;= to + 1. So a learner who leaves on the last day of
 * the period counts, and one whose last day was the day before the period does not — the same
 * day-in-the-period rule as arrivals, whose day is their starts_on.
 */
@Component(service = ReportForm.class)
public final class LeavingReasonsForm implements ReportForm {
    static final String ID = "movement.leaving-reasons";

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        return texts.definition(ID, Category.MOVEMENT, "leavings",
                PeriodByLevel.parameters(),
                List.of(Column.text("municipality", texts.get("column.municipality")),
                        Column.text("reason", texts.get("column.reason")),
                        Column.count("leavings", texts.get("column.leavings")),
                        Column.percent("share", texts.get("column.share"))),
                List.of("municipality"),
                new Chart(Chart.Type.PIE, "reason", List.of("leavings")));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        Texts texts = Texts.of(context.locale(), getClass());
        PeriodByLevel asked = PeriodByLevel.of(context.arguments(), texts);
        String none = texts.get("leavings.noReason");
        // the organizations' ids first, as an array: the planner then sees how many memberships it reads
        Long[] organizations = Organizations.ids(context);
        context.progress(10);
        Organizations.with(context.arguments()).append(Levels.fill("""
                , leavings AS (
                    SELECT l.organization_id, l.leaving_reason_code AS reason, count(*) AS leavings
                      FROM report.learner l
                     WHERE l.organization_id = ANY (?) AND l.ends_on > ? AND l.ends_on <= ?
                     GROUP BY l.organization_id, l.leaving_reason_code
                ), per_unit AS (
                    SELECT $LEVEL, lv.reason, sum(lv.leavings) AS leavings
                      FROM leavings lv
                      JOIN orgs o ON o.id = lv.organization_id
                    $GROUP
                )
                SELECT pu.municipality_name, pu.reason, d.name AS reason_name, pu.leavings,
                       pu.leavings::float8 / sum(pu.leavings) OVER (PARTITION BY pu.municipality_id) AS share
                  FROM per_unit pu
                  LEFT JOIN report.dictionary d ON d.dictionary = 'leaving-reason' AND d.code = pu.reason
                 ORDER BY pu.municipality_name, pu.municipality_id, pu.reason IS NULL, d.sort_order, pu.reason
                """, asked.level(), "o", "lv.reason"), organizations, asked.from(), asked.to().plusDays(1)).run(context, row -> {
                    String reason = row.getString("reason");
                    String name = row.getString("reason_name");
                    context.row(row.getString("municipality_name"), reason == null ? none : name == null ? reason : name,
                            Rows.whole(row, "leavings"), Rows.fraction(row, "share"));
                });
    }
}
