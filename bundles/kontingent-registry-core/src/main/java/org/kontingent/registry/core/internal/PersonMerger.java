package org.kontingent.registry.core.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.command.NoSuchRecordException;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.identifiers.Violation;
import org.kontingent.registry.api.identity.Merge;
import org.kontingent.registry.api.identity.PersonMergeParticipant;

/**
 * Merges a person into another and undoes merges. Everything that belongs to the merged person
 * moves: memberships, documents, completed programmes, representative links both ways (those the
 * kept person already has stay where they are), the СНИЛС when the kept person has none, and
 * what the merge participants move. The ids of what moved are kept in {@code
 * registry.person_merge}, so an undo moves exactly those back.
 */
final class PersonMerger {
    /** Binds the two persons (and, moving back, the ids moved) for the statements below. */
    private static final String IDS = "WITH ids AS (SELECT ?::bigint AS kept, ?::bigint AS merged, ?::bigint[] AS moved) ";

    /**
     * A kind of rows a merge moves: the statement moving them to the kept person and returning
     * the ids moved, and the statement moving those ids back.
     */
    private record Move(String kind, String there, String back) {
    }

    private static final List<Move> MOVES = List.of(
            new Move("membership", "UPDATE registry.membership m SET person_id = ids.kept, updated_at = now() FROM ids"
                    + " WHERE m.person_id = ids.merged RETURNING m.id",
                    "UPDATE registry.membership m SET person_id = ids.merged, updated_at = now() FROM ids WHERE m.id = ANY (ids.moved)"),
            new Move("identity_document", "UPDATE registry.identity_document d SET person_id = ids.kept FROM ids"
                    + " WHERE d.person_id = ids.merged RETURNING d.id",
                    "UPDATE registry.identity_document d SET person_id = ids.merged FROM ids WHERE d.id = ANY (ids.moved)"),
            new Move("programme_completion", "UPDATE registry.programme_completion pc SET person_id = ids.kept FROM ids"
                    + " WHERE pc.person_id = ids.merged RETURNING pc.id",
                    "UPDATE registry.programme_completion pc SET person_id = ids.merged FROM ids WHERE pc.id = ANY (ids.moved)"),
            // the merged person's representatives, unless the kept person has them already
            new Move("representative", "UPDATE registry.representative r SET learner_id = ids.kept FROM ids"
                    + " WHERE r.learner_id = ids.merged AND r.representative_id <> ids.kept AND NOT EXISTS (SELECT 1"
                    + " FROM registry.representative k WHERE k.learner_id = ids.kept AND k.representative_id = r.representative_id)"
                    + " RETURNING r.representative_id",
                    "UPDATE registry.representative r SET learner_id = ids.merged FROM ids WHERE r.learner_id = ids.kept"
                    + " AND r.representative_id = ANY (ids.moved)"),
            // those the merged person represents, unless the kept person represents them already
            new Move("represented", "UPDATE registry.representative r SET representative_id = ids.kept FROM ids"
                    + " WHERE r.representative_id = ids.merged AND r.learner_id <> ids.kept AND NOT EXISTS (SELECT 1"
                    + " FROM registry.representative k WHERE k.representative_id = ids.kept AND k.learner_id = r.learner_id)"
                    + " RETURNING r.learner_id",
                    "UPDATE registry.representative r SET representative_id = ids.merged FROM ids"
                    + " WHERE r.representative_id = ids.kept AND r.learner_id = ANY (ids.moved)"));

    private final DataSource dataSource;
    private final List<PersonMergeParticipant> participants;

    PersonMerger(DataSource dataSource, List<PersonMergeParticipant> participants) {
        this.dataSource = dataSource;
        this.participants = participants;
    }

