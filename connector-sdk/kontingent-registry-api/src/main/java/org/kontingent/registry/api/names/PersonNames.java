package org.kontingent.registry.api.names;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normal form in which surnames, names and patronymics are compared: upper case, Ё as Е,
 * one space between words, hyphens without spaces around them, dashes as hyphens, and no
 * characters other than letters, hyphens, apostrophes and spaces. "  петрова–водкина ", "ПЕТРОВА -
 * ВОДКИНА" and "Петрова-Водкина" all become "ПЕТРОВА-ВОДКИНА"; "Алёна" and "Алена" both
 * become "АЛЕНА".
 *
 * <p>The form is for comparing and indexing only; the registry keeps and shows names as they
 * were written.
 */
public final class PersonNames {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern APOSTROPHES = Pattern.compile("[\\u2018\\u2019\\u02BC`´]");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\-' ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACED_HYPHEN = Pattern.compile(" ?- ?");
    private static final Pattern HYPHENS = Pattern.compile("-{2,}");
    private static final Pattern EDGES = Pattern.compile("^[-' ]+|[-' ]+$");

    private PersonNames() {
    }

    /**
     * The normal form of one part of a name.
     *
     * @return the normal form; the empty string for null or a value without letters
     */
    public static String normalize(String part) {
        if (part == null) {
            return "";
        }
        if (!part.isEmpty() && part.chars().allMatch(Character::isLetter)) {
            // most names: letters only, where every step below leaves them as they are
            return part.toUpperCase(RUSSIAN).replace('Ё', 'Е');
        }
        String text = DASHES.matcher(part).replaceAll("-");
        text = APOSTROPHES.matcher(text).replaceAll("'");
        text = NOT_NAME.matcher(text.replace('\t', ' ')).replaceAll(" ");
        text = SPACES.matcher(text).replaceAll(" ").strip();
        text = SPACED_HYPHEN.matcher(text).replaceAll("-");
        text = HYPHENS.matcher(text).replaceAll("-");
        text = EDGES.matcher(text).replaceAll("");
        return text.toUpperCase(RUSSIAN).replace('Ё', 'Е');
    }

    /**
     * A key in Latin letters for comparing a name written in Cyrillic with one written in Latin:
     * Cyrillic is transliterated as in passports (ICAO 9303: Ж ZH, Х KH, Ц TS, Ю IU, Я IA ...),
     * then Y and J count as I. "Юлия" and "Yulia", "Дмитрий" and "Dmitriy" come out the same or
     * one letter apart.
     *
     * @return the key of the normal form; empty for null or a value without letters
     */
    public static String latinKey(String part) {
        String normal = normalize(part);
        StringBuilder key = new StringBuilder(normal.length() + 4);
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            int index = c >= 'А' && c <= 'Я' ? c - 'А' : -1;
            key.append(index >= 0 ? ICAO[index] : String.valueOf(c));
        }
        return key.toString().replace('Y', 'I').replace('J', 'I');
    }

    /** ICAO 9303 transliteration of А..Я in alphabetical order (Ё is already Е in the normal form). */
    private static final String[] ICAO = {"A", "B", "V", "G", "D", "E", "ZH", "Z", "I", "I", "K", "L", "M", "N", "O", "P",
        "R", "S", "T", "U", "F", "KH", "TS", "CH", "SH", "SHCH", "IE", "Y", "", "E", "IU", "IA"};

    /** Whether two spellings of a part of a name are the same in the normal form. */
    public static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }
}
