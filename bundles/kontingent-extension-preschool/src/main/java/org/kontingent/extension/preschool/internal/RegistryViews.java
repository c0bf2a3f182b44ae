package org.kontingent.extension.preschool.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the extension reads of the registry (L2 checks), through the registry's published report
 * views only (the functions of schema preschool set the scope for the one query and set the
 * caller's back), on the batch's connection: so a person or membership made earlier in the same
 * batch is found.
 */
final class RegistryViews {
    private RegistryViews() {
    }

    /** A learner membership, with the child's birth date and the membership's end (null: none). */
    record Membership(long id, LocalDate birthDate, LocalDate endsOn) {
    }

    /** The person's learner membership in the organization holding on the day (the latest that started), or null. */
    static Membership membership(Connection connection, long personId, long organizationId, LocalDate day)
            throws SQLException {
        try (PreparedStatement q = connection.prepareStatement(
                "SELECT membership_id, birth_date, ends_on FROM preschool.learner_membership(?, ?, ?)")) {
            q.setLong(1, personId);
            q.setLong(2, organizationId);
            q.setObject(3, day);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? new Membership(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)) : null;
            }
        }
    }

    /** The birth date the registry publishes for the person as a learner anywhere in the region, or null. */
    static LocalDate learnerBirthDate(Connection connection, long personId) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement("SELECT preschool.learner_birth_date(?)")) {
            q.setLong(1, personId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getObject(1, LocalDate.class);
            }
        }
    }

    /**
     * The organizations among the ids that the registry knows, each with the education level it
     * counts at ({@code preschool}, {@code general}, ...): an id missing is no organization of the region.
     */
    static Map<Long, String> organizationLevels(Connection connection, List<Long> ids) throws SQLException {
        Map<Long, String> levels = new LinkedHashMap<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT id, level FROM preschool.organization_levels(?)")) {
            q.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    levels.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return levels;
    }
}
