/**
 * The package format SPI: what a connector implements so that the gateway takes packages in an
 * outside format (Excel, XML, a regional system's own JSON) and turns them into the exchange
 * model.
 */
@Export
@Version("1.0.0")
package org.kontingent.connector.api.format;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
