package org.kontingent.demo.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.kontingent.registry.api.extension.DemoData;

/**
 * What the demo loader made in a database (schema {@code demo}): the region, once, and each
 * extension's part of it. An extension's part is generated on the region's seed and day, in a
 * transaction of its own, and recorded in that same transaction: it is there whole and once, or
 * not at all.
 */
final class DemoRecords {
    /** The demo region of a database: its seed and the day it was generated as of. */
    record Region(long seed, LocalDate asOf) {
    }

    /** An extension's part of the region: its rows, and how long they took. */
    record Generated(String extensionId, long rows, double seconds) {
    }

    private DemoRecords() {
    }

    /** Records the region just loaded, on a connection in autocommit. */
    static void regionLoaded(Connection connection, long seed, int learners, LocalDate asOf) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO demo.region (seed, learners, as_of) VALUES (?, ?, ?)")) {
            s.setLong(1, seed);
            s.setInt(2, learners);
            s.setObject(3, asOf);
            s.executeUpdate();
        }
    }

    /** The database's demo region, if the loader made one. */
    static Optional<Region> region(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT seed, as_of FROM demo.region")) {
            return rs.next() ? Optional.of(new Region(rs.getLong(1), rs.getObject(2, LocalDate.class))) : Optional.empty();
        }
    }

    /**
     * Generates the extension's part of the database's demo region, unless there is no demo
     * region or the part was generated before.
     *
     * @param connection a connection in autocommit; it is left in autocommit
     * @return the part generated now, or empty when there was nothing to do
     */
    static Optional<Generated> generate(Connection connection, DemoData extension) throws SQLException {
        Optional<Region> region = region(connection);
        if (region.isEmpty()) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        connection.setAutoCommit(false);
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("SELECT set_config('kontingent.report_scope', 'region', true)");
                // another platform on the same database generating the same part waits here, then finds it done
                s.execute("LOCK TABLE demo.extension_data IN SHARE ROW EXCLUSIVE MODE");
            }
            if (generatedBefore(connection, extension.id())) {
                connection.rollback();
                return Optional.empty();
            }
            long rows = extension.generate(connection, region.get().seed(), region.get().asOf());
            double seconds = (System.nanoTime() - started) / (double) TimeUnit.SECONDS.toNanos(1);
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT INTO demo.extension_data (extension_id, rows, seconds) VALUES (?, ?, ?)")) {
                s.setString(1, extension.id());
                s.setLong(2, rows);
                s.setBigDecimal(3, BigDecimal.valueOf(Math.round(seconds * 10) / 10.0));
                s.executeUpdate();
            }
            connection.commit();
            return Optional.of(new Generated(extension.id(), rows, seconds));
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static boolean generatedBefore(Connection connection, String extensionId) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement("SELECT EXISTS (SELECT FROM demo.extension_data WHERE extension_id = ?)")) {
            q.setString(1, extensionId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
