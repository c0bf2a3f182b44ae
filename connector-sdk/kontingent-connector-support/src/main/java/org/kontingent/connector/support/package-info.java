/**
 * What connectors share beyond the SPI: {@link org.kontingent.connector.support.RecordCollector}
 * gathers the records a format reads into a {@link org.kontingent.connector.api.format.ReadResult},
 * {@link org.kontingent.connector.support.RecordRefusal} says which field keeps a record out,
 * {@link org.kontingent.connector.support.ZipGuard} inflates a zip within limits, and
 * {@link org.kontingent.connector.support.StrictText} decodes text refusing bytes that are not.
 * <p>
 * Not exported and not a bundle of its own: a connector names this artifact as a {@code provided}
 * dependency and copies the classes it uses into itself with
 * {@code -conditionalpackage: org.kontingent.connector.support.*}.
 */
package org.kontingent.connector.support;
