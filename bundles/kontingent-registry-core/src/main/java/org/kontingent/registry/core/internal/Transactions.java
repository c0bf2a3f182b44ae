package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.kontingent.registry.api.command.Source;

/** One write to the registry as one transaction on one connection, on behalf of a source. */
final class Transactions {

    /** The work of a transaction, given the connection and the id of its source. */
    interface Work<T> {
        T run(Connection c, long sourceId) throws SQLException;
    }

    private Transactions() {
    }

    /** Runs the work and commits, or rolls everything back when it throws. */
    static <T> T run(DataSource dataSource, Source source, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c, ChangeJournal.source(c, source));
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The registry could not be written: " + e.getMessage(), e);
        }
    }
}
