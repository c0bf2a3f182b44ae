/**
 * Read access to the registry's organizations, authorities and dictionaries: the published
 * query service ({@link org.kontingent.registry.api.query.RegistryQueries}) and its DTOs. Plugins
 * and the platform's REST layer read the registry through it, never through its tables.
 */
@Export
@Version("1.1.0")
package org.kontingent.registry.api.query;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
