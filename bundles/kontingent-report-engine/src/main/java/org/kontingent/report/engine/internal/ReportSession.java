package org.kontingent.report.engine.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.RowReader;

/**
 * One read-only, repeatable-read transaction on the report views under a user's scope: the
 * scope set for the transaction, the role {@value #ROLE} taken on when the database user holds
 * it (so a form that names anything but the report views is refused), and a statement timeout.
 */
final class ReportSession implements AutoCloseable {
    static final String ROLE = "kontingent_report";

    private final Connection connection;
    private volatile PreparedStatement running;

    private ReportSession(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param reportRole whether to take on the report role (the database user holds it)
     */
    static ReportSession open(DataSource dataSource, Scope scope, boolean reportRole, int timeoutSeconds)
            throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                s.execute("SET LOCAL statement_timeout = " + Math.multiplyExact(timeoutSeconds, 1000));
                if (reportRole) {
                    s.execute("SET LOCAL ROLE " + ROLE);
                }
            }
            try (PreparedStatement p = connection.prepareStatement("SELECT set_config('kontingent.report_scope', ?, true)")) {
                p.setString(1, scopeSetting(scope));
                p.execute();
            }
            return new ReportSession(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Whether the database user may take on the report role. */
    static boolean reportRoleHeld(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + ROLE + "')"
                        + " AND pg_has_role(current_user, '" + ROLE + "', 'MEMBER')")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** The value of {@code kontingent.report_scope} the report views read. */
    static String scopeSetting(Scope scope) {
        return switch (scope.kind()) {
            case REGION -> "region";
            case AUTHORITY -> "authority:" + scope.id();
            case ORGANIZATION -> "organization:" + scope.id();
            case PROVIDER -> "none";
        };
    }

    void query(String sql, List<?> parameters, RowReader reader) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setFetchSize(1000);
            for (int i = 0; i < parameters.size(); i++) {
                bind(p, i + 1, parameters.get(i));
            }
            running = p;
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            } finally {
                running = null;
            }
        }
    }

    /** Cancels the query running now, if any (from another thread). */
    void cancel() {
        PreparedStatement statement = running;
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException e) {
                // the query ended meanwhile
            }
        }
    }

    /** The data version the views show (moves on with every write to the registry). */
    long dataVersion() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT report.data_version()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void bind(PreparedStatement p, int index, Object value) throws SQLException {
        if (value instanceof LocalDate day) {
            p.setObject(index, day);
        } else if (value instanceof String[] texts) {
            Array array = connection.createArrayOf("text", texts);
            p.setArray(index, array);
        } else if (value instanceof Long[] numbers) {
            p.setArray(index, connection.createArrayOf("bigint", numbers));
        } else if (value == null || value instanceof String || value instanceof Long || value instanceof Integer
                || value instanceof Boolean || value instanceof Double) {
            p.setObject(index, value);
        } else {
            throw new IllegalArgumentException("A query parameter cannot be a " + value.getClass().getName()
                    + " (parameter " + index + ")");
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
