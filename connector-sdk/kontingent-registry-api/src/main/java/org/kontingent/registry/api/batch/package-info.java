/**
 * Writing many records from one source at once: the gateway's way into the registry. Records
 * name each other by the source's own keys; the registry keeps which of its records each key
 * stands for, so a record sent again updates what it created.
 */
@Export
@Version("1.2.0")
package org.kontingent.registry.api.batch;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
