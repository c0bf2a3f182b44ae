package org.kontingent.extension.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.identifiers.Violation;

/**
 * The fields of one entry's data, read and checked (L1): every value as the source sent it
 * (strings, numbers, booleans, lists), every broken rule collected with the field, the value and
 * the rule, so that an entry is refused with all that is wrong with it at once.
 *
 * <p>Rule codes follow the registry's: {@code required}, {@code <field>.type},
 * {@code <field>.format}, {@code <field>.length}, {@code <field>.range}, {@code <field>.future},
 * {@code dictionary.<dictionary>}, {@code field.unknown}.
 *
 * <p>Codes are looked up in the extension's own dictionaries, given as a function from a
 * dictionary's name to its entries (code → name, in their order). A wrong code is answered with
 * the dictionary's codes when it has at most {@value #LISTED_CODES} of them, and otherwise with the
 * report view that lists them all.
 */
public final class EntryFields {
    /** The most codes a message on a wrong code lists; a larger dictionary is named with its report view. */
    public static final int LISTED_CODES = 10;

    private static final Pattern ACADEMIC_YEAR = Pattern.compile("([0-9]{4})-([0-9]{4})");

    private final Map<String, Object> data;
    private final LocalDate today;
    private final Function<String, Map<String, String>> dictionaries;
    private final String dictionaryView;
    private final List<Violation> violations = new ArrayList<>();

    /**
     * @param data the entry's data, field → value as the source sent it
     * @param known the fields the entry may have; any other is a violation {@code field.unknown}
     * @param today the day no date may be after when it must not be in the future
     * @param dictionaries the extension's dictionaries: a dictionary's name → its entries, code → name
     * @param dictionaryView the report view that lists the dictionaries' entries, as
     *        {@code report.general_dictionary}, named in the message on a wrong code of a large dictionary
     */
    public EntryFields(Map<String, Object> data, Set<String> known, LocalDate today,
            Function<String, Map<String, String>> dictionaries, String dictionaryView) {
        this.data = data;
        this.today = today;
        this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
        this.dictionaryView = Objects.requireNonNull(dictionaryView, "dictionaryView");
        for (String field : new TreeSet<>(data.keySet())) {
            if (!known.contains(field)) {
                violations.add(new Violation(field, shown(data.get(field)), "field.unknown", "The field " + field
                        + " is not one of " + String.join(", ", new TreeSet<>(known))));
            }
        }
    }

    /** Whether the source sent a value for the field (not null, not blank). */
    public boolean sent(String field) {
        Object value = data.get(field);
        return value != null && !(value instanceof String s && s.isBlank());
    }

    /** Text, trimmed; numbers are taken as their text. Null when missing (and, when required, a violation). */
    public String text(String field, boolean required, int maxLength) {
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
    public LocalDate date(String field, boolean required, boolean notFuture) {
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
    public Boolean bool(String field, Boolean otherwise) {
        return bool(field, false, otherwise);
    }

    /** true or false (also as the text true / false); {@code otherwise} when missing and not required. */
    public Boolean bool(String field, boolean required, Boolean otherwise) {
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
    public Integer integer(String field, boolean required, int min, int max) {
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

    /** A number from {@code min} to {@code max} with at most two decimals. */
    public BigDecimal decimal(String field, boolean required, int min, int max) {
        String text = text(field, required, 12);
        if (text == null) {
            return null;
        }
        return decimal(field, text, min, max);
    }

    /** {@code text} as a number from {@code min} to {@code max} with at most two decimals, or null and a violation. */
    public BigDecimal decimal(String field, String text, int min, int max) {
        BigDecimal number;
        try {
            number = new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, text, kebab(field) + ".format", "The " + field + " must be a number, not "
                    + text));
            return null;
        }
        if (number.stripTrailingZeros().scale() > 2) {
            violations.add(new Violation(field, text, kebab(field) + ".format", "The " + field
                    + " has at most two decimals, not " + text));
            return null;
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            violations.add(new Violation(field, text, kebab(field) + ".range", "The " + field + " must be from " + min
                    + " to " + max + ", not " + text));
            return null;
        }
        return number;
    }

    /** A code of one of the extension's dictionaries. */
    public String code(String field, boolean required, String dictionary) {
        String code = text(field, required, 40);
        if (code == null) {
            return null;
        }
        Map<String, String> entries = dictionaries.apply(dictionary);
        if (entries == null) {
            throw new IllegalArgumentException("No dictionary " + dictionary);
        }
        if (!entries.containsKey(code)) {
            String allowed = entries.size() <= LISTED_CODES ? "one of " + String.join(", ", entries.keySet())
                    : "a code of the dictionary " + dictionary + " (" + dictionaryView + ")";
            violations.add(new Violation(field, code, "dictionary." + dictionary, "The " + field + " must be " + allowed
                    + ", not " + code));
            return null;
        }
        return code;
    }

    /** An academic year as {@code 2026-2027}: two years one after the other. */
    public String academicYear(String field, boolean required) {
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

    /**
     * A list of at most {@code max} different organization ids, whole numbers above zero (also as
     * text); empty when missing, null when it is no such list.
     */
    public List<Long> organizationIds(String field, int max) {
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

    /** Adds a violation of a rule the extension checks itself, refused with the others. */
    public void add(Violation violation) {
        violations.add(violation);
    }

    /** Whether no rule is broken so far. */
    public boolean valid() {
        return violations.isEmpty();
    }

    /** The rules broken so far, in the order they were found. */
    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** Refuses the entry when any rule is broken. */
    public void check(String record) {
        if (!violations.isEmpty()) {
            throw new InvalidRecordException(record, violations);
        }
    }

    /** The first day of an academic year ({@code 2026-2027}: 1 September 2026). */
    public static LocalDate yearStart(String academicYear) {
        return LocalDate.of(Integer.parseInt(academicYear.substring(0, 4)), 9, 1);
    }

    /** The academic year a day falls in, from 1 September. */
    public static String yearOf(LocalDate day) {
        int first = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return first + "-" + (first + 1);
    }

    /** A value as the message shows it: its text, or null. */
    public static String shown(Object value) {
        return value == null ? null : value.toString();
    }

    /** A field's name in a rule code: {@code academicYear} → {@code academic-year}. */
    public static String kebab(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
