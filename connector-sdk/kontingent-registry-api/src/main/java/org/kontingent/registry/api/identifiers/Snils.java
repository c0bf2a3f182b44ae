package org.kontingent.registry.api.identifiers;

import java.util.List;
import java.util.Objects;

/**
 * СНИЛС, the 11-digit personal insurance number: nine digits of the number and two check digits,
 * written {@code 112-233-445 95}.
 *
 * <p>The check number is computed from the first nine digits: each digit is multiplied by its
 * weight, 9 for the first digit down to 1 for the ninth, and the products are added. A sum below
 * 100 is the check number; 100 and 101 give 00; a larger sum is taken modulo 101 and the same
 * applies (a remainder of 100 gives 00). Numbers up to 001-001-998 were issued before the rule
 * and are not checked.
 *
 * <p>A СНИЛС is personal data: {@link #toString()} prints only the {@link #masked()} form.
 * Instances cannot be changed.
 */
public final class Snils {

    /** The field name {@link #parse(String)} reports. */
    public static final String FIELD = "snils";
    /** Rule: not 11 digits after removing spaces and hyphens. */
    public static final String RULE_FORMAT = "snils.format";
    /** Rule: the check number does not match the first nine digits. */
    public static final String RULE_CHECKSUM = "snils.checksum";

    /** The largest number (first nine digits) that is not checked. */
    private static final int LAST_UNCHECKED = 1_001_998;

    private final String digits;

    private Snils(String digits) {
        this.digits = digits;
    }

    /**
     * Reads a СНИЛС such as {@code 11223344595} or {@code 112-233-445 95}; spaces and hyphens
     * anywhere are ignored.
     *
     * @throws InvalidIdentifierException if the value is missing, malformed or has a wrong check number
     */
    public static Snils parse(String value) {
        List<Violation> violations = check(FIELD, value);
        if (!violations.isEmpty()) {
            throw new InvalidIdentifierException(violations);
        }
        return new Snils(strip(value));
    }

    /**
     * Checks a СНИЛС as {@link #parse(String)} reads it.
     *
     * @param field the field name to report, for example {@code snils} or {@code guardian.snils}
     * @param value the value as received; may be {@code null}
     * @return the broken rules; empty when the value is a valid СНИЛС
     */
    public static List<Violation> check(String field, String value) {
        Objects.requireNonNull(field, "field");
        if (Digits.isBlank(value)) {
            return List.of(Violation.required(field, value, "СНИЛС"));
        }
        String digits = strip(value);
        if (digits.length() != 11 || !Digits.isDigits(digits)) {
            return List.of(new Violation(field, value, RULE_FORMAT,
                    "СНИЛС \"" + value + "\": expected 11 digits, for example 112-233-445 95"));
        }
        String number = digits.substring(0, 9);
        if (Integer.parseInt(number) > LAST_UNCHECKED) {
            String expected = checkDigits(number);
            if (!expected.equals(digits.substring(9))) {
                return List.of(new Violation(field, value, RULE_CHECKSUM,
                        "СНИЛС " + format(digits) + ": the check number should be " + expected));
            }
        }
        return List.of();
    }

    /**
     * The two check digits of a number, for generators of valid numbers. It applies the rule even to
     * numbers up to 001-001-998, which {@link #check} does not check.
     *
     * @param nineDigits the first nine digits, without separators
     * @return the check number as two digits, for example {@code 95} or {@code 07}
     * @throws IllegalArgumentException unless the argument is exactly nine digits
     */
    public static String checkDigits(String nineDigits) {
        Digits.require(nineDigits, "СНИЛС number", 9);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += Digits.at(nineDigits, i) * (9 - i);
        }
        int check = sum > 101 ? sum % 101 : sum;
        if (check == 100 || check == 101) {
            check = 0;
        }
        return check < 10 ? "0" + check : Integer.toString(check);
    }

    /** @return the 11 digits without separators, for example {@code 11223344595} */
    public String digits() {
        return digits;
    }

    /** @return the usual written form, for example {@code 112-233-445 95} */
    public String formatted() {
        return format(digits);
    }

    /** @return the written form with the first six digits hidden, for example {@code ***-***-445 95} */
    public String masked() {
        return "***-***-" + digits.substring(6, 9) + " " + digits.substring(9);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Snils snils && digits.equals(snils.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** @return the {@link #masked()} form: the whole number is personal data and stays out of logs */
    @Override
    public String toString() {
        return masked();
    }

    private static String strip(String value) {
        return Digits.withoutSpaces(value).replace("-", "");
    }

    private static String format(String digits) {
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6, 9)
                + " " + digits.substring(9);
    }
}
