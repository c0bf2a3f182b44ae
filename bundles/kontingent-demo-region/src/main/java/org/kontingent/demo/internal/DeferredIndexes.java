package org.kontingent.demo.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The indexes and constraints of a set of tables taken away for a bulk load and put back
 * afterwards, in the same transaction. Building an index once over loaded rows is several
 * times faster than keeping it up to date row by row, and a foreign key added over loaded
 * rows is checked by one join instead of one lookup per row. Primary keys, checks and
 * triggers stay: they are cheap or needed while loading. Nothing is checked less: every
 * constraint put back is validated over all the rows before the load commits.
 */
final class DeferredIndexes {
    /** Foreign keys first: a unique constraint cannot be dropped while a foreign key relies on it. */
    private static final String CONSTRAINTS = "SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname),"
            + " format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)),"
            + " c.contype::text FROM pg_constraint c WHERE c.conrelid = ANY (?::regclass[]) AND c.contype IN ('u', 'x', 'f')"
            + " ORDER BY c.contype <> 'f', c.conrelid::regclass::text, c.conname";
    /** Indexes that no constraint owns. */
    private static final String INDEXES = "SELECT format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)"
            + " FROM pg_index i WHERE i.indrelid = ANY (?::regclass[])"
            + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)"
            + " ORDER BY i.indexrelid::regclass::text";

    private final Connection connection;
    private final List<String> restore = new ArrayList<>();

    private DeferredIndexes(Connection connection) {
        this.connection = connection;
    }

    /**
     * Drops the unique and exclusion constraints, foreign keys and plain indexes of these tables,
     * remembering how to put them back: indexes and constraints first, foreign keys last.
     */
    static DeferredIndexes drop(Connection connection, String... tables) throws SQLException {
        DeferredIndexes deferred = new DeferredIndexes(connection);
        List<String> drops = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        for (String[] constraint : read(connection, CONSTRAINTS, tables)) {
            drops.add(constraint[0]);
            ("f".equals(constraint[2]) ? foreignKeys : deferred.restore).add(constraint[1]);
        }
        for (String[] index : read(connection, INDEXES, tables)) {
            drops.add(index[0]);
            deferred.restore.add(index[1]);
        }
        deferred.restore.addAll(foreignKeys);
        execute(connection, drops);
        return deferred;
    }

    /** Builds every index and validates every constraint that {@link #drop} took away. */
    void restore() throws SQLException {
        execute(connection, restore);
        restore.clear();
    }

    private static List<String[]> read(Connection connection, String sql, String... tables) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement(sql)) {
            q.setArray(1, connection.createArrayOf("text", tables));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String[] row = new String[rs.getMetaData().getColumnCount()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
