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

    /** A count of the learners {@code c}: the form's column and the condition of the learners it counts. */
    private record Count(String column, String condition) {
    }

    /** The counts, in the order of the columns after the unit. */
    private static final List<Count> COUNTS = List.of(new Count("learners", "TRUE"),
            new Count("group1", "c.health_group = 1"), new Count("group2", "c.health_group = 2"),
            new Count("group3", "c.health_group = 3"), new Count("group4", "c.health_group = 4"),
            new Count("group5", "c.health_group = 5"), new Count("groupUnknown", "c.health_group IS NULL"),
            new Count("peBasic", "c.pe_group = 'basic'"), new Count("pePreparatory", "c.pe_group = 'preparatory'"),
            new Count("peSpecialA", "c.pe_group = 'special-a'"), new Count("peSpecialB", "c.pe_group = 'special-b'"),
            new Count("peExempt", "c.pe_group = 'exempt'"), new Count("peUnknown", "c.pe_group IS NULL"),
            new Count("longTermTreatment", "c.long_term_treatment"), new Count("disabled", "d.person_id IS NOT NULL"),
            new Count("childDisabled", "d.child"), new Count("specialNeeds", "s.person_id IS NOT NULL"),
            new Count("adaptedProgramme", "s.adapted"));

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
        String counted = COUNTS.stream().map(c -> "count(*) FILTER (WHERE " + c.condition() + ") AS \"" + c.column() + "\"")
                .collect(Collectors.joining(",\n                           "));
        String summed = COUNTS.stream().map(c -> "coalesce(sum(c.\"" + c.column() + "\"), 0) AS \"" + c.column() + "\"")
                .collect(Collectors.joining(", "));
        // learners: each learner of an organization on the day, once without de-duplicating (the registry never lets a
        // person's learner memberships in one organization overlap); conclusion: the one in force there (the latest to
        // begin); disability and special needs in force there. Counted per organization before naming and summing.
        // At 2 million learners the region takes about 7.7 s (de-duplicating the 2.3 million learners took 5 s more).
        Organizations.with(context.arguments()).append("""
                , learners AS (
                    SELECT l.organization_id, l.person_id
                      FROM report.learner l
                     WHERE l.organization_id = ANY (?) AND l.starts_on <= ? AND (l.ends_on IS NULL OR ? < l.ends_on)
                ), conclusion AS MATERIALIZED (
                    SELECT DISTINCT ON (h.organization_id, h.person_id) h.organization_id, h.person_id, h.health_group,
                           h.pe_group, h.long_term_treatment
                      FROM report.health_conclusion h
                     WHERE h.organization_id = ANY (?) AND h.valid_from <= ? AND (h.valid_until IS NULL OR ? <= h.valid_until)
                     ORDER BY h.organization_id, h.person_id, h.valid_from DESC, h.concluded_on DESC, h.id DESC
                ), disability AS (
                    SELECT x.organization_id, x.person_id, bool_or(x.category = 'child-disabled') AS child
                      FROM report.health_disability x
                     WHERE x.organization_id = ANY (?) AND x.established_on <= ? AND (x.valid_until IS NULL OR ? <= x.valid_until)
                     GROUP BY x.organization_id, x.person_id
                ), special AS (
                    SELECT x.organization_id, x.person_id, bool_or(x.adapted_programme) AS adapted
                      FROM report.health_special_needs x
                     WHERE x.organization_id = ANY (?) AND x.concluded_on <= ? AND (x.valid_until IS NULL OR ? <= x.valid_until)
                     GROUP BY x.organization_id, x.person_id
                ), counted AS (
                    SELECT l.organization_id, $COUNTED
                      FROM learners l
                      LEFT JOIN conclusion c ON c.organization_id = l.organization_id AND c.person_id = l.person_id
                      LEFT JOIN disability d ON d.organization_id = l.organization_id AND d.person_id = l.person_id
                      LEFT JOIN special s ON s.organization_id = l.organization_id AND s.person_id = l.person_id
                     GROUP BY l.organization_id
                )
                """.replace("$COUNTED", counted), organizations, day, day, organizations, day, day, organizations, day, day,
                organizations, day, day)
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
