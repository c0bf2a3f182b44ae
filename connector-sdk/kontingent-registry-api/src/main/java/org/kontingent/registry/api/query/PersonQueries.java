package org.kontingent.registry.api.query;

import java.time.LocalDate;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads persons: by СНИЛС, as a card, and as the learners of an organization on a day. These
 * are personal data: a caller acting for a person must apply that person's scope and journal
 * the access (the platform's REST layer does).
 */
@ProviderType
public interface PersonQueries {

    /** The person with this СНИЛС (11 digits, separators allowed); empty when there is none. */
    Optional<Long> bySnils(String snils);

    /** A person's card on a day; empty when there is no such person. */
    Optional<PersonPortfolio> person(long id, LocalDate asOf);

    /** The learners of an organization on a day, by surname, name and patronymic. */
    Page<PersonSummary> learnersOf(long organizationId, LocalDate asOf, PageRequest page);
}
