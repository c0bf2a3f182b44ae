package org.kontingent.report.forms.statistics.internal;

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
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * The number of organizations by type ({@code statistics.organizations-by-type}): for the region,
 * or per municipality and type; narrowed by an authority (with its subordinates), a city or
 * district, a settlement. Types come in the dictionary's order (preschool, general, additional,
 * vocational); municipalities by name. A pie of the organizations by type.
 */
@Component(service = ReportForm.class)
public class OrganizationsByTypeForm implements ReportForm {
    static final String ID = "statistics.organizations-by-type";
    static final String MUNICIPALITY = "municipality";
    static final String TYPE = "organizationType";
    static final String ORGANIZATIONS = "organizations";

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        return texts.definition(ID, Category.STATISTICS, "organizations-by-type",
                List.of(Parameter.level(Level.REGION), Parameter.authority(), Parameter.district(), Parameter.settlement()),
                List.of(Column.text(MUNICIPALITY, texts.get("column.municipality")),
                        Column.text(TYPE, texts.get("column.organization-type")),
                        Column.count(ORGANIZATIONS, texts.get("column.organizations"))),
                List.of(MUNICIPALITY),
                new Chart(Chart.Type.PIE, TYPE, List.of(ORGANIZATIONS)));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        Level level = Levels.regionOrMunicipality(context.arguments(), Level.REGION, Texts.of(context.locale(), getClass()));
        Organizations.with(context.arguments()).append(Levels.fill("""
                , counted AS (
                    SELECT $LEVEL, o.type_code, count(*) AS organizations
                      FROM orgs o
                    $GROUP
                )
                SELECT c.municipality_name, coalesce(t.name, c.type_code), c.organizations
                  FROM counted c
                  LEFT JOIN report.dictionary t ON t.dictionary = 'organization-type' AND t.code = c.type_code
                 ORDER BY c.municipality_name, c.municipality_id, t.sort_order NULLS LAST, 2
                """, level, "o", "o.type_code"))
                .run(context, row -> context.row(row.getString(1), row.getString(2), row.getLong(3)));
    }
}
