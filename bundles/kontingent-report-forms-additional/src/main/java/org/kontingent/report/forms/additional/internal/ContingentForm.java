package org.kontingent.report.forms.additional.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;
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
 * kinds they follow. The form sums the extension's counts ({@code report.additional_learner_count}),
 * never the learners one by one.
 */
@Component(service = ReportForm.class)
public final class ContingentForm implements ReportForm {
    static final String ID = "additional.contingent";
    /** The orientations' columns, in the dictionary's order. */
    static final List<String> ORIENTATION_COLUMNS = List.of("technical", "naturalScience", "physicalCultureAndSport",
            "artistic", "touristAndLocalHistory", "socialHumanitarian");

    /** The form's columns after the kind, each with the column of the extension's counts it is. */
    private static final Map<String, String> COUNTS = counts();

    private static Map<String, String> counts() {
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("learners", "learners");
        List<String> orientations = List.of("technical", "natural_science", "physical_culture_and_sport", "artistic",
                "tourist_and_local_history", "social_humanitarian");
        for (int i = 0; i < ORIENTATION_COLUMNS.size(); i++) {
            counts.put(ORIENTATION_COLUMNS.get(i), orientations.get(i));
        }
        counts.put("adapted", "adapted");
        counts.put("distance", "distance");
        counts.put("ageUnder5", "age_under_5");
        counts.put("age5to9", "age_5_to_9");
        counts.put("age10to14", "age_10_to_14");
        counts.put("age15to17", "age_15_to_17");
        counts.put("age18plus", "age_18_plus");
        counts.put("boys", "boys");
        counts.put("girls", "girls");
        return Collections.unmodifiableMap(counts);
    }

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        return texts.definition(ID, Units.CATEGORY, "contingent", Units.parameters(Parameter.date()),
                Units.columns(texts, "programmeKind", COUNTS.keySet().stream()
                        .map(c -> Column.count(c, texts.get("column." + c))).toList()),
                Units.grouping(), new Chart(Chart.Type.STACKED_BAR, "programmeKind", ORIENTATION_COLUMNS));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        Level level = Levels.of(context.arguments(), Level.ORGANIZATION);
        Texts texts = Texts.of(context.locale(), getClass());
        LocalDate day = context.arguments().date(Parameter.DATE);
        Long[] organizations = Organizations.ids(context);
        context.progress(10);
        // each organization's learners of each programme kind (and of none) on the day: the sums of the extension's changes
        // of the days up to it
        String counted = COUNTS.entrySet().stream().map(c -> "sum(c." + c.getValue() + ") AS \"" + c.getKey() + "\"")
                .collect(Collectors.joining(", "));
        Organizations.with(context.arguments()).append("""
                , counted AS (
                    SELECT c.organization_id, c.kind AS code, $COUNTED
                      FROM report.additional_learner_count c
                     WHERE c.organization_id = ANY (?::bigint[]) AND c.day <= ?
                     GROUP BY c.organization_id, c.kind
                    HAVING sum(c.learners) > 0
                )
                """.replace("$COUNTED", counted), organizations, day)
                .append(Units.sum(level, "programme-kind", List.copyOf(COUNTS.keySet())))
                .run(context, row -> {
                    List<Object> values = Units.first(row, level, texts, "kind");
                    for (String count : COUNTS.keySet()) {
                        values.add(Rows.whole(row, count));
                    }
                    context.row(values.toArray());
                });
    }
}
