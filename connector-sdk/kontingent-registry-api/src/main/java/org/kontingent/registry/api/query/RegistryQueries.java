package org.kontingent.registry.api.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kontingent.platform.api.security.Scope;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads the registry's organizations, authorities and dictionaries. Registered by the registry
 * core as an OSGi service; every method answers from the database as it is now. Organizations
 * and authorities are read within a {@link Scope}: an authority's scope holds every authority
 * under it and the organizations they manage, an organization's scope the organization alone;
 * outside it they are not found.
 */
@ProviderType
public interface RegistryQueries {

    /** The names of the registry's dictionaries, sorted. */
    List<String> dictionaries();

    /** The entries of a dictionary in their order; empty for an unknown dictionary. */
    List<DictionaryEntry> dictionary(String name);

    /**
     * Authorities directly under one, or the top ones of the scope.
     *
     * @param parentId the authority whose subordinates to list; null for the top: those with no
     *        parent, or the scope's own authority
     */
    Page<AuthoritySummary> authorities(Long parentId, PageRequest page, Scope scope);

    /** An authority with its counts on a day; empty when there is no such authority inside the scope. */
    Optional<AuthorityPortfolio> authority(long id, LocalDate asOf, Scope scope);

    /** Organizations inside the scope that meet every given criterion, by name. */
    Page<OrganizationSummary> organizations(OrganizationSearch search, PageRequest page, Scope scope);

    /**
     * An organization's card; empty when there is no such organization inside the scope.
     *
     * @param academicYear the year whose classes to show, e.g. {@code 2026-2027}
     * @param asOf the day learners are counted on
     */
    Optional<OrganizationPortfolio> organization(long id, String academicYear, LocalDate asOf, Scope scope);

    /**
     * The sections that extension bundles contribute to an organization's portfolio on a day, by
     * section id in the order of the ids; empty when there is no such organization inside the
     * scope. A section that fails is shown as {@code {"unavailable": <why>}}: the card is served
     * all the same.
     *
     * @since 2.2
     */
    Optional<Map<String, Map<String, Object>>> organizationSections(long id, LocalDate asOf, Scope scope);

    /**
     * Whether an authority, organization or data provider lies inside a scope: the same
     * authority or one under it, an organization those manage, or the same organization or
     * provider. An authority or organization that does not exist lies inside none. Answers
     * whether a user with the scope may give a user the other one.
     */
    boolean covers(Scope scope, Scope other);
}
