package org.kontingent.registry.core.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Rows for a temporary table of a transaction, sent in one statement: each column as an array,
 * spread by {@code unnest}. Columns are int, bigint, text, char(n) or date (sent as text); the
 * first is indexed, for the joins on it.
 */
final class BulkRows {
    private final String table;
    private final List<String> names = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final List<List<Object>> values = new ArrayList<>();

    /** @param columns name and type of each column, for example {@code "seq int"}, {@code "born date"} */
    BulkRows(String table, String... columns) {
        this.table = table;
        for (String column : columns) {
            String[] parts = column.split(" ");
            names.add(parts[0]);
            types.add(parts[1]);
            values.add(new ArrayList<>());
        }
    }

    void add(Object... row) {
        if (row.length != names.size()) {
            throw new IllegalArgumentException(table + " has " + names.size() + " columns, not " + row.length);
        }
        for (int i = 0; i < row.length; i++) {
            values.get(i).add(row[i]);
        }
    }

    boolean isEmpty() {
        return values.get(0).isEmpty();
    }

    /** Creates the table for this transaction and inserts the rows. */
    void insert(Connection c) throws SQLException {
        StringJoiner definition = new StringJoiner(", ", "CREATE TEMP TABLE " + table + " (", ") ON COMMIT DROP");
        StringJoiner arrays = new StringJoiner(", ");
        for (int i = 0; i < names.size(); i++) {
            definition.add(names.get(i) + " " + types.get(i));
            arrays.add(types.get(i).equals("date") ? "?::text[]::date[]" : "?::" + types.get(i) + "[]");
        }
        Sql.update(c, definition.toString());
        try (PreparedStatement q = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", names)
                + ") SELECT * FROM unnest(" + arrays + ")")) {
            for (int i = 0; i < names.size(); i++) {
                q.setArray(i + 1, array(c, types.get(i), values.get(i)));
            }
            q.executeUpdate();
        }
        Sql.update(c, "CREATE INDEX ON " + table + " (" + names.get(0) + ")");
        Sql.update(c, "ANALYZE " + table);
    }

    private static Array array(Connection c, String type, List<Object> column) throws SQLException {
        return switch (type) {
            case "int" -> c.createArrayOf("int4", column.toArray(Integer[]::new));
            case "bigint" -> c.createArrayOf("int8", column.toArray(Long[]::new));
            default -> c.createArrayOf("text", column.stream().map(v -> v == null ? null : v.toString()).toArray(String[]::new));
        };
    }
}
