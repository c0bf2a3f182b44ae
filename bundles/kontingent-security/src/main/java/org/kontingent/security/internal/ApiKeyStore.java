package org.kontingent.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The {@code security.api_key} table: a data provider's system signs its requests with a key id
 * and a secret; only the secret's SHA-256 is kept. A key lasts until it expires or is revoked, so
 * that a new key can be issued and the old one revoked once the system uses the new one.
 */
final class ApiKeyStore {
    private final DataSource dataSource;

    ApiKeyStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A key as administrators see it: never its secret. */
    record Key(String keyId, OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt) {
    }

    void create(String keyId, long accountId, String secret, Instant now, Instant expiresAt) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("INSERT INTO security.api_key (key_id, account_id, secret_hash,"
                     + " created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
            q.setString(1, keyId);
            q.setLong(2, accountId);
            q.setBytes(3, Tokens.sha256(secret));
            q.setTimestamp(4, Timestamp.from(now));
            q.setTimestamp(5, expiresAt == null ? null : Timestamp.from(expiresAt));
            q.executeUpdate();
        } catch (SQLException e) {
            throw AccountStore.failure(e);
        }
    }

    /** The account of a key whose secret matches, that is neither revoked nor expired. */
    Optional<Long> account(String keyId, String secret, Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT account_id, secret_hash FROM security.api_key WHERE key_id = ?"
                     + " AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)")) {
            q.setString(1, keyId);
            q.setTimestamp(2, Timestamp.from(now));
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next() && java.security.MessageDigest.isEqual(rs.getBytes(2), Tokens.sha256(secret))) {
                    return Optional.of(rs.getLong(1));
                }
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw AccountStore.failure(e);
        }
    }

    List<Key> of(long accountId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT key_id, created_at, expires_at, revoked_at FROM security.api_key"
                     + " WHERE account_id = ? ORDER BY created_at, key_id")) {
            q.setLong(1, accountId);
            List<Key> keys = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    keys.add(new Key(rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getObject(3, OffsetDateTime.class),
                            rs.getObject(4, OffsetDateTime.class)));
                }
            }
            return keys;
        } catch (SQLException e) {
            throw AccountStore.failure(e);
        }
    }

    /** Revokes a key of an account; false when the account has no such live key. */
    boolean revoke(long accountId, String keyId, Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("UPDATE security.api_key SET revoked_at = ? WHERE account_id = ?"
                     + " AND key_id = ? AND revoked_at IS NULL")) {
            q.setTimestamp(1, Timestamp.from(now));
            q.setLong(2, accountId);
            q.setString(3, keyId);
            return q.executeUpdate() == 1;
        } catch (SQLException e) {
            throw AccountStore.failure(e);
        }
    }
}
