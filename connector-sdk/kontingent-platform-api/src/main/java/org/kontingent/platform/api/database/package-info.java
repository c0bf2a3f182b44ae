/**
 * The shared database: how a bundle brings its own schema migrations and learns they are applied.
 */
@Export
@Version("1.1.0")
package org.kontingent.platform.api.database;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
