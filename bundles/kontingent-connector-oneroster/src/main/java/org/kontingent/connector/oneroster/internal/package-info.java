/**
 * The OneRoster 1.1 connector: the bulk CSV binding (a zip of manifest.csv, users.csv,
 * demographics.csv, classes.csv, academicSessions.csv, enrollments.csv, ...) read into learners,
 * their parents and guardians, classes and memberships. Nothing here is exported; the gateway
 * finds the format as a service.
 */
@Plugin(kind = "connector", id = "kontingent-connector-oneroster", name = "OneRoster 1.1")
package org.kontingent.connector.oneroster.internal;

import org.kontingent.platform.api.Plugin;
