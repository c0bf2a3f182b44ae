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
        // e: the year's events of the organizations, streamed into learner: one row per unit, level and learner (a
        // learner counts once in each whatever the number of events); then one row per unit and level. Materializing
        // the region's 340 thousand events first took a fifth of the query's time
        Query query = Organizations.with(context.arguments()).append("""
                , e AS (
                    SELECT e.organization_id, e.level, e.person_id, e.result
                      FROM report.portfolio_event e
                     WHERE e.organization_id = ANY (?)
                       AND e.starts_on >= make_date(substr(?, 1, 4)::integer, 9, 1)
                       AND e.starts_on < make_date(substr(?, 1, 4)::integer + 1, 9, 1)
                """, organizations, year, year);
        if (kind != null) {
            query.append("   AND e.kind = ?\n", kind);
        }
        // grouped by the units' ids, named after: grouping the 340 thousand events of a region's year by the units'
        // names as well spilled to disk (2.6 s at 2 million learners; 1.6 s by ids)
        String unit = switch (level) {
            case ORGANIZATION -> "o.id";
            case MUNICIPALITY -> "o.municipality_id";
            case REGION -> "0::bigint";
        };
        query.append(Levels.fill("""
                ), learner AS (
                    SELECT $UNIT AS unit_id, e.level, e.person_id, count(*) AS participations,
                           bool_or(e.result = 'prize-winner') AS prize, bool_or(e.result = 'winner') AS win
                      FROM e
                      JOIN orgs o ON o.id = e.organization_id
                     GROUP BY 1, e.level, e.person_id
                ), counted AS (
                    SELECT l.unit_id, l.level, sum(l.participations) AS participations, count(*) AS participants,
                           count(*) FILTER (WHERE l.prize) AS prize_winners, count(*) FILTER (WHERE l.win) AS winners,
                           count(*) FILTER (WHERE l.prize OR l.win) AS awarded
                      FROM learner l
                     GROUP BY l.unit_id, l.level
                ), units AS (
                    SELECT DISTINCT $UNIT AS unit_id, $LEVEL FROM orgs o
                )
                SELECT u.municipality_id, u.municipality_name, u.organization_id, u.organization_name, c.level,
                       d.name AS level_name, c.participations, c.participants, c.prize_winners, c.winners,
                       c.awarded::float8 / c.participants AS awarded_share
                  FROM counted c
                  JOIN units u ON u.unit_id = c.unit_id
                  LEFT JOIN report.portfolio_dictionary d ON d.dictionary = 'event-level' AND d.code = c.level
                 ORDER BY u.municipality_name, u.municipality_id, u.organization_name, u.organization_id, d.sort_order
                """.replace("$UNIT", unit), level, "o")).run(context, row -> context.row(
                        row.getString("municipality_name"), Levels.unitName(row, level, texts.get("unit.region")),
                        Units.named(texts, "eventLevel", row.getString("level"), row.getString("level_name")),
                        Rows.whole(row, "participations"), Rows.whole(row, "participants"),
                        Rows.whole(row, "prize_winners"), Rows.whole(row, "winners"), Rows.fraction(row, "awarded_share")));
    }
}
