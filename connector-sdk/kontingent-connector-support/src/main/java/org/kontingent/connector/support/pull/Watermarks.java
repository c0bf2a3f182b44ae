package org.kontingent.connector.support.pull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A watermark as the text the gateway keeps between pulls: {@code name=value} pairs joined by
 * {@code ;}, for example {@code since=2026-09-01T00:00;until=2026-11-23T10:00;school=1001}. Times are
 * ISO local date-times. A watermark that cannot be read is an {@link IllegalArgumentException} naming
 * the system and the text, which holds nothing secret.
 */
public final class Watermarks {
    private final String system;
    private final String text;
    private final Map<String, String> parts;

    private Watermarks(String system, String text, Map<String, String> parts) {
        this.system = system;
        this.text = text;
        this.parts = parts;
    }

    /**
     * The pairs of a watermark's text.
     *
     * @param system the system as messages name it, for example {@code Dnevnik}
     */
    public static Watermarks parse(String system, String text) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("The " + system + " watermark '" + text + "' is not name=value pairs");
            }
            parts.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return new Watermarks(system, text, Collections.unmodifiableMap(parts));
    }

    /** The value of a pair, or null when the watermark has none. */
    public String get(String name) {
        return parts.get(name);
    }

    /** The value of a pair, or a default when the watermark has none. */
    public String get(String name, String absent) {
        return parts.getOrDefault(name, absent);
    }

    /** The time a pair gives, or null when the watermark has none. */
    public LocalDateTime time(String name) {
        String value = parts.get(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The " + system + " watermark '" + text + "' has a time that is not ISO: " + value,
                    e);
        }
    }

    /** A refusal of the watermark for a reason the connector tells, such as a missing or odd pair. */
    public IllegalArgumentException unreadable(String why) {
        return new IllegalArgumentException("The " + system + " watermark '" + text + "' " + why);
    }

    /** The text of pairs, in their order; pairs whose value is null are left out. */
    public static String text(Map<String, ?> pairs) {
        StringJoiner text = new StringJoiner(";");
        pairs.forEach((name, value) -> {
            if (value != null) {
                text.add(name + "=" + value);
            }
        });
        return text.toString();
    }

    /** The first of September of the academic year a day falls in, where a first round starts. */
    public static LocalDate academicYearStart(LocalDate day) {
        int year = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(year, 9, 1);
    }
}
