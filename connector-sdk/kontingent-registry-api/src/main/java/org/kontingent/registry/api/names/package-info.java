/**
 * How personal names are compared: the normal form of a surname, name or patronymic (case,
 * ё/е, spaces and hyphens), used by identity matching, search and duplicate review alike.
 */
@Export
@Version("1.0.1")
package org.kontingent.registry.api.names;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
