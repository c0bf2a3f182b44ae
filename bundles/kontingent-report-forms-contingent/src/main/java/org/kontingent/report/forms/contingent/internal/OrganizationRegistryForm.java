package org.kontingent.report.forms.contingent.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.Organizations;
import org.kontingent.report.support.Query;
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * The organization registry: one row per organization with its names, type, kind, ownership,
 * education level, managing authority, municipality, territory, requisites and contacts, grouped
 * by municipality. Nothing is summed, so the engine adds no subtotals.
 */
@Component(service = ReportForm.class)
public final class OrganizationRegistryForm implements ReportForm {
    static final String ID = "contingent.organization-registry";

    /** The text columns after the municipality, each read from the view's column of the same key. */
    private static final List<String> COLUMNS = List.of("full_name", "short_name", "type_name", "kind_name",
            "ownership_name", "education_level", "authority_name", "oktmo", "district", "settlement", "address", "inn",
            "kpp", "ogrn", "phone", "email", "website");
    /** The position of the education level in a row: written as its name, not its code. */
    private static final int LEVEL = COLUMNS.indexOf("education_level") + 1;

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("municipality", texts.get("column.municipality")));
        for (String key : COLUMNS) {
            columns.add(Column.text(key, texts.get("registry.column." + key)));
        }
        return texts.definition(ID, Category.CONTINGENT, "registry",
                List.of(Parameter.authority(), Parameter.district(), Parameter.settlement(),
                        Parameter.organizationType()),
                columns, List.of("municipality"), null);
    }

    @Override
    public void run(ReportContext context) throws Exception {
        Texts texts = Texts.of(context.locale(), getClass());
        Query query = Organizations.with(context.arguments()).append("""
                SELECT r.municipality_name, r.full_name, r.short_name, coalesce(r.type_name, r.type_code) AS type_name,
                       coalesce(r.kind_name, r.kind_code) AS kind_name,
                       coalesce(r.ownership_name, r.ownership_code) AS ownership_name, r.education_level,
                       r.authority_name, r.oktmo, r.district, r.settlement, r.address, r.inn, r.kpp, r.ogrn, r.phone,
                       r.email, r.website
                  FROM orgs o
                  JOIN report.organization r ON r.id = o.id
                 ORDER BY r.municipality_name, r.municipality_id, r.full_name, r.id
                """);
        context.progress(10);
        query.run(context, row -> {
            Object[] values = new Object[COLUMNS.size() + 1];
            values[0] = row.getString("municipality_name");
            for (int i = 0; i < COLUMNS.size(); i++) {
                values[i + 1] = row.getString(COLUMNS.get(i));
            }
            values[LEVEL] = texts.get("level." + values[LEVEL]);
            context.row(values);
        });
    }
}
