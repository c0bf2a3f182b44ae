package org.kontingent.report.forms.contingent.internal;

import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.Rows;
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * The organization structure: per organization and grade parallel (0–12) of the academic year,
 * the classes, their normative capacity and the learners placed in them on the day. Grouped by
 * organization, so each organization gets a subtotal. Classes without a grade come last in their
 * organization, with an empty grade.
 */
@Component(service = ReportForm.class)
public final class OrganizationStructureForm implements ReportForm {
    static final String ID = "contingent.organization-structure";

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        return texts.definition(ID, Category.CONTINGENT, "structure", Classes.parameters(Parameter.organization()),
                Classes.columns(texts, Column.text("organization", texts.get("column.organization")),
                        Column.text("municipality", texts.get("column.municipality")),
                        Column.integer("grade", texts.get("column.grade"))),
                List.of("organization"), null);
    }

    @Override
    public void run(ReportContext context) throws Exception {
        Classes.run(context, Texts.of(context.locale(), getClass()), """
                , per_grade AS (
                    SELECT c.organization_id, c.grade, count(*) AS classes, sum(c.capacity) AS capacity,
                           coalesce(sum(p.learners), 0) AS learners
                      FROM classes c
                      LEFT JOIN placed p ON p.class_group_id = c.id
                     GROUP BY c.organization_id, c.grade
                )
                SELECT o.name AS organization, o.municipality_name AS municipality, pg.grade, pg.classes, pg.capacity,
                       pg.learners
                  FROM per_grade pg
                  JOIN orgs o ON o.id = pg.organization_id
                 ORDER BY o.municipality_name, o.municipality_id, o.name, o.id, pg.grade NULLS LAST
                """, row -> context.row(row.getString("organization"), row.getString("municipality"),
                        Rows.whole(row, "grade"), Rows.whole(row, "classes"), Rows.whole(row, "capacity"),
                        Rows.whole(row, "learners")));
    }
}
