/**
 * What education-level extensions share beyond the registry's SPI, so that each rule is written once:
 * <ul>
 * <li>{@link org.kontingent.extension.support.EntryFields}: the fields of one entry's data, read and
 * checked, every broken rule collected with the registry's rule codes, so that an entry is refused
 * with all that is wrong with it at once;</li>
 * <li>{@link org.kontingent.extension.support.Upsert}: a row of one of an extension's tables
 * written by the source's id and key, and left alone when nothing changed;</li>
 * <li>{@link org.kontingent.extension.support.PersonRowsMerge}: the move of a merged person's rows
 * of an extension's tables to the kept one, listed row by row so that the merge's undo moves back
 * exactly those;</li>
 * <li>{@link org.kontingent.extension.support.SectionParts}: the parts of a portfolio section read
 * from an extension's tables, row by row, for a person on a day;</li>
 * <li>{@link org.kontingent.extension.support.DictionaryEntries}: an extension's dictionary as its
 * code keeps it, code → name in order;</li>
 * <li>{@link org.kontingent.extension.support.EntityExtension}: an extension's data service as a
 * writer per entity, with its entities' JSON Schemas, the refusal of another entity, the required
 * organization and the notice on an entry about a person who is no learner there;</li>
 * <li>{@link org.kontingent.extension.support.DemoSteps}: the statements of an extension's part of
 * a demo region, run in order with the seed and the day, each table analyzed after it is written;</li>
 * <li>{@link org.kontingent.extension.support.RegistryCodes}: an entry's field holding a code of one
 * of the registry's own dictionaries (study forms, ownership forms, ...), checked against its
 * published view;</li>
 * <li>{@link org.kontingent.extension.support.LearnerMemberships}: a person's learner membership in
 * an organization during a period, found through the extension's own function over the registry's
 * report views;</li>
 * <li>{@link org.kontingent.extension.support.OrganizationScope}: the reads of an organization
 * section, under the organization's report scope in a transaction rolled back.</li>
 * </ul>
 * <p>
 * Not exported and not a bundle of its own: an extension bundle names this artifact as a
 * {@code provided} dependency and copies the classes into itself with
 * {@code -conditionalpackage: org.kontingent.extension.support.*}, so each bundle carries the
 * version it was built with. Its declarative services components stay in the extension bundle.
 */
@Version("1.3.0")
package org.kontingent.extension.support;

import org.osgi.annotation.versioning.Version;
