package org.kontingent.registry.core.internal;

import java.sql.PreparedStatement;
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

    /** Prepares the statement and sets its parameters. */
    PreparedStatement prepare(java.sql.Connection connection) throws SQLException {
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

    @Override
    public String toString() {
        return text + " " + parameters;
    }
}
