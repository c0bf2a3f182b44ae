/**
 * The exchange model: what a provider sends the registry, as versioned records, with the
 * published table of error codes. The JSON Schema ({@code exchange-1.0.schema.json}) and the XSD
 * ({@code exchange-1.0.xsd}) beside these classes describe the same records for systems that are
 * not written in Java.
 */
@Export
@Version("1.2.0")
package org.kontingent.connector.api.exchange;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
