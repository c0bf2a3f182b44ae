package org.kontingent.connector.excel.internal;

import java.time.LocalDate;

/**
 * A cell that holds something, as the sheet stores it.
 *
 * @param column the column's index, 0 for A
 * @param reference the cell's address as Excel shows it, for example D5
 * @param kind what the sheet stores
 * @param text the value as people read it: the text, the number in full (never 1.23E10, with the
 *        leading zeros of a zero-padded number format), the date as ДД.ММ.ГГГГ, or the error (#N/A)
 * @param number the number of a {@link Kind#NUMBER} cell
 * @param date the day of a {@link Kind#DATE} cell
 */
record Cell(int column, String reference, Kind kind, String text, double number, LocalDate date) {

    /** What a cell stores. */
    enum Kind {
        TEXT,
        NUMBER,
        /** A number in a date format. */
        DATE,
        /** A formula's error such as #N/A. */
        ERROR
    }

    static Cell text(int column, String reference, String text) {
        return new Cell(column, reference, Kind.TEXT, text, 0, null);
    }

    static Cell number(int column, String reference, double number, String text) {
        return new Cell(column, reference, Kind.NUMBER, text, number, null);
    }

    static Cell date(int column, String reference, LocalDate date, String text) {
        return new Cell(column, reference, Kind.DATE, text, 0, date);
    }

    static Cell error(int column, String reference, String error) {
        return new Cell(column, reference, Kind.ERROR, error, 0, null);
    }

    /** Whether the cell holds only spaces. */
    boolean isBlank() {
        return kind == Kind.TEXT && trimmed(text).isEmpty();
    }

    /** The text without surrounding spaces, non-breaking ones included. */
    static String trimmed(String text) {
        return text.replace('\u00A0', ' ').strip();
    }
}
