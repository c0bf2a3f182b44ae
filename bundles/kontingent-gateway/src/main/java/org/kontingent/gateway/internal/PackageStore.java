package org.kontingent.gateway.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.kontingent.connector.api.exchange.RecordError;
import org.kontingent.platform.api.security.Scope;

/**
 * The {@code gateway.package} table as a queue: a package is stored whole when it arrives, taken
 * by one worker at a time (a provider's packages in the order they came), and finished with its
 * counts and error packet in one transaction.
 */
final class PackageStore {
    static final String RECEIVED = "received";
    static final String VALIDATING = "validating";
    static final String APPLIED = "applied";
    static final String PARTIALLY_APPLIED = "partially-applied";
    static final String REJECTED = "rejected";

    private final Jdbc jdbc;

    PackageStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored package: its id, and whether it is one received before under the same idempotency key. */
    record Receipt(long id, boolean repeated) {
    }

    /**
     * A package as it arrives.
     *
     * @param idempotencyKey the sender's key, or null
     * @param receivedBy the login of the account that sent it
     * @param replayOf the package it replays, or null
     * @param uploaderScope for a file an official uploads, the scope it may write within; null for a provider's package
     */
    record Incoming(long providerId, String idempotencyKey, String mediaType, String fileName, byte[] body, String receivedBy,
            Long replayOf, Scope uploaderScope) {
    }

    /** A package taken by a worker. */
    record Claimed(long id, long providerId, String mediaType, String fileName, byte[] body, int attempts, String receivedBy,
            Scope uploaderScope) {
    }

    /** What a finished package came to. */
    record Finish(String status, String format, int received, int applied, int refused, int flagged, List<RecordError> errors) {
    }

    Receipt receive(Incoming p) {
        return jdbc.transaction(c -> {
            List<Long> inserted = Jdbc.list(c, "INSERT INTO gateway.package (provider_id, idempotency_key, media_type, file_name,"
                    + " body, received_by, replay_of, uploader_scope_kind, uploader_scope_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (provider_id, idempotency_key) DO NOTHING RETURNING id", rs -> rs.getLong(1), p.providerId(),
                    p.idempotencyKey(), p.mediaType(), p.fileName(), p.body(), p.receivedBy(), p.replayOf(),
                    p.uploaderScope() == null ? null : p.uploaderScope().kind().name(),
                    p.uploaderScope() == null ? null : p.uploaderScope().id());
            if (!inserted.isEmpty()) {
                return new Receipt(inserted.get(0), false);
            }
            return new Receipt(Jdbc.list(c, "SELECT id FROM gateway.package WHERE provider_id = ? AND idempotency_key = ?",
                    rs -> rs.getLong(1), p.providerId(), p.idempotencyKey()).get(0), true);
        });
    }

