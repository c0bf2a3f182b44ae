package org.kontingent.report.forms.vocational.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ParameterType;
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
 * Learners by specialty or profession on a day (DOMAIN §7, vocational): the learners of
 * vocational organizations whose membership holds on the day, by the specialty of their programme
 * (that of the latest academic year begun by the day), with their distribution by course, form of
 * study, age (full years on the day) and sex — per organization, municipality or for the region.
 * The course is the programme's, or that of a later course transfer; the form of study the
 * programme's, else the membership's. Optionally of one kind of programme.
 */
@Component(service = ReportForm.class)
public final class LearnersBySpecialtyForm implements ReportForm {
    static final String ID = "vocational.learners-by-specialty";
    /** The optional kind of programme. */
    static final String KIND = "programmeKind";
    static final List<String> KINDS = List.of("vocational-training", "skilled-workers", "mid-level-specialists");

    private static final List<Count> COUNTS = List.of(Count.all("learners"), Count.of("course1", "c.course = 1"),
            Count.of("course2", "c.course = 2"), Count.of("course3", "c.course = 3"), Count.of("course4", "c.course = 4"),
            Count.of("course5", "c.course >= 5"), Count.of("fullTime", "c.study_form = 'full-time'"),
            Count.of("partTime", "c.study_form = 'part-time'"), Count.of("extramural", "c.study_form = 'extramural'"),
            Count.of("ageUnder15", "c.age < 15"), Count.of("age15to17", "c.age BETWEEN 15 AND 17"),
            Count.of("age18to20", "c.age BETWEEN 18 AND 20"), Count.of("age21to24", "c.age BETWEEN 21 AND 24"),
            Count.of("age25plus", "c.age >= 25"), Count.of("men", "c.sex = 'M'"), Count.of("women", "c.sex = 'F'"));

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        Parameter kind = new Parameter(KIND, ParameterType.CHOICE, texts.get("parameter.programmeKind"), false, null, null,
                KINDS.stream().map(k -> new Parameter.Option(k, texts.get("kind." + k))).toList());
        return texts.definition(ID, Category.VOCATIONAL, "learners", Specialties.parameters(Parameter.date(), kind),
                Specialties.columns(texts, COUNTS.stream().map(c -> Column.count(c.column(), texts.get("column." + c.column())))
                        .toArray(Column[]::new)),
                Specialties.grouping(), new Chart(Chart.Type.STACKED_BAR, "specialty",
                        List.of("course1", "course2", "course3", "course4", "course5")));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        Level level = Levels.of(context.arguments(), Level.ORGANIZATION);
        Texts texts = Texts.of(context.locale(), getClass());
        LocalDate day = context.arguments().date(Parameter.DATE);
        String kind = context.arguments().text(KIND);
        Long[] organizations = Organizations.ids(context);
        context.progress(10);
        Organizations.with(context.arguments()).append("""
                , students AS MATERIALIZED (
                    SELECT l.membership_id, l.organization_id, l.sex, l.birth_date, l.study_form_code
                      FROM report.learner l
                     WHERE l.organization_id = ANY (?) AND l.level = 'vocational'
                       AND l.starts_on <= ? AND (l.ends_on IS NULL OR ? < l.ends_on)
                ), programme AS (
                    SELECT DISTINCT ON (p.membership_id) p.membership_id, p.kind, p.specialty_code,
                           p.study_form_code, p.year_starts_on, p.course
                      FROM report.vocational_programme p
                     WHERE p.membership_id IN (SELECT membership_id FROM students) AND p.year_starts_on <= ?
                     ORDER BY p.membership_id, p.year_starts_on DESC, p.id DESC
                ), transfer AS (
                    SELECT DISTINCT ON (t.membership_id) t.membership_id, t.to_course, t.transferred_on
                      FROM report.vocational_course_transfer t
                     WHERE t.membership_id IN (SELECT membership_id FROM students) AND t.transferred_on <= ?
                     ORDER BY t.membership_id, t.transferred_on DESC, t.id DESC
                ), c AS (
                    SELECT s.organization_id, s.sex, p.specialty_code,
                           coalesce(p.study_form_code, s.study_form_code) AS study_form,
                           CASE WHEN t.transferred_on >= p.year_starts_on OR p.membership_id IS NULL THEN t.to_course
                                ELSE p.course END AS course,
                           date_part('year', age(?::date, s.birth_date)) AS age
                      FROM students s
                      LEFT JOIN programme p ON p.membership_id = s.membership_id
                      LEFT JOIN transfer t ON t.membership_id = s.membership_id
                     WHERE ?::text IS NULL OR p.kind = ?
                )
                """, organizations, day, day, day, day, day, kind, kind).append(Specialties.select(level, COUNTS))
                .run(context, row -> {
                    List<Object> values = Specialties.first(row, level, texts);
                    for (Count count : COUNTS) {
                        values.add(Rows.whole(row, count.column()));
                    }
                    context.row(values.toArray());
                });
    }
}
