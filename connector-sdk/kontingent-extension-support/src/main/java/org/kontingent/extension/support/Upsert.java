package org.kontingent.extension.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.kontingent.registry.api.batch.EntryOutcome.Result;
import org.kontingent.registry.api.extension.Written;
import org.kontingent.registry.api.identifiers.Violation;

/**
 * A row of one of an extension's tables written by the source's id and key: inserted, updated
 * when any column differs, or left as it is (and then not even its {@code updated_at} moves).
 */
public final class Upsert {
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final String schema;

    /** @param schema the extension's schema, as {@code general}: a lower-case SQL name */
    public Upsert(String schema) {
        this.schema = name(schema);
    }

    /** The extension's schema. */
    public String schema() {
        return schema;
    }

    /**
     * @param table a table of the schema with {@code source_id}, {@code key} unique, {@code updated_at}
     * @param columns the other columns and their values, in a fixed order
     * @param notices what the written entry is answered with besides
     */
    public Written write(Connection connection, String table, long sourceId, String key, Map<String, Object> columns,
            List<Violation> notices) throws SQLException {
        String qualified = schema + "." + name(table);
        List<String> names = new ArrayList<>(columns.keySet());
        names.forEach(Upsert::name);
        String sql = "INSERT INTO " + qualified + " AS t (source_id, key, " + String.join(", ", names) + ") VALUES (?, ?, "
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
        try (PreparedStatement q = connection.prepareStatement("SELECT id FROM " + qualified
                + " WHERE source_id = ? AND key = ?")) {
            q.setLong(1, sourceId);
            q.setString(2, key);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return new Written(rs.getLong(1), Result.UNCHANGED, notices);
            }
        }
    }

    static String name(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a lower-case SQL name: " + name);
        }
        return name;
    }
}
