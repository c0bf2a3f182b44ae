package org.kontingent.connector.oneroster.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.support.RecordRefusal;

/** Reading the values of a row as the registry takes them, refusing what does not fit. */
final class Values {
    /** Letters of any script, then letters, spaces, hyphens, apostrophes and dots. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'\u2019-]*");
    private static final String TO_BE_DELETED = "tobedeleted";

    private Values() {
    }

    /** Refuses a row with a problem of its own, or one a delta marks to be deleted: the registry deletes nothing. */
    static void readable(CsvFile.Row row) throws RecordRefusal {
        if (row.problem() != null) {
            throw new RecordRefusal(ErrorCode.FORMAT, null, null, row.place() + " " + row.problem());
        }
        if (TO_BE_DELETED.equalsIgnoreCase(row.get("status"))) {
            throw new RecordRefusal(ErrorCode.INVALID_VALUE, "status", row.get("status"), "The registry deletes no records; "
                    + "an enrollment that ended is sent with its endDate");
        }
    }

    /** The column's value; refused as REQUIRED when blank. */
    static String required(CsvFile.Row row, String column) throws RecordRefusal {
        String value = row.get(column);
        if (value == null) {
            throw new RecordRefusal(ErrorCode.REQUIRED, column, null, column + " is required");
        }
        return value;
    }

    /** The column's date, written YYYY-MM-DD; null when blank. */
    static LocalDate date(CsvFile.Row row, String column) throws RecordRefusal {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RecordRefusal(ErrorCode.FORMAT, column, value, column + " is a date written YYYY-MM-DD");
        }
    }

    /** A part of a person's name: letters, spaces, hyphens, apostrophes and dots; or null. */
    static String name(String column, String value) throws RecordRefusal {
        if (value != null && !NAME.matcher(value).matches()) {
            throw new RecordRefusal(ErrorCode.FORMAT, column, value, column
                    + " holds characters a name does not: letters, spaces, hyphens, apostrophes and dots only");
        }
        return value;
    }

    /** An enumeration value in the case the binding writes it, for comparing: Student is student. */
    static String token(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
