package org.kontingent.report.forms.contingent.internal;

import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.Rows;
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * Class filling against the normative capacity: per organization (grouped by municipality), the
 * classes of the academic year, the sum of their capacities, the learners placed in them on the
 * day, the filling and the free places.
 *
 * <p>Capacity is the sum of the capacities known; a class without one adds nothing to it. Filling
 * is the learners placed in the classes with a known capacity over that capacity, null when no
 * class of the organization has one. Free places are the places left in classes not yet full:
 * an overfilled class does not take places from another.
 */
@Component(service = ReportForm.class)
public final class ClassFillingForm implements ReportForm {
    static final String ID = "contingent.class-filling";

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        List<Column> columns = Classes.columns(texts, Column.text("municipality", texts.get("column.municipality")),
                Column.text("organization", texts.get("column.organization")));
        columns.add(Column.percent("filling", texts.get("column.filling")));
        columns.add(Column.count("free", texts.get("column.free")));
        return texts.definition(ID, Category.CONTINGENT, "classFilling", Classes.parameters(), columns,
                List.of("municipality"), null);
    }

    @Override
    public void run(ReportContext context) throws Exception {
        Classes.run(context, Texts.of(context.locale(), getClass()), """
                , per_organization AS (
                    SELECT c.organization_id, count(*) AS classes, sum(c.capacity) AS capacity,
                           coalesce(sum(p.learners), 0) AS learners,
                           coalesce(sum(p.learners) FILTER (WHERE c.capacity IS NOT NULL), 0) AS learners_known,
                           sum(greatest(c.capacity - coalesce(p.learners, 0), 0)) FILTER (WHERE c.capacity IS NOT NULL) AS free
                      FROM classes c
                      LEFT JOIN placed p ON p.class_group_id = c.id
                     GROUP BY c.organization_id
                )
                SELECT o.municipality_name AS municipality, o.name AS organization, po.classes, po.capacity, po.learners,
                       CASE WHEN po.capacity > 0 THEN po.learners_known::float8 / po.capacity END AS filling,
                       po.free
                  FROM per_organization po
                  JOIN orgs o ON o.id = po.organization_id
                 ORDER BY o.municipality_name, o.municipality_id, o.name, o.id
                """, row -> context.row(row.getString("municipality"), row.getString("organization"),
                        Rows.whole(row, "classes"), Rows.whole(row, "capacity"), Rows.whole(row, "learners"),
                        Rows.fraction(row, "filling"), Rows.whole(row, "free")));
    }
}
