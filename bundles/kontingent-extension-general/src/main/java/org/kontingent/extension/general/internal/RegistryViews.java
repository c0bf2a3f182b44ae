package org.kontingent.extension.general.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * What the extension reads of the registry (L2 checks), through the registry's published report
 * views only, on the batch's connection: a person's learner membership in an organization and the
 * master subject a subject name stands for.
 */
final class RegistryViews {
    private RegistryViews() {
    }

    /** A learner membership and a master subject code, either of them null when not found. */
    record Found(Long membershipId, String subjectCode) {
    }

    /**
     * The person's learner membership in the organization during [from, to) (the latest that
     * started, when several), and the master subject ({@code subject} dictionary) that the subject
     * as sent names: by its code, or by its name (case and ё/е aside).
     *
     * @param subject null when there is no subject to map
     */
    static Found find(Connection connection, long personId, Long organizationId, LocalDate from, LocalDate to,
            String subject) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement("""
                SELECT CASE WHEN ?::bigint IS NULL THEN NULL ELSE general.learner_membership(?::bigint, ?::bigint, ?::date, ?::date) END,
                       (SELECT d.code FROM report.dictionary d
                         WHERE d.dictionary = 'subject'
                           AND (d.code = ?::text OR upper(translate(d.name, 'ёЁ', 'еЕ')) = upper(translate(?::text, 'ёЁ', 'еЕ')))
                         ORDER BY d.code = ?::text DESC, d.code LIMIT 1)""")) {
            q.setObject(1, organizationId);
            q.setLong(2, personId);
            q.setObject(3, organizationId);
            q.setObject(4, from);
            q.setObject(5, to);
            q.setString(6, subject);
            q.setString(7, subject);
            q.setString(8, subject);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                long membership = rs.getLong(1);
                return new Found(rs.wasNull() ? null : membership, rs.getString(2));
            }
        }
    }
}
