package org.kontingent.extension.additional.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * What the extension reads of its own tables for its L2 checks, on the batch's connection: the
 * programme a course or a document names, and the courses and documents that named a programme
 * before it came.
 */
final class RegistryViews {
    private RegistryViews() {
    }

    /** A programme of the extension's own, as a course or a document finds it by the source's key. */
    record Programme(long id, Long membershipId, String kind, String orientation) {
    }

    /**
     * Links the courses and documents the source sent naming the programme's key for the same
     * person and organization to the programme (those sent before it), and unlinks those of
     * another person or organization (a programme the source has moved).
     */
    static void linkProgramme(Connection connection, long programmeId, long sourceId, String key, long personId,
            long organizationId) throws SQLException {
        for (String table : List.of("course", "document")) {
            try (PreparedStatement q = connection.prepareStatement("UPDATE additional." + table + """
                     SET programme_id = CASE WHEN person_id = ? AND organization_id = ? THEN ?::bigint END, updated_at = now()
                   WHERE source_id = ? AND programme_key = ?
                     AND programme_id IS DISTINCT FROM CASE WHEN person_id = ? AND organization_id = ? THEN ?::bigint END""")) {
                q.setLong(1, personId);
                q.setLong(2, organizationId);
                q.setLong(3, programmeId);
                q.setLong(4, sourceId);
                q.setString(5, key);
                q.setLong(6, personId);
                q.setLong(7, organizationId);
                q.setLong(8, programmeId);
                q.executeUpdate();
            }
        }
    }

    /** The programme the source sent under the key for the person in the organization, or null. */
    static Programme programme(Connection connection, long sourceId, String key, long personId, long organizationId)
            throws SQLException {
        try (PreparedStatement q = connection.prepareStatement("""
                SELECT id, membership_id, kind, orientation FROM additional.programme
                 WHERE source_id = ? AND key = ? AND person_id = ? AND organization_id = ?""")) {
            q.setLong(1, sourceId);
            q.setString(2, key);
            q.setLong(3, personId);
            q.setLong(4, organizationId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long membership = rs.getLong(2);
                return new Programme(rs.getLong(1), rs.wasNull() ? null : membership, rs.getString(3), rs.getString(4));
            }
        }
    }
}
