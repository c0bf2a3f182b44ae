package org.kontingent.extension.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kontingent.registry.api.identity.PersonMergeParticipant;

/**
 * Moves an extension's rows of a merged person to the kept one, inside the merge's transaction,
 * and back on its undo. The rows moved are listed in {@code <schema>.merge_moved_row} (a learner
 * may have hundreds of marks a year: too many for the merge journal), so that the undo moves back
 * exactly those and not rows written for the kept person since; the journal keeps only the move's
 * id (a row of {@code <schema>.merge_move}) and the counts, as {@code move=12 mark=340 exam=2}.
 *
 * <p>Each table named has {@code id}, {@code person_id} and {@code updated_at}. An extension's
 * declarative services component extends this class and names its schema, its id and its tables.
 */
public abstract class PersonRowsMerge implements PersonMergeParticipant {
    private static final Pattern MOVE = Pattern.compile("^move=([0-9]+)");

    private final String schema;
    private final String extension;
    private final List<String> tables;

    /**
     * @param schema the extension's schema, as {@code general}
     * @param extension the extension's id, the participant's name in the merge journal
     * @param tables the tables whose rows are moved, in the order the journal counts them
     */
    protected PersonRowsMerge(String schema, String extension, List<String> tables) {
        this.schema = Upsert.name(schema);
        this.extension = Objects.requireNonNull(extension, "extension");
        tables.forEach(Upsert::name);
        this.tables = List.copyOf(tables);
    }

    @Override
    public String name() {
        return extension;
    }

    /** The tables whose rows are moved. */
    public List<String> tables() {
        return tables;
    }

    @Override
    public String merge(Connection connection, long keptId, long mergedId) throws SQLException {
        long move;
        try (PreparedStatement q = connection.prepareStatement(
                "INSERT INTO " + schema + ".merge_move (kept_id, merged_id) VALUES (?, ?) RETURNING id")) {
            q.setLong(1, keptId);
            q.setLong(2, mergedId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                move = rs.getLong(1);
            }
        }
        Map<String, Integer> moved = new LinkedHashMap<>();
        for (String table : tables) {
            try (PreparedStatement q = connection.prepareStatement("WITH moved AS (UPDATE " + schema + "." + table
                    + " SET person_id = ?, updated_at = now() WHERE person_id = ? RETURNING id)"
                    + " INSERT INTO " + schema + ".merge_moved_row (move_id, table_name, row_id) SELECT ?, '" + table
                    + "', id FROM moved")) {
                q.setLong(1, keptId);
                q.setLong(2, mergedId);
                q.setLong(3, move);
                moved.put(table, q.executeUpdate());
            }
        }
        StringBuilder description = new StringBuilder("move=").append(move);
        moved.forEach((table, count) -> description.append(' ').append(table).append('=').append(count));
        return description.toString();
    }

    @Override
    public void undo(Connection connection, long keptId, long mergedId, String moved) throws SQLException {
        Matcher m = MOVE.matcher(moved == null ? "" : moved);
        if (!m.find()) {
            throw new IllegalArgumentException("Not a move of the " + extension + " extension: " + moved);
        }
        long move = Long.parseLong(m.group(1));
        for (String table : tables) {
            try (PreparedStatement q = connection.prepareStatement("UPDATE " + schema + "." + table + " t SET person_id = ?,"
                    + " updated_at = now() FROM " + schema + ".merge_moved_row r WHERE r.move_id = ? AND r.table_name = '"
                    + table + "' AND t.id = r.row_id AND t.person_id = ?")) {
                q.setLong(1, mergedId);
                q.setLong(2, move);
                q.setLong(3, keptId);
                q.executeUpdate();
            }
        }
        try (PreparedStatement q = connection.prepareStatement("UPDATE " + schema
                + ".merge_move SET undone_at = now() WHERE id = ?")) {
            q.setLong(1, move);
            q.executeUpdate();
        }
    }
}
