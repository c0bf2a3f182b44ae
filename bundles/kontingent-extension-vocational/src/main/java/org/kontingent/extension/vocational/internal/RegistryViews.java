package org.kontingent.extension.vocational.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * What the extension reads of the registry (L2 checks), through the registry's published report
 * views only, on the batch's connection: a person's learner membership in an organization, and
 * the codes of the registry's dictionaries (study forms, ownership forms).
 */
final class RegistryViews {
    private RegistryViews() {
    }

    /**
     * The person's learner membership in the organization during [from, to) (the latest that
     * started, when several), or null.
     */
    static Long membership(Connection connection, long personId, long organizationId, LocalDate from, LocalDate to)
            throws SQLException {
        try (PreparedStatement q = connection.prepareStatement(
                "SELECT vocational.learner_membership(?, ?, ?::date, ?::date)")) {
            q.setLong(1, personId);
            q.setLong(2, organizationId);
            q.setObject(3, from);
            q.setObject(4, to);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                long membership = rs.getLong(1);
                return rs.wasNull() ? null : membership;
            }
        }
    }

    /** Whether the code is a code of the registry's dictionary ({@code study-form}, {@code ownership-form}, ...). */
    static boolean known(Connection connection, String dictionary, String code) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement(
                "SELECT EXISTS (SELECT FROM report.dictionary WHERE dictionary = ? AND code = ?)")) {
            q.setString(1, dictionary);
            q.setString(2, code);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
