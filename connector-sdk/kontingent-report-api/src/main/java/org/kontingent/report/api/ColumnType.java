package org.kontingent.report.api;

/** What a column holds, and so how it is written and formatted. */
public enum ColumnType {
    /** Text ({@link String}). */
    TEXT,
    /** A whole number ({@link Long} or any integral {@link Number}). */
    INTEGER,
    /** A number with a fraction ({@link Double} or {@link java.math.BigDecimal}), shown with two decimals. */
    DECIMAL,
    /** A share given as a fraction of one (0.25 is shown 25.0 %). */
    PERCENT,
    /** A day ({@link java.time.LocalDate}). */
    DATE
}
