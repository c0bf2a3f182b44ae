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
 * <p>A move is a learner membership starting in the period (both days inclusive) whose previous
 * learner membership at the same education level (the one that started last before it) is in
 * another organization and ended within 30 days before or after the new start (its ends_on, the
 * first day it no longer held, at most 30 days from the new starts_on). A pair shows when the
 * organization left or the one entered matches the filters (and so lies in the user's scope).
 *
 * <p>The moves are found from both ends: the memberships starting in the organizations of the
 * run, and the next memberships, wherever they are, of the learners who left them
 * ({@code report.learner_history}, the scope's learners' memberships wherever they were). So a
 * move across the scope's edge shows too: its organization outside the scope is not named (the
 * views do not name it) but shown as the text {@code organization.outside}, without a
 * municipality, and all the organizations outside make one end of a pair. Pairs left from outside
 * come last.
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
        Long[] organizations = Organizations.ids(context);
        Organizations.with(arguments).append(Organizations.ALL).append("""
                , moves AS (
                    SELECT h.membership_id, h.previous_organization_id AS from_id, h.organization_id AS to_id
                      FROM report.learner h
                     WHERE h.organization_id = ANY (?) AND h.starts_on >= ? AND h.starts_on <= ?
                       AND h.previous_organization_id <> h.organization_id
                       AND h.previous_ends_on BETWEEN h.starts_on - 30 AND h.starts_on + 30
                    UNION
                    SELECT h.membership_id, h.previous_organization_id, h.organization_id
                      FROM report.learner_history h
                     WHERE h.person_id IN (SELECT l.person_id FROM report.learner l
                                            WHERE l.organization_id = ANY (?) AND l.ends_on >= ? AND l.ends_on <= ?)
                       AND h.previous_organization_id = ANY (?) AND h.starts_on >= ? AND h.starts_on <= ?
                       AND h.previous_organization_id <> h.organization_id
                       AND h.previous_ends_on BETWEEN h.starts_on - 30 AND h.starts_on + 30
                ), pairs AS (
                    SELECT f.id AS from_id, t.id AS to_id, count(*) AS learners
                      FROM moves m
                      LEFT JOIN all_orgs f ON f.id = m.from_id
                      LEFT JOIN all_orgs t ON t.id = m.to_id
                     GROUP BY f.id, t.id
                    HAVING count(*) >= ?
                )
                SELECT f.municipality_name AS from_municipality, f.name AS from_organization,
                       t.municipality_name AS to_municipality, t.name AS to_organization, pr.learners
                  FROM pairs pr
                  LEFT JOIN all_orgs f ON f.id = pr.from_id
                  LEFT JOIN all_orgs t ON t.id = pr.to_id
                 ORDER BY f.municipality_name, f.municipality_id, pr.learners DESC, f.name, f.id, t.name, t.id
                """, organizations, from, to, organizations, from.minusDays(30), to.plusDays(30), organizations, from, to,
                minimum == null ? 1L : minimum).run(context, row -> {
                    String left = row.getString("from_organization");
                    String entered = row.getString("to_organization");
                    context.row(row.getString("from_municipality"), left == null ? outside : left,
                            row.getString("to_municipality"), entered == null ? outside : entered,
                            Rows.whole(row, "learners"));
                });
    }
}
