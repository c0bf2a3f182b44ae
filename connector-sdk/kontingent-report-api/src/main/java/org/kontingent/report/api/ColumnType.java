package org.kontingent.report.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;

/** What a column holds, and so how it is written and formatted. */
public enum ColumnType {
    /** Text ({@link String}). */
    TEXT,
    /**
     * A whole number: {@link Long}, {@link Integer}, {@link Short}, {@link BigInteger}, or a
     * {@link BigDecimal} without a fraction (what PostgreSQL's {@code sum} of integers reads as).
     */
    INTEGER,
    /** A number with a fraction (any {@link Number}), shown with two decimals. */
    DECIMAL,
    /** A share given as a fraction of one (0.25 is shown 25.0 %). */
    PERCENT,
    /** A day ({@link LocalDate}, or a {@link java.sql.Date}). */
    DATE;

    /**
     * A value a form gives for a column of this type, as the result keeps it: a {@link String},
     * {@link Long}, {@link Double} or {@link LocalDate}; null stays null.
     *
     * @return the value as kept, or null when this type cannot hold it (the engine then fails the
     *         run naming the row and the column)
     */
    public Object accept(Object value) {
        if (value == null) {
            return null;
        }
        return switch (this) {
            case TEXT -> value instanceof String ? value : null;
            case INTEGER -> value instanceof Long || value instanceof Integer || value instanceof Short
                    || value instanceof BigInteger ? (Object) ((Number) value).longValue()
                    : value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0 ? (Object) d.longValue() : null;
            case DECIMAL, PERCENT -> value instanceof Number n ? (Object) n.doubleValue() : null;
            case DATE -> value instanceof LocalDate ? value : value instanceof java.sql.Date d ? d.toLocalDate() : null;
        };
    }
}
