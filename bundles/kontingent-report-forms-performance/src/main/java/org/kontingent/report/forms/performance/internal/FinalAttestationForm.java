package org.kontingent.report.forms.performance.internal;

import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportArguments;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.Levels;
import org.kontingent.report.support.Organizations;
import org.kontingent.report.support.Rows;
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * The final attestation of graduates of an academic year, at the two stages: basic general (ОГЭ
 * and ГВЭ-9) and secondary general education (ЕГЭ and ГВЭ-11). Per stage: the learners who sat an
 * exam of it, those who passed every exam they sat, those who failed one at least, and the
 * certificates of that stage the organizations issued within the academic year (with honours
 * among them) — for the region, per municipality or per organization.
 */
@Component(service = ReportForm.class)
public final class FinalAttestationForm implements ReportForm {
    static final String ID = "performance.final-attestation";

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        return texts.definition(ID, Category.PERFORMANCE, "attestation",
                List.of(Parameter.academicYear(), Parameter.level(Level.MUNICIPALITY), Parameter.authority(),
                        Parameter.district(), Parameter.settlement()),
                List.of(Column.text("municipality", texts.get("column.municipality")),
                        Column.text("unit", texts.get("column.unit")),
                        Column.text("stage", texts.get("column.stage")),
                        Column.count("participants", texts.get("column.participants")),
                        Column.count("passedAll", texts.get("column.passedAll")),
                        Column.count("failed", texts.get("column.failedAny")),
                        Column.count("certificates", texts.get("column.certificates")),
                        Column.count("withHonours", texts.get("column.withHonours"))),
                List.of("municipality"),
                new Chart(Chart.Type.STACKED_BAR, "stage", List.of("passedAll", "failed")));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        ReportArguments arguments = context.arguments();
        Texts texts = Texts.of(context.locale(), getClass());
        Level level = Levels.of(arguments, Level.MUNICIPALITY);
        String year = arguments.text(Parameter.ACADEMIC_YEAR);
        Long[] organizations = Organizations.ids(context);
        context.progress(10);
        Organizations.with(arguments).append(Levels.fill("""
                , sat AS (
                    SELECT e.organization_id, e.person_id,
                           CASE WHEN e.kind IN ('oge', 'gve-9') THEN 'basic' ELSE 'secondary' END AS stage,
                           bool_and(e.passed) AS passed_all
                      FROM report.exam e
                     WHERE e.organization_id = ANY (?) AND e.academic_year = ?
                     GROUP BY e.organization_id, e.person_id, 3
                ), issued AS (
                    SELECT c.organization_id,
                           CASE c.kind WHEN 'basic-general' THEN 'basic' ELSE 'secondary' END AS stage,
                           count(*) AS certificates, count(*) FILTER (WHERE c.with_honours) AS with_honours
                      FROM report.certificate c
                      JOIN report.academic_year y ON y.code = ?
                     WHERE c.organization_id = ANY (?) AND c.issued_on >= y.starts_on AND c.issued_on < y.ends_on
                     GROUP BY c.organization_id, 2
                ), per_organization AS (
                    SELECT coalesce(s.organization_id, i.organization_id) AS organization_id, coalesce(s.stage, i.stage) AS stage,
                           coalesce(s.participants, 0) AS participants, coalesce(s.passed_all, 0) AS passed_all,
                           coalesce(i.certificates, 0) AS certificates, coalesce(i.with_honours, 0) AS with_honours
                      FROM (SELECT organization_id, stage, count(*) AS participants,
                                   count(*) FILTER (WHERE passed_all) AS passed_all
                              FROM sat GROUP BY organization_id, stage) s
                      FULL JOIN issued i ON i.organization_id = s.organization_id AND i.stage = s.stage
                )
                SELECT $LEVEL, p.stage, sum(p.participants) AS participants, sum(p.passed_all) AS passed_all,
                       sum(p.participants - p.passed_all) AS failed, sum(p.certificates) AS certificates,
                       sum(p.with_honours) AS with_honours
                  FROM per_organization p
                  JOIN orgs o ON o.id = p.organization_id
                $GROUP
                 ORDER BY municipality_name, municipality_id, organization_name, organization_id, p.stage
                """, level, "o", "p.stage"), organizations, year, year, organizations)
                .run(context, row -> context.row(row.getString("municipality_name"),
                        Levels.unitName(row, level, texts.get("unit.region")), texts.get("stage." + row.getString("stage")),
                        Rows.whole(row, "participants"), Rows.whole(row, "passed_all"), Rows.whole(row, "failed"),
                        Rows.whole(row, "certificates"), Rows.whole(row, "with_honours")));
    }
}
