package org.kontingent.security.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

import javax.sql.DataSource;

import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.platform.api.security.Access;
import org.kontingent.platform.api.security.AccessJournal;
import org.kontingent.platform.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The action journal in {@code audit.entry}. The database numbers each row and chains its hash
 * to the row before under a lock, and refuses update, delete and truncate; {@link #verify}
 * recomputes the chain.
 */
@Component(service = {AccessJournal.class, JdbcAccessJournal.class})
public class JdbcAccessJournal implements AccessJournal {
    private static final int MAX_DETAILS = 2_000;

    private final DataSource dataSource;

    @Activate
    public JdbcAccessJournal(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=kontingent-security)") MigratedSchema schema) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(Caller caller, Access access) {
        record(caller.accountId(), caller.login(), caller.address(), access);
    }

    /** Records an action of someone who is not (yet) a caller: a failed sign-in names the login tried. */
    void record(Long accountId, String login, String address, Access access) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("INSERT INTO audit.entry (account_id, login, address, action, target,"
                     + " person_ids, details) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            q.setObject(1, accountId, Types.BIGINT);
            q.setString(2, login);
            q.setString(3, address);
            q.setString(4, access.action().name());
            q.setString(5, access.target());
            q.setArray(6, c.createArrayOf("bigint", access.personIds().toArray()));
            String details = access.details();
            q.setString(7, details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS) + "…");
            q.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The action journal could not store an entry: " + e.getMessage(), e);
        }
    }

    /**
     * Entries newest first, before a sequence number, that meet every given criterion.
     *
     * @param beforeSeq entries numbered below this only; null for the newest
     */
    List<JournalEntry> search(String login, String action, Long personId, OffsetDateTime from, OffsetDateTime to,
            Long beforeSeq, int limit) {
        StringBuilder sql = new StringBuilder("SELECT seq, at, account_id, login, address, action, target, person_ids, details"
                + " FROM audit.entry WHERE true");
        List<Object> values = new ArrayList<>();
        condition(sql, values, " AND login = ?", login);
        condition(sql, values, " AND action = ?", action);
        condition(sql, values, " AND person_ids @> ARRAY[?]::bigint[]", personId);
        condition(sql, values, " AND at >= ?", from);
        condition(sql, values, " AND at < ?", to);
        condition(sql, values, " AND seq < ?", beforeSeq);
        sql.append(" ORDER BY seq DESC LIMIT ?");
        values.add(limit);
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                q.setObject(i + 1, values.get(i));
            }
            List<JournalEntry> entries = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Array ids = rs.getArray(8);
                    entries.add(new JournalEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), (Long) rs.getObject(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            Arrays.asList((Long[]) ids.getArray()), rs.getString(9)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("The action journal could not be read: " + e.getMessage(), e);
        }
    }

    private static void condition(StringBuilder sql, List<Object> values, String condition, Object value) {
        if (value != null) {
            sql.append(condition);
            values.add(value);
        }
    }

    /**
     * Walks the whole chain, recomputing each row's hash from its content and the hash before.
     *
     * @return the number of the first row whose hash, link or number is wrong; empty when the chain is whole
     */
    OptionalLong verify() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement q = c.prepareStatement("SELECT e.seq, e.previous_hash, e.hash,"
                    + " convert_to(audit.entry_text(e), 'UTF8') FROM audit.entry e ORDER BY e.seq")) {
                q.setFetchSize(10_000);
                byte[] before = new byte[0];
                long expectedSeq = 1;
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        long seq = rs.getLong(1);
                        byte[] previous = rs.getBytes(2);
                        boolean linked = expectedSeq == 1 ? previous == null : Arrays.equals(previous, before);
                        byte[] hash = rs.getBytes(3);
                        if (seq != expectedSeq || !linked || !Arrays.equals(hash, sha256(before, rs.getBytes(4)))) {
                            return OptionalLong.of(seq);
                        }
                        before = hash;
                        expectedSeq++;
                    }
                }
            } finally {
                c.rollback();
            }
            return OptionalLong.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("The action journal could not be verified: " + e.getMessage(), e);
        }
    }

    private static byte[] sha256(byte[] previous, byte[] text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previous);
            return digest.digest(text);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
