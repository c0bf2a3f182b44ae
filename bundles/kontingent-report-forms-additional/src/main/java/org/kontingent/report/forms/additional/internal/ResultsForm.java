package org.kontingent.report.forms.additional.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.forms.additional.internal.Units.Count;
import org.kontingent.report.support.Levels;
import org.kontingent.report.support.Organizations;
import org.kontingent.report.support.Rows;
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * The programmes of additional education ended in an academic year (their end after 1 September
 * and up to the next; a learner counts once per programme) by orientation: how many ended, were
 * mastered or not and the share mastered, the pre-professional ones mastered, and the documents
 * issued for them by kind — per organization, municipality or for the region.
 */
@Component(service = ReportForm.class)
public final class ResultsForm implements ReportForm {
    static final String ID = "additional.results";
    /** The counts, in the order of the columns; the share mastered comes after the first three. */
    private static final List<Count> COUNTS = List.of(Count.all("ended"), Count.of("mastered", "c.status = 'mastered'"),
            Count.of("notMastered", "c.status = 'not-mastered'"),
            Count.of("preProfessionalMastered", "c.status = 'mastered' AND c.kind = 'pre-professional'"),
            Count.of("withDocument", "c.documented"), Count.of("trainingCertificates", "c.training"),
            Count.of("artsCertificates", "c.arts"), Count.of("studyCertificates", "c.study"));

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        List<Column> columns = new ArrayList<>();
        for (Count count : COUNTS) {
            columns.add(Column.count(count.column(), texts.get("column." + count.column())));
            if (count.column().equals("notMastered")) {
                columns.add(Column.percent("masteredShare", texts.get("column.masteredShare")));
            }
        }
        return texts.definition(ID, Units.CATEGORY, "results", Units.parameters(Parameter.academicYear()),
                Units.columns(texts, "orientation", columns), Units.grouping(),
                new Chart(Chart.Type.STACKED_BAR, "orientation", List.of("mastered", "notMastered")));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        Level level = Levels.of(context.arguments(), Level.ORGANIZATION);
        Texts texts = Texts.of(context.locale(), getClass());
        String year = context.arguments().text(Parameter.ACADEMIC_YEAR);
        Long[] organizations = Organizations.ids(context);
        context.progress(10);
        Organizations.with(context.arguments()).append("""
                , ended AS MATERIALIZED (
                    SELECT p.id, p.organization_id, p.orientation, p.kind, p.status
                      FROM report.additional_programme p
                     WHERE p.organization_id = ANY (?)
                       AND p.ends_on > make_date(substr(?, 1, 4)::integer, 9, 1)
                       AND p.ends_on <= make_date(substr(?, 1, 4)::integer + 1, 9, 1)
                ), document AS (
                    SELECT d.programme_id, bool_or(d.kind = 'training-certificate') AS training,
                           bool_or(d.kind = 'pre-professional-arts-certificate') AS arts,
                           bool_or(d.kind = 'study-certificate') AS study
                      FROM report.additional_document d
                     WHERE d.programme_id IN (SELECT id FROM ended)
                     GROUP BY d.programme_id
                ), c AS (
                    SELECT e.organization_id, e.orientation AS code, e.kind, e.status, d.programme_id IS NOT NULL AS documented,
                           coalesce(d.training, false) AS training, coalesce(d.arts, false) AS arts,
                           coalesce(d.study, false) AS study
                      FROM ended e
                      LEFT JOIN document d ON d.programme_id = e.id
                )
                """, organizations, year, year).append(Units.select(level, "orientation", COUNTS,
                        "sum(c.\"mastered\")::float8 / sum(c.\"ended\") AS mastered_share"))
                .run(context, row -> {
                    List<Object> values = Units.first(row, level, texts, "orientation");
                    for (Count count : COUNTS) {
                        values.add(Rows.whole(row, count.column()));
                        if (count.column().equals("notMastered")) {
                            values.add(Rows.fraction(row, "mastered_share"));
                        }
                    }
                    context.row(values.toArray());
                });
    }
}
