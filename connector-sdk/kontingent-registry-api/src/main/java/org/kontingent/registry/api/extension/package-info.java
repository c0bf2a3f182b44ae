/**
 * What education-level extension bundles (preschool, general, additional, vocational, health,
 * portfolio) plug into the registry: the data sources send for them, written in the batch's
 * transaction ({@link org.kontingent.registry.api.extension.ExtensionData}), and sections of a
 * person's portfolio from their own data ({@link org.kontingent.registry.api.extension.PortfolioSection}), and
 * their part of a demo region ({@link org.kontingent.registry.api.extension.DemoData}).
 * An extension keeps its data in its own tables (its own migrations), keyed by the registry's
 * person and membership ids, and moves it on merges through
 * {@link org.kontingent.registry.api.identity.PersonMergeParticipant}. 1.3.0: a portfolio section
 * may name the permission a caller needs to see it ({@code PortfolioSection.requires()}). 1.4.0: sections of an
 * organization's portfolio ({@link org.kontingent.registry.api.extension.OrganizationSection}).
 */
@Export
@Version("1.4.0")
package org.kontingent.registry.api.extension;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
