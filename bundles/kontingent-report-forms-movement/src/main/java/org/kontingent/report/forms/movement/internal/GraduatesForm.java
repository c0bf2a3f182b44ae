package org.kontingent.report.forms.movement.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportArguments;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.Organizations;
import org.kontingent.report.support.Rows;
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * Where graduates went: the learner memberships ended in the period with the reason
 * {@code graduation} (their last day, the day before ends_on, in the period, both days
 * inclusive), by the type of the organization graduated from, and by the education level of the
 * organization they went to next.
 *
 * <p>The next membership is one of the same person starting from the day after the last day up to
 * 120 days after it (ends_on &lt;= starts_on &lt; ends_on + 120); general and vocational education
 * come before additional and preschool, then the earliest. General education splits into the
 * same organization (continued there) and another one. The graduates are those of the
 * organizations the run covers; their next memberships are looked up wherever they were
 * ({@code report.learner_history}, inside the user's scope or not), at the level each counts at. A
 * graduate with no next membership found counts under "not known".
 */
@Component(service = ReportForm.class)
public final class GraduatesForm implements ReportForm {
    static final String ID = "movement.graduates";
    private static final List<String> DESTINATIONS = List.of("sameOrganization", "otherGeneral", "vocational",
            "additional", "preschool", "unknown");

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("type", texts.get("column.organizationType")));
        columns.add(Column.count("graduates", texts.get("column.graduates")));
        for (String destination : DESTINATIONS) {
            columns.add(Column.count(destination, texts.get("graduates.column." + destination)));
        }
        return texts.definition(ID, Category.MOVEMENT, "graduates",
                List.of(Parameter.from(), Parameter.to(), Parameter.authority(), Parameter.district(),
                        Parameter.settlement()),
                columns, List.of(), new Chart(Chart.Type.STACKED_BAR, "type", DESTINATIONS));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        ReportArguments arguments = context.arguments();
        LocalDate from = arguments.date(Parameter.FROM);
        LocalDate to = arguments.date(Parameter.TO);
        // the organizations' ids first, as an array: the planner then sees how many memberships it reads
        Long[] organizations = Organizations.ids(context);
        context.progress(10);
        Organizations.with(arguments).append("""
                , graduates AS MATERIALIZED (
                    SELECT l.membership_id, l.person_id, l.organization_id, l.ends_on
                      FROM report.learner l
                     WHERE l.organization_id = ANY (?) AND l.leaving_reason_code = 'graduation'
                       AND l.ends_on > ? AND l.ends_on <= ?
                )
                """, organizations, from, to.plusDays(1)).append("""
                , history AS MATERIALIZED (
                    SELECT h.membership_id, h.person_id, h.organization_id, h.starts_on, h.level
                      FROM report.learner_history h
                     WHERE h.person_id IN (SELECT person_id FROM graduates)
                ), next AS (
                    SELECT DISTINCT ON (g.membership_id) g.membership_id, n.organization_id, n.level
                      FROM graduates g
                      JOIN history n ON n.person_id = g.person_id
                           AND n.starts_on >= g.ends_on AND n.starts_on < g.ends_on + 120
                     ORDER BY g.membership_id, n.level IN ('general', 'vocational') DESC, n.starts_on, n.membership_id
                ), per_type AS (
                    SELECT o.type_code, count(*) AS graduates,
                           count(*) FILTER (WHERE nx.level = 'general' AND nx.organization_id = g.organization_id) AS same_organization,
                           count(*) FILTER (WHERE nx.level = 'general' AND nx.organization_id <> g.organization_id) AS other_general,
                           count(*) FILTER (WHERE nx.level = 'vocational') AS vocational,
                           count(*) FILTER (WHERE nx.level = 'additional') AS additional,
                           count(*) FILTER (WHERE nx.level = 'preschool') AS preschool,
                           count(*) FILTER (WHERE nx.membership_id IS NULL) AS unknown
                      FROM graduates g
                      JOIN orgs o ON o.id = g.organization_id
                      LEFT JOIN next nx ON nx.membership_id = g.membership_id
                     GROUP BY o.type_code
                )
                SELECT coalesce(d.name, pt.type_code) AS type, pt.*
                  FROM per_type pt
                  LEFT JOIN report.dictionary d ON d.dictionary = 'organization-type' AND d.code = pt.type_code
                 ORDER BY d.sort_order NULLS LAST, pt.type_code
                """).run(context, row -> context.row(row.getString("type"), Rows.whole(row, "graduates"),
                        Rows.whole(row, "same_organization"), Rows.whole(row, "other_general"),
                        Rows.whole(row, "vocational"), Rows.whole(row, "additional"), Rows.whole(row, "preschool"),
                        Rows.whole(row, "unknown")));
    }
}
