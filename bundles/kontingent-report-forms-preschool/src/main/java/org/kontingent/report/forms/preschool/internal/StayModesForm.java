package org.kontingent.report.forms.preschool.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.Organizations;
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * Distribution of the children by the stay mode of their group on a day (кратковременное,
 * сокращённый день, полный день, продлённый день, круглосуточное), per preschool organization with
 * its city or district, settlement, managing authority and kind, grouped by municipality. Every
 * preschool organization of the run has its row, with or without children.
 */
@Component(service = ReportForm.class)
public final class StayModesForm implements ReportForm {
    static final String ID = "preschool.stay-modes";

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        List<Column> columns = new ArrayList<>(List.of(Column.text("municipality", texts.get("column.municipality")),
                Column.text("organization", texts.get("column.organization")),
                Column.text("district", texts.get("column.district")),
                Column.text("settlement", texts.get("column.settlement")),
                Column.text("authority", texts.get("column.authority")),
                Column.text("kind", texts.get("column.kind"))));
        columns.addAll(Distribution.STAY_MODE.columns(texts));
        return texts.definition(ID, Category.PRESCHOOL, "stayModes",
                List.of(Parameter.date(), Parameter.authority(), Parameter.district(), Parameter.settlement(),
                        Parameter.organizationType()),
                columns, List.of("municipality"), new Chart(Chart.Type.STACKED_BAR, "organization",
                        Distribution.STAY_MODE.keys()));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        LocalDate day = context.arguments().date(Parameter.DATE);
        Long[] kindergartens = Kindergartens.ids(context);
        context.progress(10);
        Distribution stayMode = Distribution.STAY_MODE;
        Organizations.with(context.arguments()).append(stayMode.enrolled(), kindergartens, day, day)
                .append("""
                        SELECT o.municipality_id, o.municipality_name, o.id, o.name, r.district, r.settlement,
                               r.authority_name, r.kind_name, $COUNTS
                          FROM orgs o
                          JOIN report.organization r ON r.id = o.id
                          LEFT JOIN enrolled c ON c.organization_id = o.id
                         WHERE $KINDERGARTEN
                         GROUP BY o.municipality_id, o.municipality_name, o.id, o.name, r.district, r.settlement,
                                  r.authority_name, r.kind_name
                         ORDER BY o.municipality_name, o.municipality_id, o.name, o.id
                        """.replace("$COUNTS", stayMode.counts()).replace("$KINDERGARTEN", Kindergartens.CONDITION))
                .run(context, row -> {
                    List<Object> values = new ArrayList<>(Arrays.asList(row.getString("municipality_name"), row.getString("name")));
                    values.add(row.getString("district"));
                    values.add(row.getString("settlement"));
                    values.add(row.getString("authority_name"));
                    values.add(row.getString("kind_name"));
                    values.addAll(stayMode.values(row));
                    context.row(values.toArray());
                });
    }
}
