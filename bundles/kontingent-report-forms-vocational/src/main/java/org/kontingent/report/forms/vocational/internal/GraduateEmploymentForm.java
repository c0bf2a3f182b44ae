package org.kontingent.report.forms.vocational.internal;

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
import org.kontingent.report.forms.vocational.internal.Specialties.Count;
import org.kontingent.report.support.Levels;
import org.kontingent.report.support.Organizations;
import org.kontingent.report.support.Rows;
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * The employment of the graduates of an academic year by specialty: the learners of vocational
 * organizations whose membership ended with graduation in the year (its end after 1 September and
 * up to the next), by the specialty of their last programme, with the diplomas and certificates
 * of a profession issued to them (and those with honours), their individual employment plans,
 * and how many are employed (an actual employer known), its share, by an employment contract, on
 * a quota or special workplace — per organization, municipality or for the region.
 */
@Component(service = ReportForm.class)
public final class GraduateEmploymentForm implements ReportForm {
    static final String ID = "vocational.graduate-employment";
    /** The counts, in the order of the columns; the employed share comes after the first five. */
    private static final List<Count> COUNTS = List.of(Count.all("graduates"), Count.of("diplomas", "c.diploma"),
            Count.of("with_honours", "c.with_honours"), Count.of("individual_plan", "c.individual_plan"),
            Count.of("employed", "c.employed"), Count.of("by_contract", "c.by_contract"), Count.of("quota", "c.quota"));

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        return texts.definition(ID, Category.VOCATIONAL, "employment", Specialties.parameters(Parameter.academicYear()),
                Specialties.columns(texts,
                        Column.count("graduates", texts.get("column.graduates")),
                        Column.count("diplomas", texts.get("column.diplomas")),
                        Column.count("withHonours", texts.get("column.withHonours")),
                        Column.count("individualPlan", texts.get("column.individualPlan")),
                        Column.count("employed", texts.get("column.employed")),
                        Column.percent("employedShare", texts.get("column.employedShare")),
                        Column.count("byContract", texts.get("column.byContract")),
                        Column.count("quotaWorkplaces", texts.get("column.quotaWorkplaces"))),
                Specialties.grouping(), new Chart(Chart.Type.BAR, "specialty", List.of("graduates", "employed")));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        Level level = Levels.of(context.arguments(), Level.ORGANIZATION);
        Texts texts = Texts.of(context.locale(), getClass());
        String year = context.arguments().text(Parameter.ACADEMIC_YEAR);
        Long[] organizations = Organizations.ids(context);
        context.progress(10);
        Organizations.with(context.arguments()).append("""
                , graduates AS MATERIALIZED (
                    SELECT l.membership_id, l.organization_id
                      FROM report.learner l
                     WHERE l.organization_id = ANY (?) AND l.level = 'vocational' AND l.leaving_reason_code = 'graduation'
                       AND l.ends_on > make_date(substr(?, 1, 4)::integer, 9, 1)
                       AND l.ends_on <= make_date(substr(?, 1, 4)::integer + 1, 9, 1)
                ), c AS (
                    -- each graduate's last programme, diplomas and employment looked up by the membership: joins with
                    -- them grouped for every graduate were planned for the one graduate the estimate expects, and
                    -- scanned them all again for each of one college's 754 graduates (172 ms; 37 ms this way)
                    SELECT g.organization_id, p.specialty_code, d.membership_id IS NOT NULL AS diploma,
                           coalesce(d.with_honours, false) AS with_honours, coalesce(e.individual_plan, false) AS individual_plan,
                           coalesce(e.employed, false) AS employed, coalesce(e.by_contract, false) AS by_contract,
                           coalesce(e.quota, false) AS quota
                      FROM graduates g
                      LEFT JOIN LATERAL (
                          SELECT p.specialty_code
                            FROM report.vocational_programme p
                           WHERE p.membership_id = g.membership_id
                           ORDER BY p.year_starts_on DESC, p.id DESC
                           LIMIT 1
                      ) p ON true
                      LEFT JOIN LATERAL (
                          SELECT d.membership_id, bool_or(d.with_honours) AS with_honours
                            FROM report.vocational_diploma d
                           WHERE d.membership_id = g.membership_id AND d.kind <> 'study-certificate'
                           GROUP BY d.membership_id
                      ) d ON true
                      LEFT JOIN LATERAL (
                          SELECT bool_or(e.individual_plan) AS individual_plan, bool_or(e.actual_employer IS NOT NULL) AS employed,
                                 bool_or(e.contract_enterprise IS NOT NULL) AS by_contract, bool_or(e.quota_workplace) AS quota
                            FROM report.vocational_employment e
                           WHERE e.membership_id = g.membership_id
                      ) e ON true
                )
                """, organizations, year, year).append(Specialties.select(level, COUNTS,
                        "sum(c.\"employed\")::float8 / sum(c.\"graduates\") AS employed_share"))
                .run(context, row -> {
                    List<Object> values = Specialties.first(row, level, texts);
                    for (Count count : COUNTS.subList(0, 5)) {
                        values.add(Rows.whole(row, count.column()));
                    }
                    values.add(Rows.fraction(row, "employed_share"));
                    for (Count count : COUNTS.subList(5, COUNTS.size())) {
                        values.add(Rows.whole(row, count.column()));
                    }
                    context.row(values.toArray());
                });
    }
}
