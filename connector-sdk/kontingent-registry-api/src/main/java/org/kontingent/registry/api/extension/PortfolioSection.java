package org.kontingent.registry.api.extension;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A section of a person's portfolio that an extension bundle contributes from its own data: the
 * groups and stay modes of a preschooler, the grades of a pupil, the specialty of a student.
 * Register it as an OSGi service; the portfolio shows it while the bundle is there.
 */
@ConsumerType
public interface PortfolioSection {

    /** A stable id, the section's key in the portfolio, for example {@code preschool}. */
    String id();

    /**
     * The section for a person on a day: a tree of maps, lists and plain values (strings,
     * numbers, booleans, dates) that the REST layer writes as JSON. Details of one membership go
     * under its id.
     *
     * @return empty when the extension holds nothing about the person
     */
    Optional<Map<String, Object>> section(long personId, LocalDate asOf);
}
