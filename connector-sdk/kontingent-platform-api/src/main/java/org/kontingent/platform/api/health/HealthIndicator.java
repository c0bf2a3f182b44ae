package org.kontingent.platform.api.health;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A part of the system that can tell whether it works. Register an implementation as an OSGi
 * service and {@code GET /api/v1/health} includes it. {@link #check()} must answer quickly
 * (well under a second) and never throw.
 */
@ConsumerType
public interface HealthIndicator {
    /** A short stable key, e.g. {@code database}. */
    String name();

    /** The current state of this part. */
    Health check();
}
