/**
 * What report forms share beyond the SPI, so that each rule is written once:
 * <ul>
 * <li>{@link org.kontingent.report.support.Organizations}: the organizations a run covers, as the
 * common table expression {@code orgs} — the user's scope narrowed by an authority with its
 * subordinates, a city or district, a settlement, a type, one organization, an education level;</li>
 * <li>{@link org.kontingent.report.support.EducationLevel}: the education level an organization
 * counts at (a mixed one at its type's) and the optional parameter that picks one;</li>
 * <li>{@link org.kontingent.report.support.Levels}: the level rows are given at (the region, each
 * municipality, each organization) as grouping columns;</li>
 * <li>{@link org.kontingent.report.support.Texts}: a form bundle's texts in a language, without
 * falling back to the JVM's default locale, and the definitions titled from them;</li>
 * <li>{@link org.kontingent.report.support.Query} and {@link org.kontingent.report.support.Rows}:
 * SQL with its parameters, and the values of a result row as the engine takes them.</li>
 * </ul>
 * <p>
 * Not exported and not a bundle of its own: a form bundle names this artifact as a {@code provided}
 * dependency and copies the classes into itself with
 * {@code -conditionalpackage: org.kontingent.report.support.*}, so each bundle carries the version
 * it was built with.
 */
@Version("1.0.0")
package org.kontingent.report.support;

import org.osgi.annotation.versioning.Version;
