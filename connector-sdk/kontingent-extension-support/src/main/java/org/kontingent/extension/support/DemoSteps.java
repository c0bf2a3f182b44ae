package org.kontingent.extension.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The statements of an extension's part of a demo region ({@code DemoData.generate}), run in order
 * on the caller's connection: each {@code INSERT ... SELECT} (or {@code CREATE TABLE ... AS}) with
 * two placeholders, the region's seed and its day, and the table it writes analyzed after it, so
 * that the statements after it and the report forms are planned on the rows just written, not on
 * an empty table.
 */
public final class DemoSteps {
    /**
     * A statement and the table it writes.
     *
     * @param sql the statement, with the placeholders seed, then day
     * @param written the table it writes, analyzed after it
     * @param counted whether its rows are the extension's demo rows (not a working table's)
     */
    public record Step(String sql, String written, boolean counted) {
        public Step {
            Objects.requireNonNull(sql, "sql");
            Objects.requireNonNull(written, "written");
        }

        /** A statement writing the extension's demo rows into the table given. */
        public static Step rows(String sql, String written) {
            return new Step(sql, written, true);
        }
    }

    private DemoSteps() {
    }

    /** Runs the steps in order; the rows of the counted ones. */
    public static long run(Connection connection, long seed, LocalDate today, List<Step> steps) throws SQLException {
        long rows = 0;
        for (Step step : steps) {
            try (PreparedStatement s = connection.prepareStatement(step.sql())) {
                s.setLong(1, seed);
                s.setObject(2, today);
                long written = s.executeLargeUpdate();
                rows += step.counted() ? written : 0;
            }
            try (Statement s = connection.createStatement()) {
                s.execute("ANALYZE " + step.written());
            }
        }
        return rows;
    }
}
