package org.kontingent.report.forms.statistics.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * The load of each data provider per day over a period ({@code statistics.provider-load}), both
 * days included: packages received, records received, applied and refused, and packages rejected
 * whole. Files uploaded by hand come as the provider "manual upload". Rows are provider × day
 * (days without packages left out), grouped by provider, so the engine adds a subtotal per
 * provider and the total.
 *
 * <p>The chart is bars of the records received by provider: a line per day would need one
 * series per provider, and series are columns, so it cannot be drawn from provider × day rows;
 * the bars compare the providers, and the rows give the dynamics.
 */
@Component(service = ReportForm.class)
public class ProviderLoadForm implements ReportForm {
    static final String ID = "statistics.provider-load";
    static final String PROVIDER = "provider";
    static final String DAY = "day";
    static final String PACKAGES = "packages";
    static final String RECEIVED = "received";
    static final String APPLIED = "applied";
    static final String REFUSED = "refused";
    static final String REJECTED_PACKAGES = "rejectedPackages";

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        return texts.definition(ID, Category.STATISTICS, "provider-load", List.of(Parameter.from(), Parameter.to()),
                List.of(Column.text(PROVIDER, texts.get("column.provider")),
                        Column.date(DAY, texts.get("column.day")),
                        Column.count(PACKAGES, texts.get("column.packages")),
                        Column.count(RECEIVED, texts.get("column.received")),
                        Column.count(APPLIED, texts.get("column.applied")),
                        Column.count(REFUSED, texts.get("column.refused")),
                        Column.count(REJECTED_PACKAGES, texts.get("column.rejected-packages"))),
                List.of(PROVIDER),
                new Chart(Chart.Type.BAR, PROVIDER, List.of(RECEIVED)));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        LocalDate from = context.arguments().date(Parameter.FROM);
        LocalDate to = context.arguments().date(Parameter.TO);
        context.query("""
                SELECT provider_name, day, packages, received, applied, refused, rejected_packages
                  FROM report.provider_load
                 WHERE day >= ? AND day <= ?
                 ORDER BY provider_name, provider_id, day
                """, List.of(from, to), row -> context.row(row.getString(1), row.getObject(2, LocalDate.class),
                        row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7)));
    }
}
