package org.kontingent.registry.api.query;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kontingent.platform.api.security.Permission;
import org.kontingent.platform.api.security.Scope;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads persons: by СНИЛС, by search, as a card, and as the learners of an organization on a day.
 * Every read is limited to a {@link Scope}: a person is inside an authority's or organization's
 * scope while they, or a learner they represent, have a membership in an organization of the
 * scope that holds on the day, ended within a year before it, or starts later. These are
 * personal data: a caller acting for a user passes the user's scope and journals the access
 * ({@link org.kontingent.platform.api.security.AccessJournal}).
 */
@ProviderType
public interface PersonQueries {

    /** The person with this СНИЛС (11 digits, separators allowed); empty when there is none inside the scope. */
    Optional<Long> bySnils(String snils, Scope scope);

    /** A person's card on a day; empty when there is no such person inside the scope. */
    Optional<PersonPortfolio> person(long id, LocalDate asOf, Scope scope);

    /**
     * Persons inside the scope matching a search, closest matches first (exact names, then prefixes, fragments and
     * typos), each kind by surname, name and patronymic. A page is read either by its offset or,
     * for deep pages, after the cursor of the page before it.
     *
     * @param page the page size, and the offset when {@code after} is null (otherwise the offset
     *        the caller counts, reported back in the page)
     * @param after the {@link SearchPage#next()} cursor of the page before, or null
     * @throws IllegalArgumentException naming the value when the cursor is not one of this search
     */
    SearchPage<PersonMatch> search(PersonSearch criteria, PageRequest page, String after, Scope scope);

    /**
     * The sections that extension bundles contribute to a person's portfolio on a day that need
     * no permission, by section id, in the order of the ids: {@link #sections(long, LocalDate, Set)}
     * for a caller with no permission, whose sections of health data are left out.
     */
    default Map<String, Map<String, Object>> sections(long personId, LocalDate asOf) {
        return sections(personId, asOf, Set.of()).shown();
    }

    /**
     * The sections that extension bundles contribute to a person's portfolio on a day, as a caller
     * whose role holds the permissions given may see them: a section that requires a permission
     * ({@link org.kontingent.registry.api.extension.PortfolioSection#requires()}) the caller lacks
     * is left out without being read. A section whose extension fails is given as
     * {@code {"unavailable": "<why>"}} rather than failing the portfolio. Read the person's card
     * with the caller's scope first: the sections are those of a person the caller may see. A
     * caller acting for a user journals each section shown under a permission
     * ({@link PortfolioSections#restricted()}).
     *
     * @since 2.1
     */
    PortfolioSections sections(long personId, LocalDate asOf, Set<Permission> permissions);

    /**
     * The learners of an organization on a day, by surname, name and patronymic; an empty page when
     * the organization is outside the scope.
     */
    Page<PersonSummary> learnersOf(long organizationId, LocalDate asOf, PageRequest page, Scope scope);
}
