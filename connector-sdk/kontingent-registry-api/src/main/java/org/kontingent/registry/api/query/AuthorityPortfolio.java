package org.kontingent.registry.api.query;

import java.time.LocalDate;

/**
 * An education authority with what is under it, counted on a day: subordinate authorities and
 * organizations at any depth, and the learners of those organizations on that day.
 *
 * @param asOf the day the learners are counted on
 * @param learners distinct persons who are learners of a subordinate organization on that day
 */
public record AuthorityPortfolio(AuthoritySummary authority, Requisites requisites, Contacts contacts,
        long subordinateAuthorities, long subordinateOrganizations, long learners, LocalDate asOf) {
}
