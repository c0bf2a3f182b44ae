package org.kontingent.gateway.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** The few JDBC shapes the gateway's stores use: a statement with values, rows mapped one by one. */
final class Jdbc {
    /** Maps the current row of a result. */
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Work on a connection. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final DataSource dataSource;

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the work on a connection of its own, in one transaction. */
    <T> T transaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    <T> List<T> list(String sql, Row<T> row, Object... values) {
        return transaction(c -> list(c, sql, row, values));
    }

    <T> T one(String sql, Row<T> row, Object... values) {
        List<T> rows = list(sql, row, values);
        return rows.isEmpty() ? null : rows.get(0);
    }

    int update(String sql, Object... values) {
        return transaction(c -> update(c, sql, values));
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... values) throws SQLException {
        try (PreparedStatement q = prepare(c, sql, values); ResultSet rs = q.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.map(rs));
            }
            return rows;
        }
    }

    static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement q = prepare(c, sql, values)) {
            return q.executeUpdate();
        }
    }

    static PreparedStatement prepare(Connection c, String sql, Object... values) throws SQLException {
        PreparedStatement q = c.prepareStatement(sql);
        try {
            for (int i = 0; i < values.length; i++) {
                q.setObject(i + 1, values[i]);
            }
            return q;
        } catch (SQLException e) {
            q.close();
            throw e;
        }
    }

    static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("The gateway's database could not be used: " + e.getMessage(), e);
    }
}