    Merge merge(long keptId, long mergedId, Source source) {
        return Transactions.run(dataSource, source, (c, sourceId) -> {
            String record = "merge of person " + mergedId + " into person " + keptId;
            if (keptId == mergedId) {
                throw new InvalidRecordException(record, List.of(new Violation("mergedId", Long.toString(mergedId),
                        "merge.same-person", "A person cannot be merged into themselves")));
            }
            PersonWrites.lock(c, Math.min(keptId, mergedId));
            PersonWrites.lock(c, Math.max(keptId, mergedId));
            overlaps(c, record, keptId, mergedId);
            String keptBefore = ChangeJournal.state(c, "person", keptId);
            String mergedBefore = ChangeJournal.state(c, "person", mergedId);

            Map<String, Long[]> moved = new LinkedHashMap<>();
            for (Move move : MOVES) {
                moved.put(move.kind(), moveRows(c, move.there(), keptId, mergedId));
            }
            String snils = snils(c, mergedId);
            boolean snilsMoves = snils != null && snils(c, keptId) == null;
            if (snilsMoves) {
                Sql.update(c, "UPDATE registry.person SET snils = NULL WHERE id = ?", mergedId);
                Sql.update(c, "UPDATE registry.person SET snils = ? WHERE id = ?", snils, keptId);
            }
            Map<String, String> extensions = new LinkedHashMap<>();
            for (PersonMergeParticipant participant : participants) {
                extensions.put(participant.name(), participant.merge(c, keptId, mergedId));
            }
            Sql.update(c, "UPDATE registry.person SET merged_into = ?, updated_at = now() WHERE id = ?", keptId, mergedId);
            Sql.update(c, "UPDATE registry.duplicate_candidate SET status = 'merged', reviewed_by = ? WHERE first_id = least(?::bigint, ?::bigint)"
                    + " AND second_id = greatest(?::bigint, ?::bigint)", sourceId, keptId, mergedId, keptId, mergedId);

            long id;
            try (PreparedStatement q = c.prepareStatement("INSERT INTO registry.person_merge (kept_id, merged_id, source_id, moved)"
                    + " VALUES (?, ?, ?, jsonb_build_object('rows', ?::jsonb, 'snils', ?::text, 'extensions', ?::jsonb)) RETURNING id")) {
                q.setLong(1, keptId);
                q.setLong(2, mergedId);
                q.setLong(3, sourceId);
                q.setString(4, json(c, moved));
                q.setString(5, snilsMoves ? snils : null);
                q.setString(6, textsJson(c, extensions));
                id = Sql.insertedId(q);
            }
            ChangeJournal.record(c, sourceId, "person", keptId, "update", keptBefore);
            ChangeJournal.record(c, sourceId, "person", mergedId, "update", mergedBefore);
            return read(c, id);
        });
    }

