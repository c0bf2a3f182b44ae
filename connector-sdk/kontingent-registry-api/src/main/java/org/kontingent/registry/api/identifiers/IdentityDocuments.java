package org.kontingent.registry.api.identifiers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The rules of identity documents: the series and number of each {@link DocumentType} and the
 * issue date.
 *
 * <ul>
 * <li>Birth certificate of the RF: series such as {@code IV-АБ} (a Roman numeral of I, V, X, L, C,
 * a hyphen, two Cyrillic capital letters), number of 6 digits.</li>
 * <li>Passport of the RF: series of 4 digits ({@code 45 06} is read as {@code 4506}), number of
 * 6 digits, issued not before the 14th birthday.</li>
 * <li>Foreign and other documents: optional series of up to 20 characters; number of up to 30
 * letters, digits, spaces or hyphens.</li>
 * <li>All: the number is required; the issue date, when given, is neither in the future nor
 * before the birth date.</li>
 * </ul>
 * The series and number are checked in their normalized form: see {@link #normalizeSeries} and
 * {@link #normalizeNumber}.
 */
public final class IdentityDocuments {

    /** Field name of the series. */
    public static final String FIELD_SERIES = "document.series";
    /** Field name of the number. */
    public static final String FIELD_NUMBER = "document.number";
    /** Field name of the issue date. */
    public static final String FIELD_ISSUE_DATE = "document.issueDate";

    /** Rule: the series does not fit the document type. */
    public static final String RULE_SERIES_FORMAT = "document.series.format";
    /** Rule: the number does not fit the document type. */
    public static final String RULE_NUMBER_FORMAT = "document.number.format";
    /** Rule: the issue date is after today. */
    public static final String RULE_ISSUE_DATE_FUTURE = "document.issue-date.future";
    /** Rule: the issue date is before the birth date. */
    public static final String RULE_ISSUE_DATE_BEFORE_BIRTH = "document.issue-date.before-birth";
    /** Rule: a passport's issue date is before the holder's 14th birthday. */
    public static final String RULE_ISSUE_DATE_BEFORE_AGE = "document.issue-date.before-age";

    /** The age from which a passport of the RF is issued. */
    public static final int PASSPORT_AGE = 14;

    private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");
    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");
    private static final Pattern FREE_NUMBER = Pattern.compile("[\\p{L}0-9 -]{1,30}");
    private static final int FREE_SERIES_LENGTH = 20;

    private IdentityDocuments() {
    }

    /**
     * Checks a document.
     *
     * @param type      the document type
     * @param series    the series as received; may be {@code null}
     * @param number    the number as received; may be {@code null}
     * @param issueDate the issue date; {@code null} when not known
     * @param birthDate the holder's birth date; {@code null} when not known
     * @param today     the current date, given so that the rules do not read the clock
     * @return the broken rules, in the order series, number, issue date; empty when the document is valid
     */
    public static List<Violation> check(DocumentType type, String series, String number,
            LocalDate issueDate, LocalDate birthDate, LocalDate today) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(today, "today");
        List<Violation> violations = new ArrayList<>();
        checkSeries(type, series, violations);
        checkNumber(type, number, violations);
        if (issueDate != null) {
            checkIssueDate(type, issueDate, birthDate, today, violations);
        }
        return List.copyOf(violations);
    }

    /**
     * The series as it is checked and stored: trimmed and uppercased; for a passport without any
     * spaces; for a birth certificate with a hyphen between the Roman numeral and the letters (an en
     * dash or a space is accepted instead); for other documents with inner white space collapsed.
     *
     * @return the normalized series, or {@code null} if the series is {@code null} or blank
     */
    public static String normalizeSeries(DocumentType type, String series) {
        Objects.requireNonNull(type, "type");
        if (Digits.isBlank(series)) {
            return null;
        }
        return switch (type) {
            case BIRTH_CERTIFICATE -> BirthCertificateSeries.normalize(series);
            case PASSPORT -> Digits.withoutSpaces(series).toUpperCase(Locale.ROOT);
            case FOREIGN_DOCUMENT, OTHER -> Digits.collapseSpaces(series).toUpperCase(Locale.ROOT);
        };
    }

    /**
     * The number as it is checked and stored: trimmed and uppercased; for a birth certificate and a
     * passport without any spaces; for other documents with inner white space collapsed.
     *
     * @return the normalized number, or {@code null} if the number is {@code null} or blank
     */
    public static String normalizeNumber(DocumentType type, String number) {
        Objects.requireNonNull(type, "type");
        if (Digits.isBlank(number)) {
            return null;
        }
        return switch (type) {
            case BIRTH_CERTIFICATE, PASSPORT -> Digits.withoutSpaces(number).toUpperCase(Locale.ROOT);
            case FOREIGN_DOCUMENT, OTHER -> Digits.collapseSpaces(number).toUpperCase(Locale.ROOT);
        };
    }

    private static void checkSeries(DocumentType type, String series, List<Violation> violations) {
        String normalized = normalizeSeries(type, series);
        String name = noun(type) + " series";
        switch (type) {
            case BIRTH_CERTIFICATE -> {
                if (normalized == null) {
                    violations.add(Violation.required(FIELD_SERIES, series, name));
                } else if (!BirthCertificateSeries.isValid(normalized)) {
                    violations.add(seriesFormat(series, name, "a Roman numeral of 1 to 6 Latin letters"
                            + " I, V, X, L, C, a hyphen and two Cyrillic capital letters, for example IV-АБ"));
                }
            }
            case PASSPORT -> {
                if (normalized == null) {
                    violations.add(Violation.required(FIELD_SERIES, series, name));
                } else if (!FOUR_DIGITS.matcher(normalized).matches()) {
                    violations.add(seriesFormat(series, name, "4 digits, for example 45 06"));
                }
            }
            case FOREIGN_DOCUMENT, OTHER -> {
                if (normalized != null && normalized.length() > FREE_SERIES_LENGTH) {
                    violations.add(seriesFormat(series, name, "at most " + FREE_SERIES_LENGTH + " characters"));
                }
            }
        }
    }

    private static Violation seriesFormat(String series, String name, String expected) {
        return new Violation(FIELD_SERIES, series, RULE_SERIES_FORMAT,
                name + " \"" + series + "\": expected " + expected);
    }

    private static void checkNumber(DocumentType type, String number, List<Violation> violations) {
        String normalized = normalizeNumber(type, number);
        String name = noun(type) + " number";
        if (normalized == null) {
            violations.add(Violation.required(FIELD_NUMBER, number, name));
            return;
        }
        boolean digitsOnly = type == DocumentType.BIRTH_CERTIFICATE || type == DocumentType.PASSPORT;
        Pattern format = digitsOnly ? SIX_DIGITS : FREE_NUMBER;
        if (!format.matcher(normalized).matches()) {
            violations.add(new Violation(FIELD_NUMBER, number, RULE_NUMBER_FORMAT, name + " \"" + number
                    + "\": expected " + (digitsOnly ? "6 digits" : "1 to 30 letters, digits, spaces or hyphens")));
        }
    }

    private static void checkIssueDate(DocumentType type, LocalDate issueDate, LocalDate birthDate,
            LocalDate today, List<Violation> violations) {
        String value = issueDate.toString();
        if (issueDate.isAfter(today)) {
            violations.add(new Violation(FIELD_ISSUE_DATE, value, RULE_ISSUE_DATE_FUTURE, "Issue date "
                    + value + " is in the future: expected today (" + today + ") or earlier"));
        }
        if (birthDate == null) {
            return;
        }
        if (issueDate.isBefore(birthDate)) {
            violations.add(new Violation(FIELD_ISSUE_DATE, value, RULE_ISSUE_DATE_BEFORE_BIRTH, "Issue date "
                    + value + " is before the birth date " + birthDate + ": expected that date or later"));
        } else if (type == DocumentType.PASSPORT && issueDate.isBefore(birthDate.plusYears(PASSPORT_AGE))) {
            violations.add(new Violation(FIELD_ISSUE_DATE, value, RULE_ISSUE_DATE_BEFORE_AGE,
                    "Passport issue date " + value + " is before the " + PASSPORT_AGE + "th birthday "
                            + birthDate.plusYears(PASSPORT_AGE) + ": expected that date or later"));
        }
    }

    private static String noun(DocumentType type) {
        return switch (type) {
            case BIRTH_CERTIFICATE -> "Birth certificate";
            case PASSPORT -> "Passport";
            case FOREIGN_DOCUMENT -> "Foreign document";
            case OTHER -> "Document";
        };
    }
}
