package org.kontingent.registry.api.identifiers;

import java.util.List;
import java.util.Objects;

/**
 * ИНН, the taxpayer number: 10 digits for an organization, 12 digits for an individual.
 *
 * <p>Each check digit is a weighted sum of the digits before it, modulo 11, modulo 10. The weights
 * are the last entries of {@code 3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}, as many as there are digits
 * before the check digit: the 10th digit of an organization's number uses {@code 2, 4, 10, 3, 5,
 * 9, 4, 6, 8}; the 11th and 12th digits of an individual's number use the last ten and all eleven.
 *
 * <p>An individual's ИНН is personal data: {@link #toString()} prints it {@link #masked()}.
 * Instances cannot be changed.
 */
public final class Inn {

    /** The field name {@link #parse(String)} reports. */
    public static final String FIELD = "inn";
    /** Rule: not only digits. */
    public static final String RULE_FORMAT = "inn.format";
    /** Rule: digits, but neither 10 nor 12 of them. */
    public static final String RULE_LENGTH = "inn.length";
    /** Rule: a check digit does not match. */
    public static final String RULE_CHECKSUM = "inn.checksum";

    private static final List<Integer> WEIGHTS = List.of(3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8);

    private final String digits;

    private Inn(String digits) {
        this.digits = digits;
    }

    /**
     * Reads an ИНН of 10 or 12 digits; white space around it is ignored.
     *
     * @throws InvalidIdentifierException if the value is missing, malformed or has a wrong check digit
     */
    public static Inn parse(String value) {
        List<Violation> violations = check(FIELD, value);
        if (!violations.isEmpty()) {
            throw new InvalidIdentifierException(violations);
        }
        return new Inn(Digits.trim(value));
    }

    /**
     * Checks an ИНН as {@link #parse(String)} reads it.
     *
     * @param field the field name to report
     * @param value the value as received; may be {@code null}
     * @return the broken rules; empty when the value is a valid ИНН
     */
    public static List<Violation> check(String field, String value) {
        Objects.requireNonNull(field, "field");
        if (Digits.isBlank(value)) {
            return List.of(Violation.required(field, value, "ИНН"));
        }
        String digits = Digits.trim(value);
        if (!Digits.isDigits(digits)) {
            return List.of(new Violation(field, value, RULE_FORMAT,
                    "ИНН \"" + value + "\": expected only digits, 10 for an organization or 12 for an individual"));
        }
        if (digits.length() != 10 && digits.length() != 12) {
            return List.of(new Violation(field, value, RULE_LENGTH, "ИНН \"" + value + "\" has "
                    + digits.length() + " digits: expected 10 for an organization or 12 for an individual"));
        }
        int checked = digits.length() == 10 ? 9 : 10;
        String expected = checkDigits(digits.substring(0, checked));
        if (!expected.equals(digits.substring(checked))) {
            return List.of(new Violation(field, value, RULE_CHECKSUM, "ИНН " + digits + ": the check "
                    + (expected.length() == 1 ? "digit" : "digits") + " should be " + expected));
        }
        return List.of();
    }

    /**
     * The check digits of a number, for generators of valid numbers.
     *
     * @param prefix the first 9 digits of an organization's ИНН or the first 10 digits of an individual's
     * @return one check digit for 9 digits, two check digits for 10 digits
     * @throws IllegalArgumentException unless the argument is 9 or 10 digits
     */
    public static String checkDigits(String prefix) {
        Digits.require(prefix, "ИНН prefix", 9, 10);
        if (prefix.length() == 9) {
            return Integer.toString(checkDigit(prefix));
        }
        int eleventh = checkDigit(prefix);
        return Integer.toString(eleventh) + checkDigit(prefix + eleventh);
    }

    /** @return the digits, 10 or 12 of them */
    public String digits() {
        return digits;
    }

    /** @return whether this is an organization's 10-digit number rather than an individual's 12-digit one */
    public boolean isOrganization() {
        return digits.length() == 10;
    }

    /**
     * @return an organization's number unchanged; an individual's number with all but the last four
     *         digits hidden, for example {@code ********2259}
     */
    public String masked() {
        return isOrganization() ? digits : "********" + digits.substring(8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Inn inn && digits.equals(inn.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** @return the {@link #masked()} form, so that an individual's number stays out of logs */
    @Override
    public String toString() {
        return masked();
    }

    private static int checkDigit(String before) {
        int offset = WEIGHTS.size() - before.length();
        int sum = 0;
        for (int i = 0; i < before.length(); i++) {
            sum += Digits.at(before, i) * WEIGHTS.get(offset + i);
        }
        return sum % 11 % 10;
    }
}
