package org.kontingent.extension.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * Reads of an organization section: the published report views under the organization's report
 * scope ({@code kontingent.report_scope = organization:<id>}), in a transaction of its own that is
 * rolled back, so that nothing outside the organization is seen and nothing is kept.
 */
public final class OrganizationScope {
    private OrganizationScope() {
    }

    /**
     * A section of one part read by one query: {@code part} → its rows as {@link SectionParts#rows}
     * reads them (the query's placeholders: the organization's id, then the day); empty without rows.
     *
     * @param what what is read, to begin the message of a failure: {@code The vocational section}
     * @throws IllegalStateException naming the organization when the database fails
     */
    public static Optional<Map<String, Object>> section(DataSource dataSource, long organizationId, LocalDate asOf, String what,
            String part, String sql) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement scope = c.prepareStatement("SELECT set_config('kontingent.report_scope', ?, true)")) {
                scope.setString(1, "organization:" + organizationId);
                scope.execute();
                List<Map<String, Object>> rows = SectionParts.rows(c, sql, organizationId, asOf);
                return rows.isEmpty() ? Optional.empty() : Optional.of(Map.of(part, rows));
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(what + " of organization " + organizationId + " could not be read: " + e.getMessage(), e);
        }
    }
}
