/**
 * The Ed-Fi connector: Ed-Fi Data Standard 5.x interchange XML (students, contacts and their
 * school enrollments), as one file or a zip of several, read into the exchange model. Nothing
 * here is exported; the gateway finds the format as a service.
 */
@Plugin(kind = "connector", id = "kontingent-connector-edfi", name = "Ed-Fi")
package org.kontingent.connector.edfi.internal;

import org.kontingent.platform.api.Plugin;
