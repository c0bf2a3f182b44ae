/**
 * Conventions every Kontingent REST resource follows: the JSON provider to select, the error
 * body, and the documentation annotation read into {@code /api/openapi.json}.
 */
@Export
@Version("1.1.0")
package org.kontingent.platform.api.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
