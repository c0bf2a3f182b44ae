package org.kontingent.report.forms.contingent.internal;

import java.time.LocalDate;
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
import org.kontingent.report.support.EducationLevel;
import org.kontingent.report.support.Learners;
import org.kontingent.report.support.Levels;
import org.kontingent.report.support.Organizations;
import org.kontingent.report.support.Rows;
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * Numbers attending on a day: the learners whose membership holds on the day (starts_on &lt;=
 * day &lt; ends_on), with boys and girls, and the organizations counted, for the region, per
 * municipality or per organization (grouped by municipality). A learner enrolled in two
 * organizations counts in each, so the rows add up to the total. The region's one row has an
 * empty municipality and is titled "all organizations"; it comes even when no organization is
 * counted.
 */
@Component(service = ReportForm.class)
public final class AttendingForm implements ReportForm {
    static final String ID = "contingent.attending";

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        return texts.definition(ID, Category.CONTINGENT, "attending",
                List.of(Parameter.date(), Parameter.level(Level.MUNICIPALITY), Parameter.authority(),
                        Parameter.district(), Parameter.settlement(), Parameter.organizationType(),
                        EducationLevel.parameter(texts)),
                List.of(Column.text("municipality", texts.get("column.municipality")),
                        Column.text("unit", texts.get("column.unit")),
                        Column.count("organizations", texts.get("column.organizations")),
                        Column.count("learners", texts.get("column.learners")),
                        Column.count("boys", texts.get("column.boys")),
                        Column.count("girls", texts.get("column.girls"))),
                List.of("municipality"),
                new Chart(Chart.Type.BAR, "unit", List.of("learners")));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        Level level = Levels.of(context.arguments(), Level.MUNICIPALITY);
        LocalDate day = context.arguments().date(Parameter.DATE);
        String region = Texts.of(context.locale(), getClass()).get("attending.region");
        // the organizations' ids first: a count over "IN (SELECT id FROM orgs)" reads every membership
        // of the region whatever the scope, the planner having no estimate of the scope's condition
        Long[] organizations = Organizations.ids(context);
        context.progress(10);
        Organizations.with(context.arguments()).append(Learners.onDay("counts", "= ANY (?)"), organizations, day, day)
                .append(Levels.fill("""
                SELECT $LEVEL, count(*) AS organizations, coalesce(sum(c.learners), 0) AS learners,
                       coalesce(sum(c.boys), 0) AS boys, coalesce(sum(c.girls), 0) AS girls
                  FROM orgs o
                  LEFT JOIN counts c ON c.organization_id = o.id
                $GROUP
                 ORDER BY municipality_name, municipality_id, organization_name, organization_id
                """, level, "o"))
                .run(context, row -> context.row(row.getString("municipality_name"), Levels.unitName(row, level, region), Rows.whole(row, "organizations"), Rows.whole(row, "learners"), Rows.whole(row, "boys"),
                        Rows.whole(row, "girls")));
    }
}
