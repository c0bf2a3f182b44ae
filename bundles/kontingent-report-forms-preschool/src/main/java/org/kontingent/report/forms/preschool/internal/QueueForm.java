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
import org.kontingent.report.support.Learners;
import org.kontingent.report.support.Levels;
import org.kontingent.report.support.Organizations;
import org.kontingent.report.support.Rows;
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * Children waiting in the queue on a day ({@link Queue}), of them those whose wanted date has come
 * (they need a place now), those under 3 and those with a preferential right; beside them the
 * children attending the preschool organizations and the free places in their groups on the day:
 * the capacity of each group of the academic year of the day less the children placed in it on
 * the day (the registry's published groups and placements; a group without a capacity adds none).
 * For the region, per municipality (by default) or per organization; a unit comes when it has a
 * preschool organization or an application.
 */
@Component(service = ReportForm.class)
public final class QueueForm implements ReportForm {
    static final String ID = "preschool.queue";

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        return texts.definition(ID, Category.PRESCHOOL, "queue", Queue.parameters(),
                List.of(Column.text("municipality", texts.get("column.municipality")),
                        Column.text("unit", texts.get("column.unit")),
                        Column.count("waiting", texts.get("column.waiting")),
                        Column.count("wantingNow", texts.get("column.wantingNow")),
                        Column.count("under3", texts.get("column.under3")),
                        Column.count("preferential", texts.get("column.preferential")),
                        Column.count("attending", texts.get("column.attending")),
                        Column.count("freePlaces", texts.get("column.freePlaces"))),
                List.of("municipality"),
                new Chart(Chart.Type.BAR, "unit", List.of("waiting", "freePlaces")));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        Level level = Levels.of(context.arguments(), Level.MUNICIPALITY);
        LocalDate day = context.arguments().date(Parameter.DATE);
        String region = Texts.of(context.locale(), getClass()).get("unit.region");
        // applications may name an organization that is no kindergarten: the queue reads all of the run's
        Long[] all = Organizations.ids(context);
        Long[] kindergartens = Kindergartens.ids(context);
        context.progress(10);
        Organizations.with(context.arguments()).append(Queue.cte(), day, day, all, day, day)
                .append(Learners.onDay("attending", "= ANY (?)"), kindergartens, day, day)
                .append("""
                        , year_groups AS MATERIALIZED (
                            SELECT g.id, g.organization_id, g.capacity
                              FROM report.class_group g
                             WHERE g.organization_id = ANY (?)
                               AND g.academic_year IN (SELECT y.code FROM report.academic_year y
                                                        WHERE y.starts_on <= ? AND ? < y.ends_on)
                        ), free AS (
                            SELECT g.organization_id, sum(greatest(g.capacity - coalesce(p.placed, 0), 0)) AS free
                              FROM year_groups g
                              LEFT JOIN (SELECT cp.class_group_id, count(*) AS placed
                                           FROM report.class_placement cp
                                          WHERE cp.class_group_id IN (SELECT id FROM year_groups)
                                            AND cp.starts_on <= ? AND (cp.ends_on IS NULL OR ? < cp.ends_on)
                                          GROUP BY cp.class_group_id) p ON p.class_group_id = g.id
                             GROUP BY g.organization_id
                        )
                        """, kindergartens, day, day, day, day)
                .append(Levels.fill("""
                        , queued AS (
                            SELECT $LEVEL, count(DISTINCT q.person_id) AS waiting,
                                   count(DISTINCT q.person_id) FILTER (WHERE q.wanted_date <= ?) AS wanting_now,
                                   count(DISTINCT q.person_id) FILTER (WHERE q.months < 36) AS under3,
                                   count(DISTINCT q.person_id) FILTER (WHERE q.preferential_category IS NOT NULL) AS preferential
                              FROM queue q
                              JOIN orgs o ON o.id = q.organization_id
                            $GROUP
                        ), places AS (
                            SELECT $LEVEL, coalesce(sum(a.learners), 0) AS attending, coalesce(sum(f.free), 0) AS free
                              FROM orgs o
                              LEFT JOIN attending a ON a.organization_id = o.id
                              LEFT JOIN free f ON f.organization_id = o.id
                             WHERE $KINDERGARTEN OR o.id IN (SELECT organization_id FROM queue)
                            $GROUP
                        )
                        SELECT p.municipality_id, p.municipality_name, p.organization_id, p.organization_name,
                               coalesce(q.waiting, 0) AS waiting, coalesce(q.wanting_now, 0) AS wanting_now,
                               coalesce(q.under3, 0) AS under3, coalesce(q.preferential, 0) AS preferential,
                               p.attending, p.free
                          FROM places p
                          LEFT JOIN queued q ON q.municipality_id IS NOT DISTINCT FROM p.municipality_id
                                            AND q.organization_id IS NOT DISTINCT FROM p.organization_id
                         ORDER BY p.municipality_name, p.municipality_id, p.organization_name, p.organization_id
                        """.replace("$KINDERGARTEN", Kindergartens.CONDITION), level, "o"), day)
                .run(context, row -> context.row(row.getString("municipality_name"), Levels.unitName(row, level, region),
                        Rows.whole(row, "waiting"), Rows.whole(row, "wanting_now"), Rows.whole(row, "under3"),
                        Rows.whole(row, "preferential"), Rows.whole(row, "attending"), Rows.whole(row, "free")));
    }
}
