package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;

import org.kontingent.registry.api.batch.EntryOutcome.Result;

/**
 * A change of a journaled record made under a savepoint and then settled: undone when it changed
 * nothing, undone and kept in the journal as 'overruled' when a source of higher priority holds
 * the record's facts, kept otherwise.
 */
final class SettledChange {
    private final Connection c;
    private final String entity;
    private final long id;
    private final String before;
    private final SourcePriorities.Standing standing;
    private final Savepoint savepoint;

    private SettledChange(Connection c, String entity, long id, SourcePriorities.Standing standing) throws SQLException {
        this.c = c;
        this.entity = entity;
        this.id = id;
        this.standing = standing;
        this.before = ChangeJournal.state(c, entity, id);
        this.savepoint = c.setSavepoint();
    }

    /** Takes the record's state and the writer's standing before the change begins. */
    static SettledChange begin(Connection c, String entity, long id, SourcePriorities.Standing standing) throws SQLException {
        return new SettledChange(c, entity, id, standing);
    }

    /** Settles the change made since {@link #begin}; {@code record} names the record in a notice. */
    BatchApplication.Applied settle(long sourceId, String record) throws SQLException {
        String after = ChangeJournal.state(c, entity, id);
        String[] difference = firstDifference(after);
        if (difference == null) {
            c.rollback(savepoint);
            c.releaseSavepoint(savepoint);
            return BatchApplication.Applied.of(id, Result.UNCHANGED);
        }
        if (standing.outranks(sourceId)) {
            c.rollback(savepoint);
            c.releaseSavepoint(savepoint);
            ChangeJournal.overruled(c, sourceId, entity, id, before, after);
            return new BatchApplication.Applied(id, Result.UNCHANGED, List.of(standing.notice(record, difference[0], difference[1])));
        }
        c.releaseSavepoint(savepoint);
        return BatchApplication.Applied.of(id, Result.UPDATED);
    }

    /** The first field (in the exchange model's camel case) whose value differs, and the value sent; null when none. */
    private String[] firstDifference(String after) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT a.key, a.value #>> '{}' FROM jsonb_each(?::jsonb) a"
                + " WHERE a.key NOT IN ('updated_at', 'source_id') AND a.value IS DISTINCT FROM (?::jsonb) -> a.key"
                + " ORDER BY a.key LIMIT 1")) {
            q.setString(1, after);
            q.setString(2, before);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? new String[] {camelCase(rs.getString(1)), rs.getString(2)} : null;
            }
        }
    }

    private static String camelCase(String column) {
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char ch : column.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return field.toString();
    }
}
