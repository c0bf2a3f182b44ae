package org.kontingent.registry.api.extension;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A section of an organization's portfolio that an extension bundle contributes from its own data:
 * the specialties a college teaches with its students by course, the orientations of an
 * additional education centre's programmes. Register it as an OSGi service; the organization's
 * card shows it while the bundle is there
 * ({@link org.kontingent.registry.api.query.RegistryQueries#organizationSections}).
 *
 * <p>A section of an organization counts; it never lists persons. Read the extension's own
 * tables and the registry's published report views, under the organization's report scope.
 *
 * @since 1.4
 */
@ConsumerType
public interface OrganizationSection {

    /** A stable id, the section's key in the organization's sections, for example {@code vocational}. */
    String id();

    /**
     * The section for an organization on a day: a tree of maps, lists and plain values (strings,
     * numbers, booleans, dates) that the REST layer writes as JSON.
     *
     * @return empty when the extension holds nothing about the organization
     */
    Optional<Map<String, Object>> section(long organizationId, LocalDate asOf);
}
