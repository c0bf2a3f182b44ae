package org.kontingent.report.forms.preschool.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Age categories of the children in the queue on a day ({@link Queue}), by their age that day, in
 * the categories of the federal monitoring of preschool accessibility: under 1, 1 to 1.5, 1.5 to
 * 2, 2 to 3, then by year to 7, and 7 or older; with the totals under 3 and from 3 to 7 (the
 * indicator of accessibility for 3 to 7-year-olds). A category from a to b holds children of at
 * least a and under b. For the region, per municipality (by default) or per organization; a unit
 * comes when someone waits in it, the region always.
 */
@Component(service = ReportForm.class)
public final class QueueAgesForm implements ReportForm {
    static final String ID = "preschool.queue-ages";
    /** The categories' keys and their bounds in months, from (inclusive) and to (exclusive). */
    static final List<String> KEYS = List.of("under1", "from1to1h", "from1hto2", "from2to3", "from3to4", "from4to5",
            "from5to6", "from6to7", "from7");
    private static final int[] BOUNDS = {0, 12, 18, 24, 36, 48, 60, 72, 84, Integer.MAX_VALUE};

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        List<Column> columns = new ArrayList<>(List.of(Column.text("municipality", texts.get("column.municipality")),
                Column.text("unit", texts.get("column.unit")), Column.count("waiting", texts.get("column.waiting"))));
        for (String key : KEYS) {
            columns.add(Column.count(key, texts.get("column." + key)));
        }
        columns.add(Column.count("under3", texts.get("column.under3")));
        columns.add(Column.count("from3to7", texts.get("column.from3to7")));
        return texts.definition(ID, Category.PRESCHOOL, "queueAges", Queue.parameters(), columns, List.of("municipality"),
                new Chart(Chart.Type.STACKED_BAR, "unit", KEYS));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        Level level = Levels.of(context.arguments(), Level.MUNICIPALITY);
        LocalDate day = context.arguments().date(Parameter.DATE);
        String region = Texts.of(context.locale(), getClass()).get("unit.region");
        Long[] all = Organizations.ids(context);
        context.progress(10);
        StringBuilder categories = new StringBuilder();
        for (int i = 0; i < KEYS.size(); i++) {
            categories.append(", count(DISTINCT q.person_id) FILTER (WHERE q.months >= ").append(BOUNDS[i])
                    .append(BOUNDS[i + 1] == Integer.MAX_VALUE ? "" : " AND q.months < " + BOUNDS[i + 1])
                    .append(") AS c").append(i);
        }
        Organizations.with(context.arguments()).append(Queue.cte(), day, day, all, day, day)
                .append(Levels.fill("""
                        SELECT $LEVEL, count(DISTINCT q.person_id) AS waiting $CATEGORIES,
                               count(DISTINCT q.person_id) FILTER (WHERE q.months < 36) AS under3,
                               count(DISTINCT q.person_id) FILTER (WHERE q.months >= 36 AND q.months < 84) AS from3to7
                          FROM queue q
                          JOIN orgs o ON o.id = q.organization_id
                        $GROUP
                         ORDER BY municipality_name, municipality_id, organization_name, organization_id
                        """.replace("$CATEGORIES", categories), level, "o"))
                .run(context, row -> {
                    List<Object> values = new ArrayList<>(Arrays.asList(row.getString("municipality_name"),
                            Levels.unitName(row, level, region), Rows.whole(row, "waiting")));
                    for (int i = 0; i < KEYS.size(); i++) {
                        values.add(Rows.whole(row, "c" + i));
                    }
                    values.add(Rows.whole(row, "under3"));
                    values.add(Rows.whole(row, "from3to7"));
                    context.row(values.toArray());
                });
    }
}
