package org.kontingent.registry.api.identifiers;

import java.util.List;
import java.util.Objects;

/**
 * ОГРН, the primary state registration number: 13 digits for a legal entity (ОГРН, starting with
 * 1 or 5) or 15 digits for an individual entrepreneur (ОГРНИП, starting with 3).
 *
 * <p>The last digit is a check digit: for ОГРН the first 12 digits read as a number, modulo 11,
 * modulo 10; for ОГРНИП the first 14 digits read as a number, modulo 13, modulo 10.
 * Instances cannot be changed.
 */
public final class Ogrn {

    /** The field name {@link #parse(String)} reports. */
    public static final String FIELD = "ogrn";
    /** Rule: not only digits. */
    public static final String RULE_FORMAT = "ogrn.format";
    /** Rule: digits, but neither 13 nor 15 of them. */
    public static final String RULE_LENGTH = "ogrn.length";
    /** Rule: the first digit does not fit the length (1 or 5 for 13 digits, 3 for 15 digits). */
    public static final String RULE_FIRST_DIGIT = "ogrn.first-digit";
    /** Rule: the check digit does not match. */
    public static final String RULE_CHECKSUM = "ogrn.checksum";

    private final String digits;

    private Ogrn(String digits) {
        this.digits = digits;
    }

    /**
     * Reads an ОГРН of 13 digits or an ОГРНИП of 15 digits; white space around it is ignored.
     *
     * @throws InvalidIdentifierException if the value is missing, malformed or has a wrong check digit
     */
    public static Ogrn parse(String value) {
        List<Violation> violations = check(FIELD, value);
        if (!violations.isEmpty()) {
            throw new InvalidIdentifierException(violations);
        }
        return new Ogrn(Digits.trim(value));
    }

    /**
     * Checks an ОГРН or ОГРНИП as {@link #parse(String)} reads it.
     *
     * @param field the field name to report
     * @param value the value as received; may be {@code null}
     * @return the broken rules; empty when the value is a valid ОГРН or ОГРНИП
     */
    public static List<Violation> check(String field, String value) {
        Objects.requireNonNull(field, "field");
        if (Digits.isBlank(value)) {
            return List.of(Violation.required(field, value, "ОГРН"));
        }
        String digits = Digits.trim(value);
        if (!Digits.isDigits(digits)) {
            return List.of(new Violation(field, value, RULE_FORMAT, "ОГРН \"" + value
                    + "\": expected only digits, 13 for ОГРН or 15 for ОГРНИП"));
        }
        if (digits.length() != 13 && digits.length() != 15) {
            return List.of(new Violation(field, value, RULE_LENGTH, "ОГРН \"" + value + "\" has "
                    + digits.length() + " digits: expected 13 for ОГРН or 15 for ОГРНИП"));
        }
        boolean entrepreneur = digits.length() == 15;
        String name = entrepreneur ? "ОГРНИП" : "ОГРН";
        char first = digits.charAt(0);
        if (entrepreneur ? first != '3' : first != '1' && first != '5') {
            return List.of(new Violation(field, value, RULE_FIRST_DIGIT, name + " " + digits
                    + ": the first digit should be " + (entrepreneur ? "3" : "1 or 5")));
        }
        String expected = checkDigit(digits.substring(0, digits.length() - 1));
        if (!expected.equals(digits.substring(digits.length() - 1))) {
            return List.of(new Violation(field, value, RULE_CHECKSUM,
                    name + " " + digits + ": the check digit should be " + expected));
        }
        return List.of();
    }

    /**
     * The check digit of a number, for generators of valid numbers.
     *
     * @param prefix the first 12 digits of an ОГРН or the first 14 digits of an ОГРНИП
     * @return the check digit, one character
     * @throws IllegalArgumentException unless the argument is 12 or 14 digits
     */
    public static String checkDigit(String prefix) {
        Digits.require(prefix, "ОГРН prefix", 12, 14);
        long number = Long.parseLong(prefix);
        long divisor = prefix.length() == 12 ? 11 : 13;
        return Long.toString(number % divisor % 10);
    }

    /** @return the digits, 13 or 15 of them */
    public String digits() {
        return digits;
    }

    /** @return whether this is an individual entrepreneur's 15-digit ОГРНИП */
    public boolean isIndividualEntrepreneur() {
        return digits.length() == 15;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ogrn ogrn && digits.equals(ogrn.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** @return the digits */
    @Override
    public String toString() {
        return digits;
    }
}
