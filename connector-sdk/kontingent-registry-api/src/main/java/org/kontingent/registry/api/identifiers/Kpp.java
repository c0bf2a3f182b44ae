package org.kontingent.registry.api.identifiers;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * КПП, the code of the reason for tax registration of an organization: nine characters, made of
 * four digits of the tax office code, two characters of the reason code (digits or Latin capital
 * letters A–Z) and three digits of the sequence number, for example {@code 773601001}.
 * It has no check digit. Instances cannot be changed.
 */
public final class Kpp {

    /** The field name {@link #parse(String)} reports. */
    public static final String FIELD = "kpp";
    /** Rule: not four digits, two digits or Latin capital letters, three digits. */
    public static final String RULE_FORMAT = "kpp.format";

    private static final Pattern FORMAT = Pattern.compile("[0-9]{4}[0-9A-Z]{2}[0-9]{3}");

    private final String value;

    private Kpp(String value) {
        this.value = value;
    }

    /**
     * Reads a КПП; white space around it is ignored and lowercase Latin letters are read as uppercase.
     *
     * @throws InvalidIdentifierException if the value is missing or malformed
     */
    public static Kpp parse(String value) {
        List<Violation> violations = check(FIELD, value);
        if (!violations.isEmpty()) {
            throw new InvalidIdentifierException(violations);
        }
        return new Kpp(normalize(value));
    }

    /**
     * Checks a КПП as {@link #parse(String)} reads it.
     *
     * @param field the field name to report
     * @param value the value as received; may be {@code null}
     * @return the broken rules; empty when the value is a valid КПП
     */
    public static List<Violation> check(String field, String value) {
        Objects.requireNonNull(field, "field");
        if (Digits.isBlank(value)) {
            return List.of(Violation.required(field, value, "КПП"));
        }
        if (!FORMAT.matcher(normalize(value)).matches()) {
            return List.of(new Violation(field, value, RULE_FORMAT, "КПП \"" + value
                    + "\": expected 9 characters: 4 digits, 2 digits or Latin capital letters, 3 digits,"
                    + " for example 773601001"));
        }
        return List.of();
    }

    /** @return the nine characters, for example {@code 773601001} */
    public String value() {
        return value;
    }

    /** @return the first four digits: the code of the tax office */
    public String taxOfficeCode() {
        return value.substring(0, 4);
    }

    /** @return the 5th and 6th characters: the reason for the registration */
    public String reasonCode() {
        return value.substring(4, 6);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Kpp kpp && value.equals(kpp.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the nine characters */
    @Override
    public String toString() {
        return value;
    }

    private static String normalize(String value) {
        return Digits.trim(value).toUpperCase(Locale.ROOT);
    }
}
