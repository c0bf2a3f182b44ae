/**
 * What pull sources share: {@link org.kontingent.connector.support.pull.HttpSource} asks a system's
 * HTTP API and turns every failure into a
 * {@link org.kontingent.connector.api.pull.SourceUnavailableException} that says what to do, and
 * {@link org.kontingent.connector.support.pull.Watermarks} reads and writes a watermark as
 * {@code name=value} pairs. A package of its own, so that a connector without a pull source copies
 * none of it (bnd copies whole packages).
 */
package org.kontingent.connector.support.pull;
