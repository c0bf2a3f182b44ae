package org.kontingent.report.support;

import java.sql.ResultSet;
import java.sql.SQLException;

/** The values of a result row as the engine takes them: numbers boxed, SQL NULL as null. */
public final class Rows {
    private Rows() {
    }

    /** A whole number as a {@link Long}, or null. */
    public static Long whole(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** A fraction as a {@link Double}, or null. */
    public static Double fraction(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }
}
