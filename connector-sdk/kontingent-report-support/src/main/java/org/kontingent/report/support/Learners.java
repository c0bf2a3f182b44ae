package org.kontingent.report.support;

/**
 * The learners of organizations on a day, as the forms count them: a learner membership holds on
 * day D when {@code starts_on <= D} and {@code D < ends_on} (or it has no end), so a learner in
 * two organizations at once counts in each. Summed from {@code report.learner_count} (views 1.2),
 * the memberships counted by organization, first day, end and sex.
 */
public final class Learners {
    private Learners() {
    }

    /**
     * The common table expression {@code name} of the learners on a day per organization, to
     * append after {@link Organizations#with}: organization_id, learners, boys, girls (a learner
     * of unknown sex counts among the learners only). Its placeholders: those of the condition,
     * then the day twice.
     *
     * @param organizations the condition on {@code l.organization_id} that picks the organizations,
     *        for example {@code IN (SELECT id FROM orgs)} or {@code = ANY (?)}
     */
    public static String onDay(String name, String organizations) {
        return """
                , $NAME AS (
                    SELECT l.organization_id, sum(l.learners) AS learners,
                           coalesce(sum(l.learners) FILTER (WHERE l.sex = 'M'), 0) AS boys,
                           coalesce(sum(l.learners) FILTER (WHERE l.sex = 'F'), 0) AS girls
                      FROM report.learner_count l
                     WHERE l.organization_id $ORGANIZATIONS
                       AND l.starts_on <= ? AND (l.ends_on IS NULL OR ? < l.ends_on)
                     GROUP BY l.organization_id
                    HAVING sum(l.learners) > 0
                )
                """.replace("$NAME", name).replace("$ORGANIZATIONS", organizations);
    }
}
