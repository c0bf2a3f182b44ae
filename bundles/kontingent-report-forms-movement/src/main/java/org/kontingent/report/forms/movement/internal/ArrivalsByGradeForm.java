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
 * <p>Of which <em>from another organization</em>: the person had a learner membership in another
 * organization of the same education level that started before this one and still held on its
 * first day or ended at most 30 days before it (its ends_on, the first day it no longer held, no
 * earlier than 30 days before the new start). Of which <em>first enrolled</em>: the person had no
 * earlier learner membership at that education level at all. The arrivals are those of the
 * organizations the run covers; the person's earlier memberships are looked up wherever they were
 * ({@link History}), inside the user's scope or not.
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
        context.progress(10);
        Organizations.with(context.arguments()).append(Organizations.ALL).append("""
                , arrivals AS MATERIALIZED (
                    SELECT l.membership_id, l.person_id, l.organization_id, l.starts_on, o.level
                      FROM report.learner l
                      JOIN orgs o ON o.id = l.organization_id
                     WHERE l.starts_on >= ? AND l.starts_on <= ?
                )
                """, asked.from(), asked.to()).append(History.of("history", "h.person_id IN (SELECT person_id FROM arrivals)"))
                .append(Levels.fill("""
                , first_class AS (
                    SELECT DISTINCT ON (cp.membership_id) cp.membership_id, g.grade
                      FROM report.class_placement cp
                      JOIN report.class_group g ON g.id = cp.class_group_id
                     WHERE cp.membership_id IN (SELECT membership_id FROM arrivals)
                     ORDER BY cp.membership_id, cp.starts_on
                ), earlier AS (
                    SELECT a.membership_id,
                           bool_or(p.organization_id <> a.organization_id
                                   AND (p.ends_on IS NULL OR p.ends_on >= a.starts_on - 30)) AS from_other
                      FROM arrivals a
                      JOIN history p ON p.person_id = a.person_id AND p.starts_on < a.starts_on AND p.level = a.level
                     GROUP BY a.membership_id
                ), counted AS (
                    SELECT $LEVEL, fc.grade, fc.membership_id IS NOT NULL AS placed, count(*) AS arrivals,
                           count(*) FILTER (WHERE e.from_other) AS from_other,
                           count(*) FILTER (WHERE e.membership_id IS NULL) AS first_enrolled
                      FROM arrivals a
                      JOIN orgs o ON o.id = a.organization_id
                      LEFT JOIN first_class fc ON fc.membership_id = a.membership_id
                      LEFT JOIN earlier e ON e.membership_id = a.membership_id
                    $GROUP
                )
                SELECT municipality_name, grade, placed, arrivals, from_other, first_enrolled
                  FROM counted
                 ORDER BY municipality_name, municipality_id, grade NULLS LAST, placed DESC
                """, asked.level(), "o", "fc.grade", "fc.membership_id IS NOT NULL")).run(context, row -> {
                    Long grade = Rows.whole(row, "grade");
                    String label = grade != null ? grade.toString() : row.getBoolean("placed") ? noGrade : notPlaced;
                    context.row(row.getString("municipality_name"), label, Rows.whole(row, "arrivals"),
                            Rows.whole(row, "from_other"), Rows.whole(row, "first_enrolled"));
                });
    }
}
