package org.kontingent.report.forms.movement.internal;

import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Category;
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
 * Arrivals by grade parallel: the learner memberships that start in the period (both days
 * inclusive), by the grade of the class each was first placed in (its earliest placement, whenever
 * it starts), for the region or per municipality. Arrivals first placed in a class without a grade
 * (a preschool group, a college group) and arrivals never placed make a row each after the grades.
 *
 * <p>Of which <em>from another organization</em>: the person's previous learner membership at the
 * same education level (the one that started last before this one, wherever it was) is in
 * another organization and still held on this one's first day or ended at most 30 days before it
 * (its ends_on, the first day it no longer held, no earlier than 30 days before the new start).
 * Of which <em>first enrolled</em>: the person had no earlier learner membership at that level at
 * all. The registry keeps the memberships counted by organization, first day, first class and
 * these two facts ({@code report.arrival_count}), so the form sums counts and reads no membership.
 */
@Component(service = ReportForm.class)
public final class ArrivalsByGradeForm implements ReportForm {
    static final String ID = "movement.arrivals-by-grade";

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        return texts.definition(ID, Category.MOVEMENT, "arrivals",
                PeriodByLevel.parameters(),
                List.of(Column.text("municipality", texts.get("column.municipality")),
                        Column.text("grade", texts.get("column.grade")),
                        Column.count("arrivals", texts.get("column.arrivals")),
                        Column.count("fromOther", texts.get("column.fromOther")),
                        Column.count("firstEnrolled", texts.get("column.firstEnrolled"))),
                List.of("municipality"), null);
    }

    @Override
    public void run(ReportContext context) throws Exception {
        Texts texts = Texts.of(context.locale(), getClass());
        PeriodByLevel asked = PeriodByLevel.of(context.arguments(), texts);
        String notPlaced = texts.get("arrivals.notPlaced");
        String noGrade = texts.get("arrivals.noGrade");
        // the organizations' ids first, as an array: the planner then sees how many counts it reads
        Long[] organizations = Organizations.ids(context);
        context.progress(10);
        Organizations.with(context.arguments()).append(Levels.fill("""
                , arrivals AS (
                    SELECT a.organization_id, a.first_class_group_id, sum(a.arrivals) AS arrivals,
                           coalesce(sum(a.arrivals) FILTER (WHERE a.from_other), 0) AS from_other,
                           coalesce(sum(a.arrivals) FILTER (WHERE a.first_enrolled), 0) AS first_enrolled
                      FROM report.arrival_count a
                     WHERE a.organization_id = ANY (?) AND a.starts_on >= ? AND a.starts_on <= ?
                     GROUP BY a.organization_id, a.first_class_group_id
                    HAVING sum(a.arrivals) > 0
                ), counted AS (
                    SELECT $LEVEL, g.grade, a.first_class_group_id IS NOT NULL AS placed, sum(a.arrivals) AS arrivals,
                           sum(a.from_other) AS from_other, sum(a.first_enrolled) AS first_enrolled
                      FROM arrivals a
                      JOIN orgs o ON o.id = a.organization_id
                      LEFT JOIN report.class_group g ON g.id = a.first_class_group_id
                    $GROUP
                )
                SELECT municipality_name, grade, placed, arrivals, from_other, first_enrolled
                  FROM counted
                 ORDER BY municipality_name, municipality_id, grade NULLS LAST, placed DESC
                """, asked.level(), "o", "g.grade", "a.first_class_group_id IS NOT NULL"), organizations, asked.from(), asked.to())
                .run(context, row -> {
                    Long grade = Rows.whole(row, "grade");
                    String label = grade != null ? grade.toString() : row.getBoolean("placed") ? noGrade : notPlaced;
                    context.row(row.getString("municipality_name"), label, Rows.whole(row, "arrivals"),
                            Rows.whole(row, "from_other"), Rows.whole(row, "first_enrolled"));
                });
    }
}
