package org.kontingent.registry.api.identifiers;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The series of a Russian birth certificate: a Roman numeral written with the Latin letters
 * I, V, X, L and C (one to six of them), a hyphen and two Cyrillic capital letters, for example
 * {@code IV-АБ} or {@code XII-ЮЖ}.
 */
final class BirthCertificateSeries {

    /** A Roman numeral and a word, separated by a hyphen, an en dash or a space, read after uppercasing. */
    private static final Pattern PARTS = Pattern.compile("([IVXLC]+) ?[-\u2013 ] ?(\\p{L}+)");
    /** One to six Roman letters that make a well-formed Roman numeral, a hyphen, two Cyrillic capitals. */
    private static final Pattern VALID = Pattern.compile(
            "(?=[IVXLC]{1,6}-)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})-[А-ЯЁ]{2}");

    private BirthCertificateSeries() {
    }

    /**
     * Trims and uppercases the series, collapses white space, and writes a Roman part and a letters
     * part separated by an en dash or a space (with or without spaces around) with a hyphen instead.
     * A value of another shape is returned trimmed and uppercased only.
     */
    static String normalize(String series) {
        String upper = Digits.collapseSpaces(series).toUpperCase(Locale.ROOT);
        Matcher parts = PARTS.matcher(upper);
        return parts.matches() ? parts.group(1) + "-" + parts.group(2) : upper;
    }

    /** @return whether a {@linkplain #normalize normalized} series is valid */
    static boolean isValid(String normalized) {
        return VALID.matcher(normalized).matches();
    }
}
