package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** SQL text built in pieces, with the values of its parameters in order. */
final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    Sql append(String sql, Object... values) {
        text.append(sql);
        parameters.addAll(Arrays.asList(values));
        return this;
    }

    Sql append(Sql sql) {
        text.append(sql.text);
        parameters.addAll(sql.parameters);
        return this;
    }

    String text() {
        return text.toString();
    }

    List<Object> parameters() {
        return java.util.Collections.unmodifiableList(parameters);
    }

    /** Prepares the statement and sets its parameters. */
    PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(text.toString());
        try {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    /** The rows of a query, each as its columns' values. */
    static List<Object[]> rows(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement q = new Sql().append(sql, values).prepare(connection); ResultSet rs = q.executeQuery()) {
            List<Object[]> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** Runs a statement that changes rows; returns how many. */
    static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = new Sql().append(sql, values).prepare(connection)) {
            return statement.executeUpdate();
        }
    }

    /** Runs an insert that returns the new row's id, and answers the id. */
    static long insertedId(PreparedStatement insert) throws SQLException {
        try (ResultSet rs = insert.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Whether a query finds a row. */
    static boolean exists(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = new Sql().append(sql, values).prepare(connection);
             ResultSet rs = statement.executeQuery()) {
            return rs.next();
        }
    }

    @Override
    public String toString() {
        return text + " " + parameters;
    }
}
