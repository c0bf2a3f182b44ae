package org.kontingent.report.forms.achievements.internal;

import java.util.ArrayList;
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
import org.kontingent.report.support.EducationLevel;
import org.kontingent.report.support.Levels;
import org.kontingent.report.support.Organizations;
import org.kontingent.report.support.Rows;
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * Learners' ГТО badges, sports ranks and titles, qualification ranks and other achievements
 * awarded in an academic year, per organization, municipality or for the region, for learners of
 * every education level: in each column the learners awarded such an achievement in the year
 * (each once, however many they got), and in the first the learners awarded any. An achievement
 * counts in the unit of the organization that reports it.
 */
@Component(service = ReportForm.class)
public final class AchievementsForm implements ReportForm {
    static final String ID = "portfolio.achievements";
    /** Each column and the achievements it counts the learners of, as a condition on a row {@code a}. */
    static final Map<String, String> COUNTS = counts();

    private static Map<String, String> counts() {
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("learners", "true");
        counts.put("gtoGold", "a.kind = 'gto-badge' AND a.badge = 'gold'");
        counts.put("gtoSilver", "a.kind = 'gto-badge' AND a.badge = 'silver'");
        counts.put("gtoBronze", "a.kind = 'gto-badge' AND a.badge = 'bronze'");
        counts.put("youthRanks", "a.kind = 'sports-rank' AND a.rank LIKE 'youth-%'");
        counts.put("adultRanks", "a.kind = 'sports-rank' AND a.rank LIKE 'adult-%'");
        counts.put("candidateMasters", "a.rank = 'candidate-master'");
        counts.put("sportsTitles", "a.kind = 'sports-title'");
        counts.put("qualificationRanks", "a.kind = 'qualification-rank'");
        counts.put("certificates", "a.kind = 'certificate'");
        counts.put("scholarships", "a.kind = 'scholarship'");
        counts.put("others", "a.kind = 'other'");
        return counts;
    }

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        List<Parameter> parameters = List.of(Parameter.academicYear(), Parameter.level(Level.ORGANIZATION),
                Parameter.authority(), Parameter.district(), Parameter.settlement(), Parameter.organizationType(),
                EducationLevel.parameter(texts));
        List<Column> columns = new ArrayList<>(List.of(Column.text("municipality", texts.get("column.municipality")),
                Column.text("unit", texts.get("column.unit"))));
        COUNTS.keySet().forEach(count -> columns.add(Column.count(count, texts.get("column." + count))));
        return texts.definition(ID, Units.CATEGORY, "achievements", parameters, columns, List.of("municipality"),
                new Chart(Chart.Type.STACKED_BAR, "unit", List.of("gtoGold", "gtoSilver", "gtoBronze")));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        Level level = Levels.of(context.arguments(), Level.ORGANIZATION);
        Texts texts = Texts.of(context.locale(), getClass());
        String year = context.arguments().text(Parameter.ACADEMIC_YEAR);
        Long[] organizations = Organizations.ids(context);
        context.progress(10);
        // learner: one row per unit and learner, each column's achievements as a flag; then one row per unit
        String flags = COUNTS.entrySet().stream().map(c -> "bool_or(" + c.getValue() + ") AS \"" + c.getKey() + "\"")
                .collect(Collectors.joining(", "));
        String counted = COUNTS.keySet().stream().map(c -> "count(*) FILTER (WHERE l.\"" + c + "\") AS \"" + c + "\"")
                .collect(Collectors.joining(", "));
        Organizations.with(context.arguments()).append(Levels.fill("""
                , learner AS (
                    SELECT $LEVEL, a.person_id, $FLAGS
                      FROM report.portfolio_achievement a
                      JOIN orgs o ON o.id = a.organization_id
                     WHERE a.organization_id = ANY (?)
                       AND a.awarded_on >= make_date(substr(?, 1, 4)::integer, 9, 1)
                       AND a.awarded_on < make_date(substr(?, 1, 4)::integer + 1, 9, 1)
                    $GROUP
                )
                SELECT l.municipality_id, l.municipality_name, l.organization_id, l.organization_name, $COUNTED
                  FROM learner l
                 GROUP BY l.municipality_id, l.municipality_name, l.organization_id, l.organization_name
                 ORDER BY l.municipality_name, l.municipality_id, l.organization_name, l.organization_id
                """.replace("$FLAGS", flags).replace("$COUNTED", counted), level, "o", "a.person_id"), organizations, year,
                year).run(context, row -> {
                    List<Object> values = new ArrayList<>();
                    values.add(row.getString("municipality_name"));
                    values.add(Levels.unitName(row, level, texts.get("unit.region")));
                    for (String count : COUNTS.keySet()) {
                        values.add(Rows.whole(row, count));
                    }
                    context.row(values.toArray());
                });
    }
}
