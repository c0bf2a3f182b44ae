package org.kontingent.report.forms.health.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.kontingent.report.api.Category;
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
 * The learners on a day by health group (I–V, and without a conclusion in force) and by medical
 * group for physical education (and without one), with those who need long-term treatment, the
 * disabled (of them disabled children) and those with special educational needs (of them needing an
 * adapted programme) — per organization, municipality (by default) or for the region, with
 * subtotals per municipality. A learner counts in each organization they are a learner of on the
 * day, by what that organization recorded: the medical conclusion in force on the day (the latest
 * to begin, when several), and disability and special needs in force on it.
 */
@Component(service = ReportForm.class)
public final class HealthGroupsForm implements ReportForm {
    static final String ID = "health.groups";
    /** The catalogue group of the health forms. */
    static final String CATEGORY = Category.HEALTH;

    /** A column of the form and how it is had from an organization's learners and their counts by health, {@code h}. */
    private record Count(String column, String expression) {
    }

    private static final String GROUPS = "h.group_1 + h.group_2 + h.group_3 + h.group_4 + h.group_5";
    private static final String PE_GROUPS = "h.pe_basic + h.pe_preparatory + h.pe_special_a + h.pe_special_b + h.pe_exempt";

    /** The counts, in the order of the columns after the unit. */
    private static final List<Count> COUNTS = List.of(new Count("learners", "h.learners"),
            new Count("group1", "h.group_1"), new Count("group2", "h.group_2"), new Count("group3", "h.group_3"),
            new Count("group4", "h.group_4"), new Count("group5", "h.group_5"),
            new Count("groupUnknown", "h.learners - (" + GROUPS + ")"),
            new Count("peBasic", "h.pe_basic"), new Count("pePreparatory", "h.pe_preparatory"),
            new Count("peSpecialA", "h.pe_special_a"), new Count("peSpecialB", "h.pe_special_b"),
            new Count("peExempt", "h.pe_exempt"), new Count("peUnknown", "h.learners - (" + PE_GROUPS + ")"),
            new Count("longTermTreatment", "h.long_term_treatment"), new Count("disabled", "h.disabled"),
            new Count("childDisabled", "h.child_disabled"), new Count("specialNeeds", "h.special_needs"),
            new Count("adaptedProgramme", "h.adapted_programme"));

    /** The health extension's counts, none where an organization has no row for the day. */
    private static final List<String> HEALTH_COUNTS = List.of("group_1", "group_2", "group_3", "group_4", "group_5",
            "pe_basic", "pe_preparatory", "pe_special_a", "pe_special_b", "pe_exempt", "long_term_treatment", "disabled",
            "child_disabled", "special_needs", "adapted_programme");

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        List<Column> columns = new ArrayList<>(List.of(Column.text("municipality", texts.get("column.municipality")),
                Column.text("unit", texts.get("column.unit"))));
        for (Count count : COUNTS) {
            columns.add(Column.count(count.column(), texts.get("column." + count.column())));
        }
        return texts.definition(ID, CATEGORY, "groups",
                List.of(Parameter.date(), Parameter.level(Level.MUNICIPALITY), Parameter.authority(), Parameter.district(),
                        Parameter.settlement(), Parameter.organizationType(), EducationLevel.parameter(texts)),
                columns, List.of("municipality"), new Chart(Chart.Type.STACKED_BAR, "unit",
                        List.of("group1", "group2", "group3", "group4", "group5", "groupUnknown")));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        Level level = Levels.of(context.arguments(), Level.MUNICIPALITY);
        Texts texts = Texts.of(context.locale(), getClass());
        LocalDate day = context.arguments().date(Parameter.DATE);
        Long[] organizations = Organizations.ids(context);
        context.progress(10);
        String counted = COUNTS.stream().map(c -> c.expression() + " AS \"" + c.column() + "\"")
                .collect(Collectors.joining(",\n                           "));
        String health = HEALTH_COUNTS.stream().map(c -> "coalesce(x." + c + ", 0) AS " + c).collect(Collectors.joining(", "));
        String summed = COUNTS.stream().map(c -> "coalesce(sum(c.\"" + c.column() + "\"), 0) AS \"" + c.column() + "\"")
                .collect(Collectors.joining(", "));
        // learners: each organization's learners on the day, summed from the registry's counts; x: those of them by health
        // on the day, the health extension's counts (an organization's latest row from before the day, unless it ended:
        // none when nobody's health recorded holds); the learners without a health group (or a medical group) are those in none.
        Organizations.with(context.arguments()).append("""
                , learners AS (
                    SELECT l.organization_id, sum(l.learners) AS learners
                      FROM report.learner_count l
                     WHERE l.organization_id = ANY (?) AND l.starts_on <= ? AND (l.ends_on IS NULL OR ? < l.ends_on)
                     GROUP BY l.organization_id
                    HAVING sum(l.learners) > 0
                ), counted AS (
                    SELECT h.organization_id, $COUNTED
                      FROM (SELECT l.organization_id, l.learners, $HEALTH
                              FROM learners l
                              LEFT JOIN LATERAL (
                                  SELECT x.* FROM report.health_learner_count x
                                   WHERE x.organization_id = l.organization_id AND x.valid_from <= ?
                                   ORDER BY x.valid_from DESC LIMIT 1
                              ) x ON x.valid_to IS NULL OR ? < x.valid_to) h
                )
                """.replace("$COUNTED", counted).replace("$HEALTH", health), organizations, day, day, day, day)
                .append(Levels.fill("""
                        SELECT $LEVEL, $SUMMED
                          FROM orgs o
                          JOIN counted c ON c.organization_id = o.id
                        $GROUP
                         ORDER BY municipality_name, municipality_id, organization_name, organization_id
                        """.replace("$SUMMED", summed), level, "o"))
                .run(context, row -> {
                    List<Object> values = new ArrayList<>(Arrays.asList(row.getString("municipality_name"),
                            Levels.unitName(row, level, texts.get("unit.region"))));
                    for (Count count : COUNTS) {
                        values.add(Rows.whole(row, count.column()));
                    }
                    context.row(values.toArray());
                });
    }
}
