package org.kontingent.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The {@code security.session} table: console sessions kept on the server, found by the
 * SHA-256 of their token. A session ends after its idle timeout without a request or at its
 * absolute expiry, whichever comes first.
 */
final class SessionStore {
    /** How stale {@code last_seen_at} may get before a request writes it again. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final DataSource dataSource;

    SessionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A live session: its account as it is now, and its CSRF token. */
    record Live(Account account, String csrfToken) {
    }

    void open(String token, long accountId, String csrfToken, String address, Instant now, Instant expiresAt) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("INSERT INTO security.session (token_hash, account_id, csrf_token,"
                     + " address, expires_at, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            q.setBytes(1, Tokens.sha256(token));
            q.setLong(2, accountId);
            q.setString(3, csrfToken);
            q.setString(4, address);
            q.setTimestamp(5, Timestamp.from(expiresAt));
            q.setTimestamp(6, Timestamp.from(now));
            q.setTimestamp(7, Timestamp.from(now));
            q.executeUpdate();
        } catch (SQLException e) {
            throw AccountStore.failure(e);
        }
    }

    /**
     * The session of a token, with its account, if it has neither expired nor idled out; marks it
     * seen now. One query: every signed-in request asks it.
     */
    Optional<Live> find(String token, Duration idle, Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT " + AccountStore.columns("a") + ", s.csrf_token, s.last_seen_at"
                     + " FROM security.session s JOIN security.account a ON a.id = s.account_id"
                     + " WHERE s.token_hash = ? AND s.expires_at > ? AND s.last_seen_at > ?")) {
            byte[] hash = Tokens.sha256(token);
            q.setBytes(1, hash);
            q.setTimestamp(2, Timestamp.from(now));
            q.setTimestamp(3, Timestamp.from(now.minus(idle)));
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Live live = new Live(AccountStore.read(rs), rs.getString(13));
                if (rs.getTimestamp(14).toInstant().isBefore(now.minus(TOUCH_EVERY))) {
                    touch(c, hash, now);
                }
                return Optional.of(live);
            }
        } catch (SQLException e) {
            throw AccountStore.failure(e);
        }
    }

    private static void touch(Connection c, byte[] hash, Instant now) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("UPDATE security.session SET last_seen_at = ? WHERE token_hash = ?")) {
            q.setTimestamp(1, Timestamp.from(now));
            q.setBytes(2, hash);
            q.executeUpdate();
        }
    }

    void close(String token) {
        Statements.execute(dataSource, "DELETE FROM security.session WHERE token_hash = ?", Tokens.sha256(token));
    }

    /** Ends every session of an account (its password changed, or it was deactivated). */
    void closeAll(long accountId) {
        Statements.execute(dataSource, "DELETE FROM security.session WHERE account_id = ?", accountId);
    }

    /** Forgets sessions that ended before a moment. */
    void purge(Instant before, Duration idle) {
        Statements.execute(dataSource, "DELETE FROM security.session WHERE expires_at < ? OR last_seen_at < ?",
                Timestamp.from(before), Timestamp.from(before.minus(idle)));
    }
}
