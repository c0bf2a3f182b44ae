package org.kontingent.platform.api.database;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered by the platform for each bundle whose migrations are all applied.
 */
@ProviderType
public interface MigratedSchema {
    /** The symbolic name of the bundle that owns the migrations. */
    String owner();

    /** The highest applied migration version. */
    int version();
}
