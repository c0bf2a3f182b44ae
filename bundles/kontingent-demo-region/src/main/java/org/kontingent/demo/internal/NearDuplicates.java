package org.kontingent.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The same child entered a second time, as another system would have entered it: without the
 * СНИЛС and with one of the differences that real registries are full of. The registry's
 * duplicate search is expected to find every one of them. One kind is legacy data that today's
 * checks would refuse: a birth certificate whose series was typed with Latin look-alike letters
 * (the registry refuses such a series, and refuses a document that another person holds).
 */
final class NearDuplicates {
    /** How a second entry of a person differs from the first. */
    enum Difference {
        /** Е written for Ё, or the other way, and another letter case: the same name in normal form. */
        SPELLING,
        /** One letter of the surname wrong. */
        TYPO,
        /** Surname and name the other way round. */
        SWAPPED_NAME_PARTS,
        /** Surname and name in Latin letters, as in a foreign passport. */
        TRANSLITERATED,
        /** Day and month of the birth date swapped. */
        BIRTH_DAY_AND_MONTH_SWAPPED,
        /** The birth certificate, its series typed with Latin letters that look Cyrillic, under another name. */
        SAME_DOCUMENT_OTHER_NAME
    }

    private static final String CYRILLIC_LOOKALIKES = "АВЕКМНОРСТХ";
    private static final String LATIN_LOOKALIKES = "ABEKMHOPCTX";
    private static final String[] ICAO = {"A", "B", "V", "G", "D", "E", "Zh", "Z", "I", "I", "K", "L", "M", "N", "O", "P",
        "R", "S", "T", "U", "F", "Kh", "Ts", "Ch", "Sh", "Shch", "Ie", "Y", "", "E", "Iu", "Ia"};

    private NearDuplicates() {
    }

    /** The second entry of a person under a new key, differing as asked (or by spelling when it cannot). */
    static DemoPerson of(DemoPerson p, long key, Difference difference, SplittableRandom random) {
        return switch (difference) {
            case SPELLING -> new DemoPerson(key, yo(p.surname()).toUpperCase(Locale.ROOT), yo(p.name()), p.patronymic(),
                    p.birthDate(), p.sex(), null);
            case TYPO -> new DemoPerson(key, typo(p.surname(), random), p.name(), p.patronymic(), p.birthDate(), p.sex(), null);
            case SWAPPED_NAME_PARTS -> new DemoPerson(key, p.name(), p.surname(), p.patronymic(), p.birthDate(), p.sex(), null);
            case TRANSLITERATED -> new DemoPerson(key, latin(p.surname()), latin(p.name()), null, p.birthDate(), p.sex(), null);
            case BIRTH_DAY_AND_MONTH_SWAPPED -> p.birthDate().getDayOfMonth() <= 12
                    && p.birthDate().getDayOfMonth() != p.birthDate().getMonthValue()
                    ? new DemoPerson(key, p.surname(), p.name(), p.patronymic(), LocalDate.of(p.birthDate().getYear(),
                            p.birthDate().getDayOfMonth(), p.birthDate().getMonthValue()), p.sex(), null)
                    : of(p, key, Difference.SPELLING, random);
            case SAME_DOCUMENT_OTHER_NAME -> new DemoPerson(key, p.surname(), otherName(p), p.patronymic(), p.birthDate(),
                    p.sex(), null);
        };
    }

    /** The series with its Cyrillic letters typed as the Latin ones they look like, or null when none look alike. */
    static String lookalikeSeries(String series) {
        StringBuilder typed = new StringBuilder(series.length());
        boolean changed = false;
        for (char c : series.toCharArray()) {
            int index = CYRILLIC_LOOKALIKES.indexOf(c);
            typed.append(index >= 0 ? LATIN_LOOKALIKES.charAt(index) : c);
            changed |= index >= 0;
        }
        return changed ? typed.toString() : null;
    }

    /** The differences in the order they are dealt out. */
    static List<Difference> differences() {
        return List.of(Difference.values());
    }

    private static String otherName(DemoPerson p) {
        String[] names = p.sex() == Sex.MALE ? new String[] {"Илья", "Иван"} : new String[] {"Анна", "Мария"};
        return p.name().equals(names[0]) ? names[1] : names[0];
    }

    private static String yo(String part) {
        return part.indexOf('ё') >= 0 ? part.replace('ё', 'е') : part.replace("ье", "ьё");
    }

    private static String typo(String word, SplittableRandom random) {
        int at = 1 + random.nextInt(Math.max(1, word.length() - 2));
        char wrong = word.charAt(at) == 'а' ? 'о' : 'а';
        return word.substring(0, at) + wrong + word.substring(at + 1);
    }

    private static String latin(String cyrillic) {
        StringBuilder latin = new StringBuilder();
        for (char c : cyrillic.toCharArray()) {
            char upper = Character.toUpperCase(c == 'ё' || c == 'Ё' ? 'Е' : c);
            int index = upper >= 'А' && upper <= 'Я' ? upper - 'А' : -1;
            String letters = index >= 0 ? ICAO[index] : String.valueOf(c);
            latin.append(Character.isUpperCase(c) || latin.length() == 0 ? letters : letters.toLowerCase(Locale.ROOT));
        }
        return latin.toString();
    }
}
