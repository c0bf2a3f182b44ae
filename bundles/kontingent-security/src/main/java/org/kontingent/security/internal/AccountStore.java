package org.kontingent.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.kontingent.platform.api.security.Role;
import org.kontingent.platform.api.security.Scope;

/** The {@code security.account} table. */
final class AccountStore {
    private static final String COLUMNS = columns("a");

    private final DataSource dataSource;

    AccountStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<Account> byLogin(String login) {
        return one("SELECT " + COLUMNS + " FROM security.account a WHERE login = ?", login);
    }

    Optional<Account> byId(long id) {
        return one("SELECT " + COLUMNS + " FROM security.account a WHERE id = ?", id);
    }

    Optional<Account> bySnils(String snils) {
        return one("SELECT " + COLUMNS + " FROM security.account a WHERE snils = ?", snils);
    }

    boolean isEmpty() {
        return one("SELECT " + COLUMNS + " FROM security.account a LIMIT 1").isEmpty();
    }

    /** A page of accounts by login. */
    List<Account> list(int offset, int limit) {
        return many("SELECT " + COLUMNS + " FROM security.account a ORDER BY login OFFSET ? LIMIT ?", offset, limit);
    }

    long create(String login, String displayName, Role role, Scope scope, String snils, String passwordHash,
            boolean changeRequired) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("INSERT INTO security.account (login, display_name, role, scope_kind,"
                     + " scope_id, snils, password_hash, password_change_required) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            q.setString(1, login);
            q.setString(2, displayName);
            q.setString(3, role.name());
            q.setString(4, scope.kind().name());
            q.setObject(5, scope.id(), Types.BIGINT);
            q.setString(6, snils);
            q.setString(7, passwordHash);
            q.setBoolean(8, changeRequired);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    void update(long id, String displayName, Role role, Scope scope, String snils, boolean active) {
        Statements.execute(dataSource, "UPDATE security.account SET display_name = ?, role = ?, scope_kind = ?,"
                + " scope_id = ?, snils = ?, active = ?, updated_at = now() WHERE id = ?",
                displayName, role.name(), scope.kind().name(), scope.id(), snils, active, id);
    }

    /** Counts a failed sign-in and locks the account until {@code lockUntil} when it is the last one allowed. */
    void failedSignIn(long id, int maxFailures, Instant lockUntil) {
        Statements.execute(dataSource, "UPDATE security.account SET failed_sign_ins = failed_sign_ins + 1,"
                + " locked_until = CASE WHEN failed_sign_ins + 1 >= ? THEN ? ELSE locked_until END WHERE id = ?",
                maxFailures, Timestamp.from(lockUntil), id);
    }

    void signedIn(long id) {
        Statements.execute(dataSource, "UPDATE security.account SET failed_sign_ins = 0, locked_until = NULL WHERE id = ?", id);
    }

    void setPassword(long id, String hash, boolean changeRequired) {
        Statements.execute(dataSource, "UPDATE security.account SET password_hash = ?, password_change_required = ?,"
                + " failed_sign_ins = 0, locked_until = NULL, updated_at = now() WHERE id = ?", hash, changeRequired, id);
    }

    /** The columns {@link #read} reads, of the account table under an alias. */
    static String columns(String alias) {
        return Stream.of("id", "login", "display_name", "role", "scope_kind", "scope_id", "snils",
                "password_hash", "password_change_required", "failed_sign_ins", "locked_until", "active")
                .map(column -> alias + "." + column).collect(Collectors.joining(", "));
    }

    private Optional<Account> one(String sql, Object... values) {
        return many(sql, values).stream().findFirst();
    }

    private List<Account> many(String sql, Object... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                q.setObject(i + 1, values[i]);
            }
            List<Account> accounts = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    accounts.add(read(rs));
                }
            }
            return accounts;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The account in the first twelve columns of a row, as {@link #columns} lists them. */
    static Account read(ResultSet rs) throws SQLException {
        Scope.Kind kind = Scope.Kind.valueOf(rs.getString(5));
        long scopeId = rs.getLong(6);
        Timestamp locked = rs.getTimestamp(11);
        return new Account(rs.getLong(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)),
                new Scope(kind, kind == Scope.Kind.REGION ? null : scopeId), rs.getString(7), rs.getString(8), rs.getBoolean(9),
                rs.getInt(10), locked == null ? null : locked.toInstant(), rs.getBoolean(12));
    }

    static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("The account store failed: " + e.getMessage(), e);
    }
}
