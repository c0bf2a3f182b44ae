package org.kontingent.extension.vocational.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.identifiers.Violation;

/**
 * The fields of one entry's data, read and checked (L1): every value as the source sent it
 * (strings, numbers, booleans), every broken rule collected with the field, the value and the
 * rule, so that an entry is refused with all that is wrong with it at once.
 *
 * <p>Rule codes follow the registry's: {@code required}, {@code <field>.type},
 * {@code <field>.format}, {@code <field>.length}, {@code <field>.range}, {@code <field>.future},
 * {@code dictionary.<dictionary>}, {@code field.unknown}.
 */
final class Fields {
    private static final Pattern ACADEMIC_YEAR = Pattern.compile("([0-9]{4})-([0-9]{4})");

    private final Map<String, Object> data;
    private final LocalDate today;
    private final List<Violation> violations = new ArrayList<>();

    Fields(Map<String, Object> data, Set<String> known, LocalDate today) {
        this.data = data;
        this.today = today;
        for (String field : new TreeSet<>(data.keySet())) {
            if (!known.contains(field)) {
                violations.add(new Violation(field, shown(data.get(field)), "field.unknown", "The field " + field
                        + " is not one of " + String.join(", ", new TreeSet<>(known))));
            }
        }
    }

    /** Text, trimmed; numbers are taken as their text. Null when missing (and, when required, a violation). */
    String text(String field, boolean required, int maxLength) {
        Object value = data.get(field);
        if (value == null || value instanceof String s && s.isBlank()) {
            if (required) {
                violations.add(Violation.required(field, value == null ? null : value.toString(), "The " + field));
            }
            return null;
        }
        if (!(value instanceof String || value instanceof Number)) {
            violations.add(new Violation(field, shown(value), kebab(field) + ".type", "The " + field + " must be text, not "
                    + shown(value)));
            return null;
        }
        String text = value.toString().strip();
        if (text.length() > maxLength) {
            violations.add(new Violation(field, text, kebab(field) + ".length", "The " + field + " is at most " + maxLength
                    + " characters, not " + text.length()));
            return null;
        }
        return text;
    }

    /** A day as {@code YYYY-MM-DD}; never after today when {@code notFuture}. */
    LocalDate date(String field, boolean required, boolean notFuture) {
        String text = text(field, required, 10);
        if (text == null) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, text, kebab(field) + ".format", "The " + field
                    + " must be a day as YYYY-MM-DD, not " + text));
            return null;
        }
        if (notFuture && day.isAfter(today)) {
            violations.add(new Violation(field, text, kebab(field) + ".future", "The " + field + " " + text
                    + " is after today, " + today));
            return null;
        }
        return day;
    }

    /** true or false (also as the text true / false); {@code otherwise} when missing and not required. */
    Boolean bool(String field, boolean required, Boolean otherwise) {
        Object value = data.get(field);
        if (value == null) {
            if (required) {
                violations.add(Violation.required(field, null, "The " + field));
            }
            return otherwise;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s && (s.equals("true") || s.equals("false"))) {
            return Boolean.valueOf(s);
        }
        violations.add(new Violation(field, shown(value), kebab(field) + ".type", "The " + field
                + " must be true or false, not " + shown(value)));
        return null;
    }

    /** A whole number from {@code min} to {@code max}. */
    Integer integer(String field, boolean required, int min, int max) {
        String text = text(field, required, 12);
        if (text == null) {
            return null;
        }
        int number;
        try {
            BigDecimal exact = new BigDecimal(text);
            number = exact.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            violations.add(new Violation(field, text, kebab(field) + ".format", "The " + field
                    + " must be a whole number, not " + text));
            return null;
        }
        if (number < min || number > max) {
            violations.add(new Violation(field, text, kebab(field) + ".range", "The " + field + " must be from " + min
                    + " to " + max + ", not " + text));
            return null;
        }
        return number;
    }

    /** A code of one of the extension's dictionaries ({@link VocationalDictionaries}). */
    String code(String field, boolean required, String dictionary) {
        String code = text(field, required, 40);
        if (code == null) {
            return null;
        }
        Map<String, String> entries = VocationalDictionaries.entries(dictionary);
        if (!entries.containsKey(code)) {
            String allowed = entries.size() <= 10 ? "one of " + String.join(", ", entries.keySet())
                    : "a code of the dictionary " + dictionary + " (report.vocational_dictionary)";
            violations.add(new Violation(field, code, "dictionary." + dictionary, "The " + field + " must be " + allowed
                    + ", not " + code));
            return null;
        }
        return code;
    }

    /** An academic year as {@code 2026-2027}: two years one after the other. */
    String academicYear(String field, boolean required) {
        String year = text(field, required, 9);
        if (year == null) {
            return null;
        }
        Matcher m = ACADEMIC_YEAR.matcher(year);
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            violations.add(new Violation(field, year, "academic-year.format", "The " + field
                    + " must be two years one after the other, as 2026-2027, not " + year));
            return null;
        }
        return year;
    }

    void add(Violation violation) {
        violations.add(violation);
    }

    /** Refuses the entry when any rule is broken. */
    void check(String record) {
        if (!violations.isEmpty()) {
            throw new InvalidRecordException(record, violations);
        }
    }

    /** The first day of an academic year ({@code 2026-2027}: 1 September 2026). */
    static LocalDate yearStart(String academicYear) {
        return LocalDate.of(Integer.parseInt(academicYear.substring(0, 4)), 9, 1);
    }

    /** The academic year a day falls in, from 1 September. */
    static String yearOf(LocalDate day) {
        int first = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return first + "-" + (first + 1);
    }

    static String shown(Object value) {
        return value == null ? null : value.toString();
    }

    static String kebab(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
