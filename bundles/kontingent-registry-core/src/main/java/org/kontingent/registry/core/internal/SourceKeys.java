package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The {@code registry.source_key} table: which record a source's own key stands for. */
final class SourceKeys {
    private final Connection connection;
    private final long sourceId;

    SourceKeys(Connection connection, long sourceId) {
        this.connection = connection;
        this.sourceId = sourceId;
    }

    /** The record a key stands for, or null; a person's key is followed to the person it was merged into. */
    Long find(String entity, String key) throws SQLException {
        String sql = "person".equals(entity)
                ? "SELECT coalesce(p.merged_into, p.id) FROM registry.source_key k JOIN registry.person p ON p.id = k.record_id"
                        + " WHERE k.source_id = ? AND k.entity = ? AND k.key = ?"
                : "SELECT record_id FROM registry.source_key WHERE source_id = ? AND entity = ? AND key = ?";
        try (PreparedStatement q = connection.prepareStatement(sql)) {
            q.setLong(1, sourceId);
            q.setString(2, entity);
            q.setString(3, key);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /**
     * Sets a column of a batch's table to the records its keys stand for, where the source has the
     * key (a person's key followed to the person it was merged into). The source's keys are probed
     * through their primary key for the batch's keys only: a join with the batch's table alone would
     * be planned as a scan of every key of the source, growing with the registry.
     *
     * @param table the batch's table, with the key in {@code keyColumn} and the record to set in {@code recordColumn}
     */
    void resolve(String entity, String table, String keyColumn, String recordColumn) throws SQLException {
        boolean person = "person".equals(entity);
        Sql.update(connection, "UPDATE " + table + " b SET " + recordColumn + " = "
                + (person ? "coalesce(p.merged_into, p.id)" : "k.record_id") + " FROM registry.source_key k"
                + (person ? " JOIN registry.person p ON p.id = k.record_id" : "") + " WHERE k.source_id = ? AND k.entity = ?"
                + " AND k.key = ANY (ARRAY(SELECT " + keyColumn + " FROM " + table + " WHERE " + keyColumn + " IS NOT NULL))"
                + " AND k.key = b." + keyColumn, sourceId, entity);
    }

    /** Makes the key stand for the record. */
    void put(String entity, String key, long recordId) throws SQLException {
        Sql.update(connection, "INSERT INTO registry.source_key (source_id, entity, key, record_id) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (source_id, entity, key) DO UPDATE SET record_id = EXCLUDED.record_id", sourceId, entity, key,
                recordId);
    }
}
