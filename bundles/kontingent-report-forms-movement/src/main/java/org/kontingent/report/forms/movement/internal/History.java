package org.kontingent.report.forms.movement.internal;

import org.kontingent.report.support.EducationLevel;
import org.kontingent.report.support.Organizations;

/**
 * Learners' memberships wherever they were, from the view {@code report.learner_history}: every
 * learner membership of the learners the user's scope holds, inside the scope or not — where they
 * came from and where they went. A membership in an organization outside the scope comes with
 * the organization's id and education level only; such an organization has no row in
 * {@code all_orgs}, and the forms show it as the text {@code organization.outside}.
 *
 * <p>Each membership counts at the {@linkplain EducationLevel level} of its organization: one of
 * the scope at the level {@code all_orgs} gives it, one outside at its own education level, a
 * mixed one as general (its type is not known there).
 */
final class History {
    private History() {
    }

    /**
     * The common table expression {@code name} of the memberships that meet the condition, to
     * append after {@link Organizations#ALL}: membership_id, person_id, organization_id,
     * starts_on, ends_on and level.
     *
     * @param condition SQL on the membership {@code h} (a row of {@code report.learner_history})
     */
    static String of(String name, String condition) {
        return """
                , $NAME AS MATERIALIZED (
                    SELECT h.membership_id, h.person_id, h.organization_id, h.starts_on, h.ends_on,
                           coalesce(ao.level, $OUTSIDE) AS level
                      FROM report.learner_history h
                      LEFT JOIN all_orgs ao ON ao.id = h.organization_id
                     WHERE $CONDITION
                )
                """.replace("$NAME", name).replace("$OUTSIDE", EducationLevel.of("h.education_level", "NULL"))
                .replace("$CONDITION", condition);
    }
}
