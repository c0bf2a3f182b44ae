package org.kontingent.report.forms.preschool.internal;

import java.util.List;

import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;

/**
 * The queue on a day, from the preschool extension's applications ({@code report.preschool_application}):
 * an application is in the queue on day D when it was registered by then and was waiting then —
 * its status is {@code waiting}, or it got its present status only after D. A child counts in the
 * unit of the organization applied for first (the alternatives are not counted), once per unit
 * however many applications they have there.
 */
final class Queue {
    private Queue() {
    }

    /** The parameters of a queue form: the day, the level (per municipality by default), the organization filters. */
    static List<Parameter> parameters() {
        return List.of(Parameter.date(), Parameter.level(Level.MUNICIPALITY), Parameter.authority(), Parameter.district(),
                Parameter.settlement(), Parameter.organizationType());
    }

    /**
     * The common table expression {@code queue} (organization_id, person_id, birth_date, wanted_date,
     * preferential_category, months: the child's age in whole months on the day), to append after
     * {@code orgs}. Its placeholders: the day twice, the organizations' ids, the day twice.
     */
    static String cte() {
        return """
                , queue AS (
                    SELECT a.organization_id, a.person_id, a.birth_date, a.wanted_date, a.preferential_category,
                           (extract(year FROM age(?::date, a.birth_date)) * 12
                            + extract(month FROM age(?::date, a.birth_date)))::integer AS months
                      FROM report.preschool_application a
                     WHERE a.organization_id = ANY (?) AND a.registered_on <= ?
                       AND (a.status = 'waiting' OR a.status_date > ?)
                )
                """;
    }
}
