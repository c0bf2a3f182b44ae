package org.kontingent.extension.preschool.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.identifiers.Violation;

/**
 * The fields of one entry's data, read and checked (L1): every value as the source sent it
 * (strings, numbers, booleans, lists), every broken rule collected with the field, the value and
 * the rule, so that an entry is refused with all that is wrong with it at once.
 *
 * <p>Rule codes follow the registry's: {@code required}, {@code <field>.type},
 * {@code <field>.format}, {@code <field>.length}, {@code <field>.future},
 * {@code dictionary.<dictionary>}, {@code field.unknown}.
 */
final class Fields {
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

    /** Whether the source sent a value for the field (not null, not blank). */
    boolean sent(String field) {
        Object value = data.get(field);
        return value != null && !(value instanceof String s && s.isBlank());
    }

    /** Text, trimmed; numbers are taken as their text. Null when missing (and, when required, a violation). */
    String text(String field, boolean required, int maxLength) {
        Object value = data.get(field);
        if (!sent(field)) {
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

    /** true or false (also as the text true / false); {@code otherwise} when missing. */
    Boolean bool(String field, Boolean otherwise) {
        Object value = data.get(field);
        if (value == null) {
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

    /** A code of one of the extension's dictionaries ({@link PreschoolDictionaries}). */
    String code(String field, boolean required, String dictionary) {
        String code = text(field, required, 40);
        if (code == null) {
            return null;
        }
        Map<String, String> entries = PreschoolDictionaries.entries(dictionary);
        if (!entries.containsKey(code)) {
            violations.add(new Violation(field, code, "dictionary." + dictionary, "The " + field + " must be one of "
                    + String.join(", ", entries.keySet()) + ", not " + code));
            return null;
        }
        return code;
    }

    /**
     * A list of at most {@code max} different registry ids, whole numbers (also as text); empty
     * when missing, null when it is no such list.
     */
    List<Long> ids(String field, int max) {
        Object value = data.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            violations.add(new Violation(field, shown(value), kebab(field) + ".type", "The " + field
                    + " must be a list of organization ids, not " + shown(value)));
            return null;
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (Object item : list) {
            Long id = id(item);
            if (id == null || !ids.add(id)) {
                violations.add(new Violation(field, shown(value), kebab(field) + ".type", "The " + field
                        + " must be different organization ids, not " + shown(item)));
                return null;
            }
        }
        if (ids.size() > max) {
            violations.add(new Violation(field, shown(value), kebab(field) + ".length", "The " + field + " are at most "
                    + max + " organizations, not " + ids.size()));
            return null;
        }
        return List.copyOf(ids);
    }

    private static Long id(Object item) {
        if (!(item instanceof Number || item instanceof String)) {
            return null;
        }
        try {
            long id = new BigDecimal(item.toString().strip()).longValueExact();
            return id > 0 ? id : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
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

    static String shown(Object value) {
        return value == null ? null : value.toString();
    }

    static String kebab(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
