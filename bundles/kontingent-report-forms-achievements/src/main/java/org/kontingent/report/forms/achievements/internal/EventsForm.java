package org.kontingent.report.forms.achievements.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ParameterType;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.EducationLevel;
import org.kontingent.report.support.Levels;
import org.kontingent.report.support.Organizations;
import org.kontingent.report.support.Query;
import org.kontingent.report.support.Rows;
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * Learners' participation in olympiads, contests, competitions and other events in an academic
 * year (the events whose first day falls in it), by the event's level — of the organization,
 * municipal, regional, interregional, all-Russian, international —, per organization, municipality
 * or for the region, for learners of every education level: the participations, and the learners
 * who took part, took a prize and won, each counted once in the unit and level however many
 * events they took part in, with the share of participants who won or took a prize. The event
 * counts in the unit of the organization that reports it.
 */
@Component(service = ReportForm.class)
public final class EventsForm implements ReportForm {
    static final String ID = "portfolio.events";
    /** The optional choice of one kind of event. */
    static final String EVENT_KIND = "eventKind";
    /** The kinds of event, in the dictionary's order. */
    static final List<String> KINDS = List.of("olympiad", "contest", "competition", "championship", "conference", "festival",
            "other");
    /** The counts of each row, in the order of the columns; the share follows them. */
    static final List<String> COUNTS = List.of("participations", "participants", "prizeWinners", "winners");

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        List<Parameter> parameters = List.of(Parameter.academicYear(), Parameter.level(Level.ORGANIZATION),
                Parameter.authority(), Parameter.district(), Parameter.settlement(), Parameter.organizationType(),
                EducationLevel.parameter(texts), new Parameter(EVENT_KIND, ParameterType.CHOICE,
                        texts.get("parameter.eventKind"), false, null, null,
                        KINDS.stream().map(kind -> new Parameter.Option(kind, texts.get("eventKind." + kind))).toList()));
        List<Column> columns = new ArrayList<>(List.of(Column.text("municipality", texts.get("column.municipality")),
                Column.text("unit", texts.get("column.unit")), Column.text("eventLevel", texts.get("column.eventLevel"))));
        COUNTS.forEach(count -> columns.add(Column.count(count, texts.get("column." + count))));
        columns.add(Column.percent("awardedShare", texts.get("column.awardedShare")));
        return texts.definition(ID, Units.CATEGORY, "events", parameters, columns, List.of("municipality", "unit"),
                new Chart(Chart.Type.BAR, "eventLevel", List.of("participants", "prizeWinners", "winners")));
    }

    @Override
    public void run(ReportContext context) throws Exception {
        Level level = Levels.of(context.arguments(), Level.ORGANIZATION);
        Texts texts = Texts.of(context.locale(), getClass());
        String year = context.arguments().text(Parameter.ACADEMIC_YEAR);
        String kind = context.arguments().text(EVENT_KIND);
        Long[] organizations = Organizations.ids(context);
        context.progress(10);
        // e: the year's events of the organizations, read once by the organization's index; learner: one row per unit,
        // level and learner (a learner counts once in each whatever the number of events); then one row per unit and level
        Query query = Organizations.with(context.arguments()).append("""
                , e AS MATERIALIZED (
                    SELECT e.organization_id, e.level, e.person_id, e.result
                      FROM report.portfolio_event e
                     WHERE e.organization_id = ANY (?)
                       AND e.starts_on >= make_date(substr(?, 1, 4)::integer, 9, 1)
                       AND e.starts_on < make_date(substr(?, 1, 4)::integer + 1, 9, 1)
                """, organizations, year, year);
        if (kind != null) {
            query.append("   AND e.kind = ?\n", kind);
        }
        query.append(Levels.fill("""
                ), learner AS (
                    SELECT $LEVEL, e.level, e.person_id, count(*) AS participations,
                           bool_or(e.result = 'prize-winner') AS prize, bool_or(e.result = 'winner') AS win
                      FROM e
                      JOIN orgs o ON o.id = e.organization_id
                    $GROUP
                )
                SELECT l.municipality_id, l.municipality_name, l.organization_id, l.organization_name, l.level,
                       d.name AS level_name, sum(l.participations) AS participations, count(*) AS participants,
                       count(*) FILTER (WHERE l.prize) AS prize_winners, count(*) FILTER (WHERE l.win) AS winners,
                       count(*) FILTER (WHERE l.prize OR l.win)::float8 / count(*) AS awarded_share
                  FROM learner l
                  LEFT JOIN report.portfolio_dictionary d ON d.dictionary = 'event-level' AND d.code = l.level
                 GROUP BY l.municipality_id, l.municipality_name, l.organization_id, l.organization_name, l.level, d.name,
                          d.sort_order
                 ORDER BY l.municipality_name, l.municipality_id, l.organization_name, l.organization_id, d.sort_order
                """, level, "o", "e.level", "e.person_id")).run(context, row -> context.row(
                        row.getString("municipality_name"), Levels.unitName(row, level, texts.get("unit.region")),
                        Units.named(texts, "eventLevel", row.getString("level"), row.getString("level_name")),
                        Rows.whole(row, "participations"), Rows.whole(row, "participants"),
                        Rows.whole(row, "prize_winners"), Rows.whole(row, "winners"), Rows.fraction(row, "awarded_share")));
    }
}
