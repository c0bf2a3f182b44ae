package org.kontingent.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

/** A statement that changes rows, run on a connection of its own. */
final class Statements {
    private Statements() {
    }

    /** Runs it with its parameters in order; answers how many rows it changed. */
    static int execute(DataSource dataSource, String sql, Object... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                q.setObject(i + 1, values[i]);
            }
            return q.executeUpdate();
        } catch (SQLException e) {
            throw AccountStore.failure(e);
        }
    }
}
