package org.kontingent.connector.edfi.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.support.RecordRefusal;

/** Reading the values of an entity as the registry takes them, refusing what does not fit. */
final class Values {
    /** Letters of any script, then letters, spaces, hyphens, apostrophes and dots. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'\u2019-]*");

    private Values() {
    }

    /** The text at the path; refused as REQUIRED when absent or blank. */
    static String required(XmlElement entity, String path) throws RecordRefusal {
        String text = entity.text(path);
        if (text == null) {
            throw new RecordRefusal(ErrorCode.REQUIRED, path, null, path + " is required");
        }
        return text;
    }

    /** An xs:date without a time zone, as in every Ed-Fi sample: 2021-08-23. */
    static LocalDate date(String field, String text) throws RecordRefusal {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RecordRefusal(ErrorCode.FORMAT, field, text, field + " is a date written YYYY-MM-DD");
        }
    }

    /** The date at the path, or null when absent. */
    static LocalDate optionalDate(XmlElement entity, String path) throws RecordRefusal {
        String text = entity.text(path);
        return text == null ? null : date(path, text);
    }

    /** A part of a person's name: letters, spaces, hyphens, apostrophes and dots; or null. */
    static String name(String field, String text) throws RecordRefusal {
        if (text != null && !NAME.matcher(text).matches()) {
            throw new RecordRefusal(ErrorCode.FORMAT, field, text, field
                    + " holds characters a name does not: letters, spaces, hyphens, apostrophes and dots only");
        }
        return text;
    }

    /** An xs:boolean: true or 1. */
    static boolean isTrue(String text) {
        return "true".equals(text) || "1".equals(text);
    }
}
