package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

import org.kontingent.registry.api.batch.RegistryBatches;
import org.kontingent.registry.api.identifiers.Violation;

/**
 * The sources' priorities per organization ({@code registry.source_priority}) and, for a record
 * about to change, whether its writer is outranked by the source holding its facts: the one that
 * wrote them last. A person's priority for a source is the highest it has in the organizations
 * the person is in now; a membership's, the one in its organization. Without a priority a source
 * stands at 0, so between sources nobody ranked the last writer wins.
 */
final class SourcePriorities {
    /** Who holds a record's facts, at what priority, and the writer's priority there. */
    record Standing(Long holderId, String holderName, int holderPriority, int writerPriority) {
        boolean outranks(long writerId) {
            return holderId != null && holderId != writerId && holderPriority > writerPriority;
        }

        Violation notice(String record, String field, String value) {
            return new Violation(field, value, RegistryBatches.OUTRANKED, "Source «" + holderName + "» with priority " + holderPriority
                    + " holds the facts of " + record + "; this source's priority there is " + writerPriority
                    + ": the values sent are kept in the record's provenance and not applied");
        }
    }

    private SourcePriorities() {
    }

    /** Makes the source's priorities those given, by organization id; organizations the registry lacks are skipped. */
    static void set(Connection c, long sourceId, Map<Long, Integer> priorities) throws SQLException {
        Long[] organizations = priorities.keySet().toArray(Long[]::new);
        Integer[] values = priorities.values().toArray(Integer[]::new);
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM registry.source_priority WHERE source_id = ?"
                + " AND NOT (organization_id = ANY (?))");
             PreparedStatement upsert = c.prepareStatement("INSERT INTO registry.source_priority (source_id, organization_id,"
                     + " priority) SELECT ?, t.o, t.p FROM unnest(?::bigint[], ?::integer[]) AS t(o, p)"
                     + " WHERE EXISTS (SELECT 1 FROM registry.organization WHERE id = t.o)"
                     + " ON CONFLICT (source_id, organization_id) DO UPDATE SET priority = EXCLUDED.priority"
                     + " WHERE source_priority.priority <> EXCLUDED.priority")) {
            delete.setLong(1, sourceId);
            delete.setArray(2, c.createArrayOf("bigint", organizations));
            delete.executeUpdate();
            upsert.setLong(1, sourceId);
            upsert.setArray(2, c.createArrayOf("bigint", organizations));
            upsert.setArray(3, c.createArrayOf("integer", values));
            upsert.executeUpdate();
        }
    }

    /** The standing of a writer against the holder of a person's facts, in the organizations the person is in on the day. */
    static Standing ofPerson(Connection c, long personId, long writerId, LocalDate day) throws SQLException {
        String rank = "coalesce((SELECT max(sp.priority) FROM registry.membership m JOIN registry.source_priority sp"
                + " ON sp.organization_id = m.organization_id AND sp.source_id = %s WHERE m.person_id = p.id"
                + " AND m.starts_on <= ? AND (m.ends_on IS NULL OR m.ends_on > ?)), 0)";
        return standing(c, "SELECT p.source_id, s.name, " + rank.formatted("p.source_id") + ", " + rank.formatted("?")
                + " FROM registry.person p LEFT JOIN registry.source s ON s.id = p.source_id WHERE p.id = ?",
                day, day, writerId, day, day, personId);
    }

    /** The standing of a writer against the holder of a membership's facts, in its organization. */
    static Standing ofMembership(Connection c, long membershipId, long writerId) throws SQLException {
        String rank = "coalesce((SELECT sp.priority FROM registry.source_priority sp WHERE sp.organization_id = m.organization_id"
                + " AND sp.source_id = %s), 0)";
        return standing(c, "SELECT m.source_id, s.name, " + rank.formatted("m.source_id") + ", " + rank.formatted("?")
                + " FROM registry.membership m LEFT JOIN registry.source s ON s.id = m.source_id WHERE m.id = ?",
                writerId, membershipId);
    }

    private static Standing standing(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement q = new Sql().append(sql, values).prepare(c); ResultSet rs = q.executeQuery()) {
            if (!rs.next()) {
                return new Standing(null, null, 0, 0);
            }
            return new Standing(rs.getObject(1, Long.class), rs.getString(2), rs.getInt(3), rs.getInt(4));
        }
    }
}
