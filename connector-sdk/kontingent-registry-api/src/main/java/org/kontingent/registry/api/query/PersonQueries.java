package org.kontingent.registry.api.query;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads persons: by СНИЛС, by search, as a card, and as the learners of an organization on a day. These
 * are personal data: a caller acting for a person must apply that person's scope and journal
 * the access (the platform's REST layer does).
 */
@ProviderType
public interface PersonQueries {

    /** The person with this СНИЛС (11 digits, separators allowed); empty when there is none. */
    Optional<Long> bySnils(String snils);

    /** A person's card on a day; empty when there is no such person. */
    Optional<PersonPortfolio> person(long id, LocalDate asOf);

    /**
     * Persons matching a search, closest matches first (exact names, then prefixes, fragments and
     * typos), each kind by surname, name and patronymic. A page is read either by its offset or,
     * for deep pages, after the cursor of the page before it.
     *
     * @param page the page size, and the offset when {@code after} is null (otherwise the offset
     *        the caller counts, reported back in the page)
     * @param after the {@link SearchPage#next()} cursor of the page before, or null
     * @throws IllegalArgumentException naming the value when the cursor is not one of this search
     */
    SearchPage<PersonMatch> search(PersonSearch criteria, PageRequest page, String after);

    /**
     * The sections that extension bundles contribute to a person's portfolio on a day, by section
     * id, in the order of the ids. A section whose extension fails is given as
     * {@code {"unavailable": "<why>"}} rather than failing the portfolio.
     */
    Map<String, Map<String, Object>> sections(long personId, LocalDate asOf);

    /** The learners of an organization on a day, by surname, name and patronymic. */
    Page<PersonSummary> learnersOf(long organizationId, LocalDate asOf, PageRequest page);
}
