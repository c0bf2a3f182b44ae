package org.kontingent.report.forms.statistics.internal;

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
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * Learners on a day by organization type ({@code statistics.learners-by-organization-type}):
 * learners, boys, girls and the share of girls among the learners, for the region or per
 * municipality and type; narrowed by an authority (with its subordinates), a city or district, a
 * settlement. A learner counts on day D when a membership holds then ({@code starts_on <= D} and
 * {@code D < ends_on}, or no end): a membership is counted, so someone in two organizations at
 * once counts in each. Every type of the organizations counted has a row, with zeros when none
 * of its organizations had learners that day. Stacked bars of boys and girls by type.
 *
 * <p>The organizations counted are found first (the scope and the filters: a few thousand ids at
 * most) and handed to the count as an array, so the planner sees how many memberships it reads
 * — an organization's or a municipality's share through the membership index, the region by
 * one scan — instead of guessing at the views' scope condition. The counts are taken per
 * organization (sex counted with {@code FILTER}), then added up by type and municipality, and
 * only then are the types' order and names joined.
 */
@Component(service = ReportForm.class)
public class LearnersByOrganizationTypeForm implements ReportForm {
    static final String ID = "statistics.learners-by-organization-type";
    static final String MUNICIPALITY = "municipality";
    static final String TYPE = "organizationType";
    static final String LEARNERS = "learners";
    static final String BOYS = "boys";
    static final String GIRLS = "girls";
    static final String GIRLS_SHARE = "girlsShare";

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        return texts.definition(ID, Category.STATISTICS, "learners-by-organization-type",
                List.of(Parameter.date(), Parameter.level(Level.REGION), Parameter.authority(), Parameter.district(),
                        Parameter.settlement()),
                List.of(Column.text(MUNICIPALITY, texts.get("column.municipality")),
                        Column.text(TYPE, texts.get("column.organization-type")),
                        Column.count(LEARNERS, texts.get("column.learners")),
                        Column.count(BOYS, texts.get("column.boys")),
                        Column.count(GIRLS, texts.get("column.girls")),
                        Column.percent(GIRLS_SHARE, texts.get("column.girls-share"))),
                List.of(MUNICIPALITY),
                new Chart(Chart.Type.STACKED_BAR, TYPE, List.of(BOYS, GIRLS)));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        Level level = Levels.regionOrMunicipality(context.arguments(), Level.REGION, Texts.of(context.locale(), getClass()));
        Long[] organizations = Organizations.ids(context);
        if (organizations.length == 0) {
            return;
        }
        LocalDate day = context.arguments().date(Parameter.DATE);
        Organizations.with(context.arguments()).append(Learners.onDay("counted", "= ANY (?)"), organizations, day, day)
                .append(Levels.fill("""
                , typed AS (
                    SELECT $LEVEL, o.type_code, coalesce(sum(c.learners), 0) AS learners,
                           coalesce(sum(c.boys), 0) AS boys, coalesce(sum(c.girls), 0) AS girls
                      FROM orgs o
                      LEFT JOIN counted c ON c.organization_id = o.id
                    $GROUP
                )
                SELECT g.municipality_name, coalesce(t.name, g.type_code), g.learners, g.boys, g.girls
                  FROM typed g
                  LEFT JOIN report.dictionary t ON t.dictionary = 'organization-type' AND t.code = g.type_code
                 ORDER BY g.municipality_name, g.municipality_id, t.sort_order NULLS LAST, 2
                """, level, "o", "o.type_code")).run(context, row -> {
                    long learners = row.getLong(3);
                    long girls = row.getLong(5);
                    context.row(row.getString(1), row.getString(2), learners, row.getLong(4), girls,
                            learners == 0 ? null : (double) girls / learners);
                });
    }
}
