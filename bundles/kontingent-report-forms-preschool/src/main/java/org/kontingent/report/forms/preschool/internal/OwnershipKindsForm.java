package org.kontingent.report.forms.preschool.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Category;
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
 * Ownership forms and activity kinds of preschool organizations: per form of ownership and kind
 * (общеразвивающего, компенсирующего, комбинированного вида, ...), the preschool organizations and
 * the children attending them on a day, for the region or per municipality (by default), with a
 * subtotal per form of ownership. From the registry's organizations and learner counts only.
 */
@Component(service = ReportForm.class)
public final class OwnershipKindsForm implements ReportForm {
    static final String ID = "preschool.ownership-kinds";

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        return texts.definition(ID, Category.PRESCHOOL, "ownershipKinds",
                List.of(Parameter.date(), Parameter.level(Level.MUNICIPALITY), Parameter.authority(), Parameter.district(),
                        Parameter.settlement(), Parameter.organizationType()),
                List.of(Column.text("municipality", texts.get("column.municipality")),
                        Column.text("ownership", texts.get("column.ownership")),
                        Column.text("kind", texts.get("column.kind")),
                        Column.count("organizations", texts.get("column.organizations")),
                        Column.count("children", texts.get("column.children"))),
                List.of("municipality", "ownership"), null);
    }

    @Override
    public void run(ReportContext context) throws Exception {
        Texts texts = Texts.of(context.locale(), getClass());
        Level level = Levels.regionOrMunicipality(context.arguments(), Level.MUNICIPALITY, texts);
        LocalDate day = context.arguments().date(Parameter.DATE);
        String none = texts.get("value.notStated");
        Long[] kindergartens = Kindergartens.ids(context);
        context.progress(10);
        Organizations.with(context.arguments()).append(Learners.onDay("counts", "= ANY (?)"), kindergartens, day, day)
                .append(Levels.fill("""
                        SELECT $LEVEL, r.ownership_name, r.kind_name, count(*) AS organizations,
                               coalesce(sum(c.learners), 0) AS children
                          FROM orgs o
                          JOIN report.organization r ON r.id = o.id
                          LEFT JOIN report.dictionary ow ON ow.dictionary = 'ownership-form' AND ow.code = r.ownership_code
                          LEFT JOIN report.dictionary k ON k.dictionary = 'organization-kind' AND k.code = r.kind_code
                          LEFT JOIN counts c ON c.organization_id = o.id
                         WHERE $KINDERGARTEN
                        $GROUP
                         ORDER BY municipality_name, municipality_id, ow.sort_order NULLS LAST, r.ownership_name,
                                  k.sort_order NULLS LAST, r.kind_name
                        """.replace("$KINDERGARTEN", Kindergartens.CONDITION), level, "o", "r.ownership_name", "ow.sort_order",
                        "r.kind_name", "k.sort_order"))
                .run(context, row -> context.row(row.getString("municipality_name"),
                        orNone(row.getString("ownership_name"), none), orNone(row.getString("kind_name"), none),
                        Rows.whole(row, "organizations"), Rows.whole(row, "children")));
    }

    private static String orNone(String name, String none) {
        return name == null ? none : name;
    }
}
