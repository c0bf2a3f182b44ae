package org.kontingent.report.api;

import java.util.Objects;

/**
 * A column of a form's result.
 *
 * @param key a stable key, also the key of the column in JSON rows
 * @param title the header shown
 * @param type what the column holds
 * @param summed whether subtotals and the total add this column up (numbers only)
 */
public record Column(String key, String title, ColumnType type, boolean summed) {

    public Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        if (summed && type != ColumnType.INTEGER && type != ColumnType.DECIMAL) {
            throw new IllegalArgumentException("Column " + key + ": only INTEGER and DECIMAL columns can be summed");
        }
    }

    /** A text column. */
    public static Column text(String key, String title) {
        return new Column(key, title, ColumnType.TEXT, false);
    }

    /** A count: a whole number added up in subtotals and the total. */
    public static Column count(String key, String title) {
        return new Column(key, title, ColumnType.INTEGER, true);
    }

    /** A whole number not added up (a grade, a year). */
    public static Column integer(String key, String title) {
        return new Column(key, title, ColumnType.INTEGER, false);
    }

    /** A number with a fraction, not added up (an average). */
    public static Column decimal(String key, String title) {
        return new Column(key, title, ColumnType.DECIMAL, false);
    }

    /** A share of one. */
    public static Column percent(String key, String title) {
        return new Column(key, title, ColumnType.PERCENT, false);
    }

    /** A day. */
    public static Column date(String key, String title) {
        return new Column(key, title, ColumnType.DATE, false);
    }
}