    /**
     * Takes the oldest waiting package whose provider has no earlier one unfinished, and marks it
     * validating; null when none waits.
     */
    Claimed claim() {
        return jdbc.transaction(c -> {
            List<Claimed> claimed = Jdbc.list(c, "UPDATE gateway.package SET status = 'validating', attempts = attempts + 1,"
                    + " started_at = now(), retry_at = NULL WHERE id = (SELECT p.id FROM gateway.package p WHERE p.status = 'received'"
                    + " AND (p.retry_at IS NULL OR p.retry_at <= now())"
                    + " AND NOT EXISTS (SELECT 1 FROM gateway.package e WHERE e.provider_id = p.provider_id AND e.id < p.id"
                    + " AND e.status IN ('received', 'validating')) ORDER BY p.id LIMIT 1 FOR UPDATE SKIP LOCKED)"
                    + " RETURNING id, provider_id, media_type, file_name, body, attempts, received_by, uploader_scope_kind,"
                    + " uploader_scope_id", rs -> new Claimed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getBytes(5), rs.getInt(6), rs.getString(7), scope(rs.getString(8), rs.getObject(9, Long.class))));
            return claimed.isEmpty() ? null : claimed.get(0);
        });
    }

    /**
     * Puts back the packages a stopped platform left validating: on one node, nobody works on
     * them any more, and nothing of theirs was kept (a package is applied in one transaction).
     */
    int reclaimAbandoned() {
        return jdbc.update("UPDATE gateway.package SET status = 'received' WHERE status = 'validating'");
    }

    /**
     * Puts a package back to wait, after a failure that may pass (the database went away), for
     * longer after each attempt; the provider's later packages wait behind it.
     */
    void retryLater(long id, int attempts) {
        jdbc.update("UPDATE gateway.package SET status = 'received', retry_at = now() + make_interval(secs => ?)"
                + " WHERE id = ? AND status = 'validating'", Math.min(300, 5 * attempts * attempts), id);
    }

    void finish(long id, Finish f) {
        jdbc.transaction(c -> {
            Jdbc.update(c, "DELETE FROM gateway.package_error WHERE package_id = ?", id);
            insertErrors(c, id, f.errors());
            Jdbc.update(c, "UPDATE gateway.package SET status = ?, format = ?, received_count = ?, applied_count = ?,"
                    + " refused_count = ?, flagged_count = ?, finished_at = now() WHERE id = ?", f.status(), f.format(),
                    f.received(), f.applied(), f.refused(), f.flagged(), id);
            return null;
        });
    }

    private static void insertErrors(Connection c, long id, List<RecordError> errors) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("INSERT INTO gateway.package_error (package_id, number, code, severity,"
                + " record, field, value, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int number = 0;
            for (RecordError e : errors) {
                q.setLong(1, id);
                q.setInt(2, ++number);
                q.setInt(3, e.code().number());
                q.setString(4, e.code().severity().name().toLowerCase(java.util.Locale.ROOT));
                q.setString(5, storable(e.record()));
                q.setString(6, storable(e.field()));
                q.setString(7, storable(e.value()));
                q.setString(8, storable(e.message()));
                q.addBatch();
                if (number % 1000 == 0) {
                    q.executeBatch();
                }
            }
            q.executeBatch();
        }
    }

    /** Text as PostgreSQL can store it: a NUL, which it cannot, shown as U+2400 (␀) so the finding still points at it. */
    private static String storable(String text) {
        return text == null ? null : text.replace('\u0000', '\u2400');
    }

    private static Scope scope(String kind, Long id) {
        return kind == null ? null : new Scope(Scope.Kind.valueOf(kind), id);
    }

    /** The scope an official uploaded a package within; null for a provider's package. */
    Scope uploaderScope(long id) {
        return jdbc.one("SELECT uploader_scope_kind, uploader_scope_id FROM gateway.package WHERE id = ?",
                rs -> scope(rs.getString(1), rs.getObject(2, Long.class)), id);
    }

    /** The scopes officials have uploaded packages within. */
    List<Scope> uploaderScopes() {
        return jdbc.list("SELECT DISTINCT uploader_scope_kind, uploader_scope_id FROM gateway.package"
                + " WHERE uploader_scope_kind IS NOT NULL", rs -> scope(rs.getString(1), rs.getObject(2, Long.class)));
    }

    /** Whether the provider's last {@code count} finished packages were all rejected. */
    boolean lastRejected(long providerId, int count) {
        Long rejected = jdbc.one("SELECT count(*) FILTER (WHERE status = 'rejected') FROM (SELECT status FROM gateway.package"
                + " WHERE provider_id = ? AND status IN ('applied', 'partially-applied', 'rejected') ORDER BY id DESC LIMIT ?) last",
                rs -> rs.getLong(1), providerId, count);
        return rejected != null && rejected == count;
    }

    /** A package for the load journal: no body, no errors. */
    record Summary(long id, long providerId, String providerName, String fileName, String mediaType, String format,
            OffsetDateTime receivedAt, String receivedBy, String status, Integer received, Integer applied, Integer refused,
            Integer flagged, OffsetDateTime finishedAt, Long replayOf) {
    }

    static final String SUMMARY = "SELECT p.id, p.provider_id, v.name, p.file_name, p.media_type, p.format, p.received_at,"
            + " p.received_by, p.status, p.received_count, p.applied_count, p.refused_count, p.flagged_count, p.finished_at,"
            + " p.replay_of FROM gateway.package p JOIN gateway.provider v ON v.id = p.provider_id";

    static final Jdbc.Row<Summary> SUMMARY_ROW = rs -> new Summary(rs.getLong(1), rs.getLong(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8),
            rs.getString(9), (Integer) rs.getObject(10), (Integer) rs.getObject(11), (Integer) rs.getObject(12),
            (Integer) rs.getObject(13), rs.getObject(14, OffsetDateTime.class), (Long) rs.getObject(15));

    Summary summary(long id) {
        return jdbc.one(SUMMARY + " WHERE p.id = ?", SUMMARY_ROW, id);
    }

    /** The package as received. */
    record Body(String mediaType, String fileName, byte[] bytes) {
    }

    Body body(long id) {
        return jdbc.one("SELECT media_type, file_name, body FROM gateway.package WHERE id = ?",
                rs -> new Body(rs.getString(1), rs.getString(2), rs.getBytes(3)), id);
    }

    /** One row of a package's error packet. */
    record ErrorRow(int number, int code, String severity, String record, String field, String value, String message) {
    }

    List<ErrorRow> errors(long id, int offset, int limit) {
        return jdbc.list("SELECT number, code, severity, record, field, value, message FROM gateway.package_error"
                + " WHERE package_id = ? ORDER BY number OFFSET ? LIMIT ?", rs -> new ErrorRow(rs.getInt(1), rs.getInt(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)), id, offset, limit);
    }

    long errorCount(long id) {
        return jdbc.one("SELECT count(*) FROM gateway.package_error WHERE package_id = ?", rs -> rs.getLong(1), id);
    }

    /** Packages received by one provider on one day, by their end. */
    record DayLoad(long providerId, String providerName, LocalDate day, long packages, long applied, long partial,
            long rejected, long records) {
    }
}
