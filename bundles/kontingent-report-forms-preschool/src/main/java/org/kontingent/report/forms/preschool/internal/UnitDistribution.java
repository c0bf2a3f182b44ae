package org.kontingent.report.forms.preschool.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.support.Levels;
import org.kontingent.report.support.Organizations;
import org.kontingent.report.support.Texts;

/**
 * A form of the children of preschool organizations on a day by one code of their enrollment
 * ({@link Distribution}), for the region, per municipality (by default) or per organization,
 * grouped by municipality: the region's one row comes even when no organization is counted.
 */
final class UnitDistribution {
    private UnitDistribution() {
    }

    static ReportDefinition definition(Texts texts, String id, String key, Distribution distribution) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("municipality", texts.get("column.municipality")),
                Column.text("unit", texts.get("column.unit"))));
        columns.addAll(distribution.columns(texts));
        return texts.definition(id, Category.PRESCHOOL, key,
                List.of(Parameter.date(), Parameter.level(Level.MUNICIPALITY), Parameter.authority(), Parameter.district(),
                        Parameter.settlement(), Parameter.organizationType()),
                columns, List.of("municipality"), new Chart(Chart.Type.STACKED_BAR, "unit", distribution.keys()));
    }

    static void run(ReportContext context, Texts texts, Distribution distribution) throws Exception {
        Level level = Levels.of(context.arguments(), Level.MUNICIPALITY);
        LocalDate day = context.arguments().date(Parameter.DATE);
        Long[] kindergartens = Kindergartens.ids(context);
        context.progress(10);
        Organizations.with(context.arguments()).append(distribution.enrolled(), kindergartens, day, day)
                .append(Levels.fill("""
                        SELECT $LEVEL, $COUNTS
                          FROM orgs o
                          LEFT JOIN enrolled c ON c.organization_id = o.id
                         WHERE $KINDERGARTEN
                        $GROUP
                         ORDER BY municipality_name, municipality_id, organization_name, organization_id
                        """.replace("$COUNTS", distribution.counts()).replace("$KINDERGARTEN", Kindergartens.CONDITION),
                        level, "o"))
                .run(context, row -> {
                    List<Object> values = new ArrayList<>(Arrays.asList(row.getString("municipality_name"),
                            Levels.unitName(row, level, texts.get("unit.region"))));
                    values.addAll(distribution.values(row));
                    context.row(values.toArray());
                });
    }
}
