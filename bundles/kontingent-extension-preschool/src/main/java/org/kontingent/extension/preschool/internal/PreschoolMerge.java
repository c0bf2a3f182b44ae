package org.kontingent.extension.preschool.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.identity.PersonMergeParticipant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Moves the preschool extension's rows of a merged person to the kept one, inside the merge's
 * transaction, and back on its undo. The rows moved are listed in {@code preschool.merge_moved_row},
 * so that the undo moves back exactly those and not rows written for the kept person since, and
 * the journal keeps only the move's id and counts, for example {@code move=12 enrollment=2 application=1}.
 */
@Component(service = PersonMergeParticipant.class)
public class PreschoolMerge implements PersonMergeParticipant {
    static final List<String> TABLES = List.of("enrollment", "application");
    private static final Pattern MOVE = Pattern.compile("^move=([0-9]+)");

    @Activate
    public PreschoolMerge(@Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + PreschoolExtension.PLUGIN + ")")
            MigratedSchema schema) {
    }

    PreschoolMerge() {
    }

    @Override
    public String name() {
        return PreschoolExtension.ID;
    }

    @Override
    public String merge(Connection connection, long keptId, long mergedId) throws SQLException {
        long move;
        try (PreparedStatement q = connection.prepareStatement(
                "INSERT INTO preschool.merge_move (kept_id, merged_id) VALUES (?, ?) RETURNING id")) {
            q.setLong(1, keptId);
            q.setLong(2, mergedId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                move = rs.getLong(1);
            }
        }
        Map<String, Integer> moved = new LinkedHashMap<>();
        for (String table : TABLES) {
            try (PreparedStatement q = connection.prepareStatement("WITH moved AS (UPDATE preschool." + table
                    + " SET person_id = ?, updated_at = now() WHERE person_id = ? RETURNING id)"
                    + " INSERT INTO preschool.merge_moved_row (move_id, table_name, row_id) SELECT ?, '" + table + "', id FROM moved")) {
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
            throw new IllegalArgumentException("Not a move of the preschool extension: " + moved);
        }
        long move = Long.parseLong(m.group(1));
        for (String table : TABLES) {
            try (PreparedStatement q = connection.prepareStatement("UPDATE preschool." + table + " t SET person_id = ?,"
                    + " updated_at = now() FROM preschool.merge_moved_row r WHERE r.move_id = ? AND r.table_name = '" + table
                    + "' AND t.id = r.row_id AND t.person_id = ?")) {
                q.setLong(1, mergedId);
                q.setLong(2, move);
                q.setLong(3, keptId);
                q.executeUpdate();
            }
        }
        try (PreparedStatement q = connection.prepareStatement("UPDATE preschool.merge_move SET undone_at = now() WHERE id = ?")) {
            q.setLong(1, move);
            q.executeUpdate();
        }
    }
}
