/**
 * The platform contract of Kontingent: how a bundle declares itself a plugin.
 */
@Export
@Version("1.1.0")
package org.kontingent.platform.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