    Merge undo(long mergeId, Source source) {
        return Transactions.run(dataSource, source, (c, sourceId) -> {
            long keptId;
            long mergedId;
            String record = "merge " + mergeId;
            try (PreparedStatement q = c.prepareStatement("SELECT kept_id, merged_id, undone_at IS NOT NULL, moved->>'snils'"
                    + " FROM registry.person_merge WHERE id = ? FOR UPDATE")) {
                q.setLong(1, mergeId);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        throw new NoSuchRecordException("merge", mergeId);
                    }
                    keptId = rs.getLong(1);
                    mergedId = rs.getLong(2);
                    if (rs.getBoolean(3)) {
                        throw new InvalidRecordException(record, List.of(new Violation("id", Long.toString(mergeId),
                                "merge.undone", "Merge " + mergeId + " was undone already")));
                    }
                    String snils = rs.getString(4);
                    if (snils != null) {
                        Sql.update(c, "UPDATE registry.person SET snils = NULL WHERE id = ? AND snils = ?", keptId, snils);
                        Sql.update(c, "UPDATE registry.person SET snils = ? WHERE id = ?", snils, mergedId);
                    }
                }
            }
            // refused when the kept person has been merged on since: that merge is undone first
            PersonWrites.lock(c, keptId);
            String keptBefore = ChangeJournal.state(c, "person", keptId);
            String mergedBefore = ChangeJournal.state(c, "person", mergedId);
            for (Move move : MOVES) {
                Sql.update(c, IDS + move.back(), keptId, mergedId, movedIds(c, mergeId, move.kind()));
            }
            undoExtensions(c, record, mergeId, keptId, mergedId);
            Sql.update(c, "UPDATE registry.person SET merged_into = NULL, updated_at = now() WHERE id = ?", mergedId);
            Sql.update(c, "UPDATE registry.duplicate_candidate SET status = 'open', reviewed_by = NULL"
                    + " WHERE first_id = least(?::bigint, ?::bigint) AND second_id = greatest(?::bigint, ?::bigint)"
                    + " AND status = 'merged'", keptId, mergedId, keptId, mergedId);
            Sql.update(c, "UPDATE registry.person_merge SET undone_at = now(), undo_source_id = ? WHERE id = ?", sourceId, mergeId);
            ChangeJournal.record(c, sourceId, "person", keptId, "update", keptBefore);
            ChangeJournal.record(c, sourceId, "person", mergedId, "update", mergedBefore);
            return read(c, mergeId);
        });
    }

    private void undoExtensions(Connection c, String record, long mergeId, long keptId, long mergedId) throws SQLException {
        Map<String, PersonMergeParticipant> present = new LinkedHashMap<>();
        participants.forEach(p -> present.put(p.name(), p));
        try (PreparedStatement q = c.prepareStatement("SELECT key, value FROM registry.person_merge,"
                + " jsonb_each_text(moved->'extensions') WHERE id = ?")) {
            q.setLong(1, mergeId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    PersonMergeParticipant participant = present.get(rs.getString(1));
                    if (participant == null) {
                        throw new InvalidRecordException(record, List.of(new Violation("id", Long.toString(mergeId),
                                "merge.extension-missing", "Merge " + mergeId + " moved data of the extension \""
                                        + rs.getString(1) + "\", which is not installed: it cannot be moved back")));
                    }
                    participant.undo(c, keptId, mergedId, rs.getString(2));
                }
            }
        }
    }

    /** Refuses a merge that would make one person a member of one organization twice at once. */
    private static void overlaps(Connection c, String record, long keptId, long mergedId) throws SQLException {
        List<Violation> violations = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT m.id, k.id, m.organization_id FROM registry.membership m"
                + " JOIN registry.membership k ON k.organization_id = m.organization_id AND k.role = m.role"
                + " AND daterange(k.starts_on, k.ends_on) && daterange(m.starts_on, m.ends_on)"
                + " WHERE m.person_id = ? AND k.person_id = ? ORDER BY m.id")) {
            q.setLong(1, mergedId);
            q.setLong(2, keptId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    violations.add(new Violation("mergedId", Long.toString(mergedId), "merge.membership-overlap",
                            "Membership " + rs.getLong(1) + " overlaps membership " + rs.getLong(2) + " in organization "
                                    + rs.getLong(3) + "; end or remove one of them first"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRecordException(record, violations);
        }
    }

    private static Long[] moveRows(Connection c, String sql, long keptId, long mergedId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement q = new Sql().append(IDS + sql, keptId, mergedId, new Long[0]).prepare(c);
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids.toArray(Long[]::new);
    }

    private static String snils(Connection c, long personId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT snils FROM registry.person WHERE id = ?")) {
            q.setLong(1, personId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static Long[] movedIds(Connection c, long mergeId, String kind) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT ARRAY(SELECT jsonb_array_elements_text(moved->'rows'->?)::bigint)"
                + " FROM registry.person_merge WHERE id = ?")) {
            q.setString(1, kind);
            q.setLong(2, mergeId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                Array ids = rs.getArray(1);
                return (Long[]) ids.getArray();
            }
        }
    }

    private static String json(Connection c, Map<String, Long[]> rows) throws SQLException {
        Sql sql = new Sql().append("SELECT jsonb_build_object(");
        int i = 0;
        for (Map.Entry<String, Long[]> row : rows.entrySet()) {
            sql.append((i++ > 0 ? ", " : "") + "?::text, ?::bigint[]", row.getKey(), row.getValue());
        }
        return single(c, sql.append(")::text"));
    }

    private static String textsJson(Connection c, Map<String, String> texts) throws SQLException {
        Sql sql = new Sql().append("SELECT jsonb_build_object(");
        int i = 0;
        for (Map.Entry<String, String> text : texts.entrySet()) {
            sql.append((i++ > 0 ? ", " : "") + "?::text, ?::text", text.getKey(), text.getValue());
        }
        return single(c, sql.append(")::text"));
    }

    private static String single(Connection c, Sql sql) throws SQLException {
        try (PreparedStatement q = sql.prepare(c); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    static Merge read(Connection c, long mergeId) throws SQLException {
        Map<String, Integer> moved = new LinkedHashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT key, jsonb_array_length(value) FROM registry.person_merge,"
                + " jsonb_each(moved->'rows') WHERE id = ? ORDER BY key")) {
            q.setLong(1, mergeId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    moved.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        try (PreparedStatement q = c.prepareStatement("SELECT kept_id, merged_id, merged_at, undone_at, moved->>'snils'"
                + " FROM registry.person_merge WHERE id = ?")) {
            q.setLong(1, mergeId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                moved.put("snils", rs.getString(5) == null ? 0 : 1);
                return new Merge(mergeId, rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class), moved,
                        rs.getObject(4, OffsetDateTime.class));
            }
        }
    }
}
