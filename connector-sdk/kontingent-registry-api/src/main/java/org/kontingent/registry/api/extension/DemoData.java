package org.kontingent.registry.api.extension;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An extension's part of the demo region and of the benchmark regions: its own rows (marks and
 * exams, preschool groups and queues, specialties and employment) for the learners,
 * organizations and classes a demo region already holds, so that its portfolio section and its
 * report forms show real numbers. Register it as an OSGi service beside the extension's
 * {@link ExtensionData}; where a demo region is loaded, the demo loader calls it once per
 * database, when the region is loaded or, for an extension installed later, when it arrives.
 *
 * <p>Generate set-based, with {@code INSERT ... SELECT} over the published report views under
 * the scope {@code region} (or COPY), never row by row: a benchmark region holds two million
 * learners. Draw every choice from the seed and the row's ids (for example PostgreSQL's
 * {@code hashint8extended(id, seed)}), not from {@code random()}, so that the same seed on the
 * same day gives the same rows. End with {@code ANALYZE} of the tables written: the report forms'
 * query plans need to know of millions of new rows before autovacuum comes by.
 */
@ConsumerType
public interface DemoData {

    /** The extension's id, as its {@link ExtensionData#id()}. */
    String id();

    /**
     * Writes the extension's demo rows into its own tables.
     *
     * @param connection a connection in a transaction of its own, the report scope set to the
     *        region: never commit or close it (the caller commits, or rolls back on a failure)
     * @param seed the region's seed
     * @param today the day the region was generated as of
     * @return how many rows were written
     * @throws SQLException when the database fails; nothing is kept
     */
    long generate(Connection connection, long seed, LocalDate today) throws SQLException;
}
