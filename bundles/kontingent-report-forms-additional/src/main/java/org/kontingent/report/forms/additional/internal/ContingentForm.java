package org.kontingent.report.forms.additional.internal;

import java.time.LocalDate;
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
 * The contingent of additional education on a day: the learners whose membership holds on the day
 * in an organization of additional education, or in any organization where they follow an
 * additional programme on the day (a school's own clubs), by the kind of the programmes they follow
 * (general developmental, pre-professional; none known last), with a column per orientation (a
 * learner in programmes of several orientations counts in each), those on adapted programmes and
 * with distance technologies, by age (full years on the day) and sex — per organization,
 * municipality or for the region. A learner counts once per kind of programme: in each row of the
 * kinds they follow.
 */
@Component(service = ReportForm.class)
public final class ContingentForm implements ReportForm {
    static final String ID = "additional.contingent";
    /** The orientations, in the dictionary's order, with their columns. */
    static final List<String> ORIENTATIONS = List.of("technical", "natural-science", "physical-culture-and-sport", "artistic",
            "tourist-and-local-history", "social-humanitarian");
    static final List<String> ORIENTATION_COLUMNS = List.of("technical", "naturalScience", "physicalCultureAndSport",
            "artistic", "touristAndLocalHistory", "socialHumanitarian");

    private static final List<Count> COUNTS = counts();
    /** The bit of each orientation in a learner's orientations (of the kind of the row), as SQL. */
    private static final String BITS = bits();

    private static String bits() {
        StringBuilder sql = new StringBuilder("CASE p.orientation");
        for (int i = 0; i < ORIENTATIONS.size(); i++) {
            sql.append(" WHEN '").append(ORIENTATIONS.get(i)).append("' THEN ").append(1 << i);
        }
        return sql.append(" ELSE 0 END").toString();
    }

    private static List<Count> counts() {
        List<Count> counts = new ArrayList<>(List.of(Count.all("learners")));
        for (int i = 0; i < ORIENTATION_COLUMNS.size(); i++) {
            counts.add(Count.of(ORIENTATION_COLUMNS.get(i), "c.orientations & " + (1 << i) + " <> 0"));
        }
        counts.addAll(List.of(Count.of("adapted", "c.adapted"), Count.of("distance", "c.distance"),
                Count.of("ageUnder5", "c.age < 5"), Count.of("age5to9", "c.age BETWEEN 5 AND 9"),
                Count.of("age10to14", "c.age BETWEEN 10 AND 14"), Count.of("age15to17", "c.age BETWEEN 15 AND 17"),
                Count.of("age18plus", "c.age >= 18"), Count.of("boys", "c.sex = 'M'"), Count.of("girls", "c.sex = 'F'")));
        return List.copyOf(counts);
    }

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        return texts.definition(ID, Units.CATEGORY, "contingent", Units.parameters(Parameter.date()),
                Units.columns(texts, "programmeKind", COUNTS.stream()
                        .map(c -> Column.count(c.column(), texts.get("column." + c.column()))).toList()),
                Units.grouping(), new Chart(Chart.Type.STACKED_BAR, "programmeKind", ORIENTATION_COLUMNS));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        Level level = Levels.of(context.arguments(), Level.ORGANIZATION);
        Texts texts = Texts.of(context.locale(), getClass());
        LocalDate day = context.arguments().date(Parameter.DATE);
        Long[] organizations = Organizations.ids(context);
        context.progress(10);
        // held: the programmes on the day, read once (the clubs of organizations of other levels find their learners
        // through it); learners: those of organizations of additional education by the level's index, and those of
        // other levels' organizations with a programme on the day, two disjoint parts (no de-duplicating sort); c: a row
        // per learner and kind, the orientations as bits, counted per organization and kind before naming and summing.
        // 400 thousand learners of a 2-million-learner region in about 2.8 s on 2 shared cores; an organization 0.3 s.
        Organizations.with(context.arguments()).append("""
                , held AS MATERIALIZED (
                    SELECT p.membership_id, p.organization_id, p.kind, $BITS AS orientations,
                           p.adapted, p.distance_technologies AS distance
                      FROM report.additional_programme p
                     WHERE p.organization_id = ANY (?) AND p.membership_id IS NOT NULL
                       AND p.starts_on <= ? AND (p.ends_on IS NULL OR ? < p.ends_on)
                ), learners AS MATERIALIZED (
                    SELECT l.membership_id, l.organization_id, l.sex, l.birth_date
                      FROM report.learner l
                     WHERE l.organization_id = ANY (?) AND l.level = 'additional'
                       AND l.starts_on <= ? AND (l.ends_on IS NULL OR ? < l.ends_on)
                    UNION ALL
                    SELECT l.membership_id, l.organization_id, l.sex, l.birth_date
                      FROM report.learner l
                     WHERE l.membership_id IN (SELECT h.membership_id FROM held h JOIN orgs o ON o.id = h.organization_id
                                                WHERE o.level <> 'additional')
                       AND l.level <> 'additional' AND l.starts_on <= ? AND (l.ends_on IS NULL OR ? < l.ends_on)
                ), c AS (
                    SELECT l.organization_id, h.kind AS code, l.sex, date_part('year', age(?::date, l.birth_date)) AS age,
                           coalesce(bit_or(h.orientations), 0) AS orientations, coalesce(bool_or(h.adapted), false) AS adapted,
                           coalesce(bool_or(h.distance), false) AS distance
                      FROM learners l
                      LEFT JOIN held h ON h.membership_id = l.membership_id
                     GROUP BY l.membership_id, l.organization_id, h.kind, l.sex, l.birth_date
                )
                """.replace("$BITS", BITS), organizations, day, day, organizations, day, day, day, day, day)
                .append(Units.select(level, "programme-kind", COUNTS))
                .run(context, row -> {
                    List<Object> values = Units.first(row, level, texts, "kind");
                    for (Count count : COUNTS) {
                        values.add(Rows.whole(row, count.column()));
                    }
                    context.row(values.toArray());
                });
    }
}
