/**
 * The report testkit: what a report form bundle's tests run on, outside OSGi.
 *
 * <ul>
 * <li>{@link org.kontingent.report.testkit.ReportDatabase}: a real PostgreSQL (embedded) with the
 * registry core's and the gateway's migrations applied, as the platform leaves them, and a way to
 * load a fixture as the database owner;</li>
 * <li>{@link org.kontingent.report.testkit.FormRunner}: runs a form as the report engine does — its
 * arguments checked and defaulted, one read-only transaction under the report role and a user's
 * scope — and gives the rows it wrote as a {@link org.kontingent.report.testkit.FormResult}, each
 * checked against the form's columns;</li>
 * <li>{@link org.kontingent.report.testkit.ReportFormContract}: the JUnit 5 contract every form
 * passes; a form bundle's test extends it and adds its own cases with exact expected numbers.</li>
 * </ul>
 */
@Export
@Version("1.1.0")
package org.kontingent.report.testkit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
