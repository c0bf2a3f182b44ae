/**
 * The report SPI: what a report form bundle implements and what the report engine hands it.
 *
 * <p>A form is an OSGi service {@link org.kontingent.report.api.ReportForm}. It declares itself
 * ({@link org.kontingent.report.api.ReportDefinition}: id, title, category, parameters, columns,
 * grouping, an optional chart) and, when run, reads the <em>published report views</em> through
 * {@link org.kontingent.report.api.ReportContext#query} and writes its rows through
 * {@link org.kontingent.report.api.ReportContext#row}. The engine validates the arguments, applies
 * the user's scope, computes subtotals and totals, caches results by arguments and data version,
 * and renders them as JSON, Excel, PDF and CSV.
 *
 * <p>The published report views live in the database schema {@code report}; their columns are
 * listed in {@link org.kontingent.report.api.ReportViews}. They show only what lies in the scope of
 * the user the report runs for, so a form never filters by scope itself. A form reads nothing
 * else: queries run in a read-only transaction under a database role that may read the
 * {@code report} schema only, so a form that names a core table fails at once. Views change only
 * with a new version of the capability {@value org.kontingent.report.api.ReportViews#CAPABILITY},
 * which form bundles require (see {@link org.kontingent.report.api.ReportViews}).
 */
@Export
@Version("1.2.0")
package org.kontingent.report.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
