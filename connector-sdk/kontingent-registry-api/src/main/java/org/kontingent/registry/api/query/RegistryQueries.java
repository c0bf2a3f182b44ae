package org.kontingent.registry.api.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads the registry's organizations, authorities and dictionaries. Registered by the registry
 * core as an OSGi service; every method answers from the database as it is now.
 */
@ProviderType
public interface RegistryQueries {

    /** The names of the registry's dictionaries, sorted. */
    List<String> dictionaries();

    /** The entries of a dictionary in their order; empty for an unknown dictionary. */
    List<DictionaryEntry> dictionary(String name);

    /**
     * Authorities directly under one, or the top ones.
     *
     * @param parentId the authority whose subordinates to list; null for those with no parent
     */
    Page<AuthoritySummary> authorities(Long parentId, PageRequest page);

    /** An authority with its counts on a day; empty when there is no such authority. */
    Optional<AuthorityPortfolio> authority(long id, LocalDate asOf);

    /** Organizations that meet every given criterion, by name. */
    Page<OrganizationSummary> organizations(OrganizationSearch search, PageRequest page);

    /**
     * An organization's card; empty when there is no such organization.
     *
     * @param academicYear the year whose classes to show, e.g. {@code 2026-2027}
     * @param asOf the day learners are counted on
     */
    Optional<OrganizationPortfolio> organization(long id, String academicYear, LocalDate asOf);
}
