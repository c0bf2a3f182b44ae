package org.kontingent.report.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportException;
import org.kontingent.report.api.ReportForm;

/**
 * A tiny, well-behaved form: the number of organizations, for the region or per municipality.
 * The variants break one rule each, to show the contract catches it.
 */
class OrganizationCountForm implements ReportForm {

    /** How a variant misbehaves. */
    enum Flaw {
        NONE,
        /** The English definition is the Russian one. */
        UNTRANSLATED,
        /** The English definition has another column key. */
        ENGLISH_COLUMN_KEY,
        /** Per municipality, the rows come in an order that splits a group. */
        UNGROUPED,
        /** The count is written as text. */
        MISTYPED,
        /** Reads a registry table. */
        SNOOPING,
        /** A column without an English title. */
        UNTITLED
    }

    private final Flaw flaw;

    OrganizationCountForm() {
        this(Flaw.NONE);
    }

    OrganizationCountForm(Flaw flaw) {
        this.flaw = flaw;
    }

    @Override
    public ReportDefinition definition(Locale locale) {
        boolean english = locale.getLanguage().equals("en") && flaw != Flaw.UNTRANSLATED;
        String countKey = english && flaw == Flaw.ENGLISH_COLUMN_KEY ? "count" : "organizations";
        return new ReportDefinition("testkit.organization-count", english ? "Organizations" : "Организации",
                new Category(Category.STATISTICS, english ? "Statistics" : "Статистика"),
                english ? "The number of organizations." : "Число организаций.",
                List.of(Parameter.level(Level.REGION), Parameter.district()),
                List.of(Column.text("municipality", english ? (flaw == Flaw.UNTITLED ? " " : "Municipality") : "Муниципалитет"),
                        Column.text("organization", english ? "Organization" : "Организация"),
                        Column.count(countKey, english ? "Organizations" : "Организаций")),
                List.of("municipality"),
                new Chart(Chart.Type.BAR, "municipality", List.of(countKey)));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        Level level = context.arguments().level();
        if (level == Level.ORGANIZATION) {
            throw new ReportException(Parameter.LEVEL, "Нет строк по организациям");
        }
        String district = context.arguments().text(Parameter.DISTRICT);
        List<Object> parameters = new ArrayList<>();
        String where = "";
        if (district != null) {
            where = " WHERE district = ?";
            parameters.add(district);
        }
        String from = flaw == Flaw.SNOOPING ? "registry.organization" : "report.organization";
        String sql = level == Level.MUNICIPALITY
                ? "SELECT municipality_name, full_name, 1 FROM " + from + where + " ORDER BY municipality_name, full_name"
                : "SELECT NULL, NULL, count(*) FROM " + from + where;
        List<Object[]> rows = new ArrayList<>();
        context.query(sql, parameters, rs -> rows.add(new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)}));
        if (flaw == Flaw.UNGROUPED && rows.size() > 3) {
            java.util.Collections.swap(rows, 1, 2);
        }
        for (Object[] row : rows) {
            context.row(row[0], row[1], flaw == Flaw.MISTYPED ? String.valueOf(row[2]) : row[2]);
        }
    }
}
