package org.kontingent.extension.vocational.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kontingent.registry.api.batch.EntryOutcome.Result;
import org.kontingent.registry.api.extension.Written;

/**
 * A row of one of the extension's tables written by the source's id and key: inserted, updated
 * when any column differs, or left as it is (and then not even its {@code updated_at} moves).
 */
final class Upsert {
    private Upsert() {
    }

    /**
     * @param table a table of schema vocational with {@code source_id}, {@code key} unique, {@code updated_at}
     * @param columns the other columns and their values, in a fixed order
     */
    static Written write(Connection connection, String table, long sourceId, String key, Map<String, Object> columns,
            List<org.kontingent.registry.api.identifiers.Violation> notices) throws SQLException {
        List<String> names = new ArrayList<>(columns.keySet());
        String sql = "INSERT INTO vocational." + table + " AS t (source_id, key, " + String.join(", ", names) + ") VALUES (?, ?, "
                + names.stream().map(n -> "?").collect(Collectors.joining(", ")) + ")"
                + " ON CONFLICT (source_id, key) DO UPDATE SET "
                + names.stream().map(n -> n + " = EXCLUDED." + n).collect(Collectors.joining(", ")) + ", updated_at = now()"
                + " WHERE (" + names.stream().map(n -> "t." + n).collect(Collectors.joining(", ")) + ") IS DISTINCT FROM ("
                + names.stream().map(n -> "EXCLUDED." + n).collect(Collectors.joining(", ")) + ")"
                + " RETURNING id, xmax = 0";
        try (PreparedStatement q = connection.prepareStatement(sql)) {
            q.setLong(1, sourceId);
            q.setString(2, key);
            int i = 3;
            for (String name : names) {
                q.setObject(i++, columns.get(name));
            }
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return new Written(rs.getLong(1), rs.getBoolean(2) ? Result.CREATED : Result.UPDATED, notices);
                }
            }
        }
        try (PreparedStatement q = connection.prepareStatement("SELECT id FROM vocational." + table
                + " WHERE source_id = ? AND key = ?")) {
            q.setLong(1, sourceId);
            q.setString(2, key);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return new Written(rs.getLong(1), Result.UNCHANGED, notices);
            }
        }
    }
}
