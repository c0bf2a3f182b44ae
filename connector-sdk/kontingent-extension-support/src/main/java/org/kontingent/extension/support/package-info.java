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
 * exactly those.</li>
 * </ul>
 * <p>
 * Not exported and not a bundle of its own: an extension bundle names this artifact as a
 * {@code provided} dependency and copies the classes into itself with
 * {@code -conditionalpackage: org.kontingent.extension.support.*}, so each bundle carries the
 * version it was built with. Its declarative services components stay in the extension bundle.
 */
@Version("1.0.0")
package org.kontingent.extension.support;

import org.osgi.annotation.versioning.Version;
