/**
 * Read access to the registry's organizations, authorities and dictionaries: the published
 * query service ({@link org.kontingent.registry.api.query.RegistryQueries}) and its DTOs. Plugins
 * and the platform's REST layer read the registry through it, never through its tables, and
 * always within the caller's {@link org.kontingent.platform.api.security.Scope} (2.0.0). 2.1.0:
 * a person's portfolio sections as a caller's permissions let them see them
 * ({@link org.kontingent.registry.api.query.PortfolioSections}).
 */
@Export
@Version("2.2.0")
package org.kontingent.registry.api.query;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
