package org.kontingent.report.forms.performance.internal;

import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ParameterType;
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
 * Results of the state final attestation by subject: for one kind of exam (ЕГЭ, ОГЭ, ГВЭ-9,
 * ГВЭ-11) of an academic year, per subject, the learners who sat it, passed and failed, the
 * average score, the average mark (where marks are given) and the highest score — for the region,
 * per municipality or per organization. A subject is told by its master code where the source gave
 * one, else by its name (letter case aside). Exams sent without an organization count for the
 * region's users only.
 */
@Component(service = ReportForm.class)
public final class ExamResultsForm implements ReportForm {
    static final String ID = "performance.exam-results";
    static final String KIND = "examKind";
    static final List<String> KINDS = List.of("ege", "oge", "gve-9", "gve-11");

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        return texts.definition(ID, Category.PERFORMANCE, "exams",
                List.of(Parameter.academicYear(),
                        new Parameter(KIND, ParameterType.CHOICE, texts.get("parameter.examKind"), true, "ege", null,
                                KINDS.stream().map(k -> new Parameter.Option(k, texts.get("exam." + k))).toList()),
                        Parameter.level(Level.REGION), Parameter.authority(), Parameter.district(), Parameter.settlement()),
                List.of(Column.text("municipality", texts.get("column.municipality")),
                        Column.text("unit", texts.get("column.unit")),
                        Column.text("subject", texts.get("column.subject")),
                        Column.count("participants", texts.get("column.participants")),
                        Column.count("passed", texts.get("column.passed")),
                        Column.count("failed", texts.get("column.failed")),
                        Column.decimal("averageScore", texts.get("column.averageScore")),
                        Column.decimal("averageMark", texts.get("column.averageMark")),
                        Column.decimal("highest", texts.get("column.highest"))),
                List.of("municipality"),
                new Chart(Chart.Type.BAR, "subject", List.of("participants")));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        ReportArguments arguments = context.arguments();
        Level level = Levels.of(arguments, Level.REGION);
        String region = Texts.of(context.locale(), getClass()).get("unit.region");
        Long[] organizations = Organizations.ids(context);
        context.progress(10);
        Organizations.with(arguments).append(Levels.fill("""
                , per_subject AS (
                    SELECT $LEVEL, coalesce(e.subject_code, lower(e.subject)) AS subject_key, min(e.subject) AS subject,
                           count(DISTINCT e.person_id) AS participants,
                           count(DISTINCT e.person_id) FILTER (WHERE e.passed) AS passed,
                           count(DISTINCT e.person_id) FILTER (WHERE NOT e.passed) AS failed,
                           avg(e.score)::float8 AS average_score, avg(e.mark_value)::float8 AS average_mark,
                           max(e.score)::float8 AS highest
                      FROM report.exam e
                      JOIN orgs o ON o.id = e.organization_id
                     WHERE e.organization_id = ANY (?) AND e.academic_year = ? AND e.kind = ?
                    $GROUP
                )
                SELECT * FROM per_subject
                 ORDER BY municipality_name, municipality_id, organization_name, organization_id, subject
                """, level, "o", "coalesce(e.subject_code, lower(e.subject))"), organizations,
                arguments.text(Parameter.ACADEMIC_YEAR), arguments.text(KIND))
                .run(context, row -> context.row(row.getString("municipality_name"), Levels.unitName(row, level, region),
                        row.getString("subject"), Rows.whole(row, "participants"), Rows.whole(row, "passed"),
                        Rows.whole(row, "failed"), Rows.fraction(row, "average_score"), Rows.fraction(row, "average_mark"),
                        Rows.fraction(row, "highest")));
    }
}
