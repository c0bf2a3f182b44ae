package org.kontingent.extension.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * A person's learner membership in an organization, as an extension's L2 checks find it: through
 * the function {@code <schema>.learner_membership(person, organization, from_day, to_day)} that
 * the extension's migrations define over the registry's published report views (it sets the scope
 * for its one query and sets the caller's back), on the batch's connection, so that a membership
 * made earlier in the same batch is found.
 */
public final class LearnerMemberships {
    private final String schema;

    /** @param schema the extension's schema, which has the function {@code learner_membership} */
    public LearnerMemberships(String schema) {
        this.schema = Upsert.name(schema);
    }

    /**
     * The person's learner membership in the organization during [from, to) (the latest that
     * started, when several), or null.
     */
    public Long during(Connection connection, long personId, long organizationId, LocalDate from, LocalDate to)
            throws SQLException {
        try (PreparedStatement q = connection.prepareStatement(
                "SELECT " + schema + ".learner_membership(?, ?, ?::date, ?::date)")) {
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
}
