/**
 * The pull SPI: regional systems the gateway asks for changes on a schedule and, in
 * request–response mode, for one learner.
 */
@Export
@Version("1.0.0")
package org.kontingent.connector.api.pull;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
