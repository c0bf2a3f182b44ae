/**
 * Health indicators: each part of the platform or a plugin reports whether it can serve.
 */
@Export
@Version("1.0.0")
package org.kontingent.platform.api.health;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
