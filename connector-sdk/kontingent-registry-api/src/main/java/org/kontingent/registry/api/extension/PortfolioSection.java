package org.kontingent.registry.api.extension;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.kontingent.platform.api.security.Permission;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A section of a person's portfolio that an extension bundle contributes from its own data: the
 * groups and stay modes of a preschooler, the grades of a pupil, the specialty of a student.
 * Register it as an OSGi service; the portfolio shows it while the bundle is there. A section of
 * a special category of personal data (health) names the permission a caller needs to see it
 * ({@link #requires()}).
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

    /**
     * The permission a caller's role must hold to be shown the section: for a section of a special
     * category of personal data, such as health ({@link Permission#READ_HEALTH}). The registry
     * leaves the section out, without reading it, for a caller whose role lacks it, and the REST
     * layer journals each read of a section shown under a permission on its own.
     *
     * @return empty (the default) for a section everyone who may read the person's card sees
     * @since 1.3
     */
    default Optional<Permission> requires() {
        return Optional.empty();
    }
}
