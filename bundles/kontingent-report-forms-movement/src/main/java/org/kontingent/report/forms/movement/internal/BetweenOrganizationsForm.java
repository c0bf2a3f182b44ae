package org.kontingent.report.forms.movement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ParameterType;
import org.kontingent.report.api.ReportArguments;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.Organizations;
import org.kontingent.report.support.Rows;
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * Movement between organizations: pairs (organization left → organization entered) with the
 * number of learners who moved so, grouped by the municipality left and sorted by that number,
 * largest first.
 *
 * <p>A move is a learner membership starting in the period (both days inclusive) together with a
 * learner membership of the same person in another organization of the same education level
 * that started earlier and ended within 30 days before or after the new start (its ends_on, the
 * first day it no longer held, at most 30 days from the new starts_on). When several fit, the one
 * ended last is the move's source. A pair shows when the organization left or the one entered
 * matches the filters (and so lies in the user's scope).
 *
 * <p>The memberships are the scope's learners' wherever they were ({@link History}), so a move
 * across the scope's edge shows too: its organization outside the scope is not named (the views
 * do not name it) but shown as the text {@code organization.outside}, without a municipality, and
 * all the organizations outside make one end of a pair. Pairs left from outside come last.
 */
@Component(service = ReportForm.class)
public final class BetweenOrganizationsForm implements ReportForm {
    static final String ID = "movement.between-organizations";
    /** The smallest number of learners a pair must have to be shown. */
    static final String MIN_COUNT = "minCount";

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        return texts.definition(ID, Category.MOVEMENT, "between",
                List.of(Parameter.from(), Parameter.to(), Parameter.authority(), Parameter.district(),
                        Parameter.settlement(),
                        new Parameter(MIN_COUNT, ParameterType.INTEGER, texts.get("parameter.minCount"), false, null,
                                null, null)),
                List.of(Column.text("fromMunicipality", texts.get("column.fromMunicipality")),
                        Column.text("fromOrganization", texts.get("column.fromOrganization")),
                        Column.text("toMunicipality", texts.get("column.toMunicipality")),
                        Column.text("toOrganization", texts.get("column.toOrganization")),
                        Column.count("learners", texts.get("column.moved"))),
                List.of("fromMunicipality"), null);
    }

    @Override
    public void run(ReportContext context) throws Exception {
        ReportArguments arguments = context.arguments();
        LocalDate from = arguments.date(Parameter.FROM);
        LocalDate to = arguments.date(Parameter.TO);
        Long minimum = arguments.number(MIN_COUNT);
        String outside = Texts.of(context.locale(), getClass()).get("organization.outside");
        context.progress(10);
        Organizations.with(arguments).append(Organizations.ALL)
                .append(History.of("arrivals", "h.starts_on >= ? AND h.starts_on <= ?"), from, to)
                .append(History.of("history", "h.person_id IN (SELECT person_id FROM arrivals)"))
                .append("""
                , moves AS (
                    SELECT DISTINCT ON (a.membership_id) a.membership_id, p.organization_id AS from_id,
                           a.organization_id AS to_id
                      FROM arrivals a
                      JOIN history p ON p.person_id = a.person_id AND p.organization_id <> a.organization_id
                           AND p.starts_on < a.starts_on AND p.level = a.level
                           AND p.ends_on BETWEEN a.starts_on - 30 AND a.starts_on + 30
                     ORDER BY a.membership_id, p.ends_on DESC, p.membership_id DESC
                ), pairs AS (
                    SELECT f.id AS from_id, t.id AS to_id, count(*) AS learners
                      FROM moves m
                      LEFT JOIN all_orgs f ON f.id = m.from_id
                      LEFT JOIN all_orgs t ON t.id = m.to_id
                     WHERE m.from_id IN (SELECT id FROM orgs) OR m.to_id IN (SELECT id FROM orgs)
                     GROUP BY f.id, t.id
                    HAVING count(*) >= ?
                )
                SELECT f.municipality_name AS from_municipality, f.name AS from_organization,
                       t.municipality_name AS to_municipality, t.name AS to_organization, pr.learners
                  FROM pairs pr
                  LEFT JOIN all_orgs f ON f.id = pr.from_id
                  LEFT JOIN all_orgs t ON t.id = pr.to_id
                 ORDER BY f.municipality_name, f.municipality_id, pr.learners DESC, f.name, f.id, t.name, t.id
                """, minimum == null ? 1L : minimum).run(context, row -> {
                    String left = row.getString("from_organization");
                    String entered = row.getString("to_organization");
                    context.row(row.getString("from_municipality"), left == null ? outside : left,
                            row.getString("to_municipality"), entered == null ? outside : entered,
                            Rows.whole(row, "learners"));
                });
    }
}
