package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import org.kontingent.registry.api.command.Source;

/**
 * Writes the registry's journal of changes ({@code registry.change}) and the sources of facts
 * ({@code registry.source}). A record's state is taken as JSON by the database itself, before
 * and after the change, so the journal holds exactly what was stored.
 */
final class ChangeJournal {
    /** For each journaled entity, its state as one JSON object: the row and what belongs to it. */
    private static final Map<String, String> STATES = Map.of(
            "person", "SELECT to_jsonb(p) || jsonb_build_object('documents', (SELECT coalesce(jsonb_agg(to_jsonb(d)"
                    + " - 'person_id' ORDER BY d.type_code, d.series, d.number), '[]') FROM registry.identity_document d"
                    + " WHERE d.person_id = p.id)) FROM registry.person p WHERE p.id = ?",
            "organization", "SELECT to_jsonb(o) FROM registry.organization o WHERE o.id = ?",
            "authority", "SELECT to_jsonb(a) FROM registry.authority a WHERE a.id = ?",
            "membership", "SELECT to_jsonb(m) || jsonb_build_object('placements', (SELECT coalesce(jsonb_agg(to_jsonb(cp)"
                    + " - 'membership_id' ORDER BY cp.starts_on), '[]') FROM registry.class_placement cp"
                    + " WHERE cp.membership_id = m.id)) FROM registry.membership m WHERE m.id = ?",
            "representatives", "SELECT jsonb_build_object('learner_id', ?::bigint, 'representatives', (SELECT"
                    + " coalesce(jsonb_agg(to_jsonb(r) ORDER BY r.representative_id), '[]') FROM registry.representative r"
                    + " WHERE r.learner_id = ?))");

    private ChangeJournal() {
    }

    /** The id of a source, added to {@code registry.source} the first time it supplies something. */
    static long source(Connection c, Source source) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("INSERT INTO registry.source (kind, reference, name) VALUES (?, ?, ?)"
                + " ON CONFLICT (kind, reference) DO UPDATE SET name = EXCLUDED.name RETURNING id")) {
            q.setString(1, source.kind().code());
            q.setString(2, source.reference());
            q.setString(3, source.name());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The state of a record as JSON text, or null when there is no such record. */
    static String state(Connection c, String entity, long id) throws SQLException {
        String sql = STATES.get(entity);
        try (PreparedStatement q = c.prepareStatement(sql)) {
            long parameters = sql.chars().filter(ch -> ch == '?').count();
            for (int i = 1; i <= parameters; i++) {
                q.setLong(i, id);
            }
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Journals a change: the state before (null for a created record) and the state now. */
    static void record(Connection c, long sourceId, String entity, long id, String action, String before)
            throws SQLException {
        insert(c, sourceId, entity, id, action, before, state(c, entity, id));
    }

    /**
     * Journals what a source sent that was not applied because a source of higher priority holds
     * the record's facts: the state kept, and the state the source's values would have made.
     */
    static void overruled(Connection c, long sourceId, String entity, long id, String kept, String sent) throws SQLException {
        insert(c, sourceId, entity, id, "overruled", kept, sent);
    }

    private static void insert(Connection c, long sourceId, String entity, long id, String action, String before,
            String after) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("INSERT INTO registry.change (source_id, entity, entity_id, action,"
                + " before, after) VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb)")) {
            q.setLong(1, sourceId);
            q.setString(2, entity);
            q.setLong(3, id);
            q.setString(4, action);
            q.setString(5, before);
            q.setString(6, after);
            q.executeUpdate();
        }
    }
}
