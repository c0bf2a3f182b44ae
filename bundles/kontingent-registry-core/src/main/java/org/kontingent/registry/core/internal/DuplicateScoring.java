package org.kontingent.registry.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.kontingent.registry.api.identity.DuplicateCandidate.Reason;
import org.kontingent.registry.api.names.PersonNames;

/**
 * How likely two persons are one, from their names in normal form, birth dates, sex and document
 * numbers. Pure: the candidates are chosen by {@link JdbcPersonIdentity}.
 */
final class DuplicateScoring {
    /** Pairs scoring less are not offered. */
    static final int LISTED = 50;

    /**
     * A person as scoring sees it.
     *
     * @param documents the {@link #documentKeys} of the person's documents
     */
    record Person(long id, String surname, String name, String patronymic, LocalDate birthDate, String sex,
            Set<String> documents) {
    }

    private static final String CYRILLIC_LOOKALIKES = "АВЕКМНОРСТХУ";
    private static final String LATIN_LOOKALIKES = "ABEKMHOPCTXY";

    /** A score with its reasons. */
    record Score(int value, List<Reason> reasons) {
    }

    private DuplicateScoring() {
    }

    static Score score(Person a, Person b) {
        List<Reason> reasons = new ArrayList<>();
        int score;
        Reason name = name(a, b);
        Reason birth = birth(a.birthDate(), b.birthDate());
        boolean document = a.documents().stream().anyMatch(b.documents()::contains);
        if (name != null) {
            reasons.add(name);
        }
        if (birth != null) {
            reasons.add(birth);
        }
        if (document) {
            reasons.add(Reason.SAME_DOCUMENT_NUMBER);
        }
        if (name == null) {
            // the same document with another name: a renamed person or a mistyped record
            score = document ? (birth == Reason.SAME_BIRTH_DATE ? 75 : 55) : 0;
        } else {
            score = switch (name) {
                case SAME_NAME -> 90;
                case TRANSLITERATED_NAME -> 80;
                case NAME_ONE_TYPO -> 75;
                default -> 70;
            };
            if (birth == Reason.BIRTH_DAY_AND_MONTH_SWAPPED) {
                score -= 25;
            } else if (birth == null) {
                score = document ? score - 20 : 0;
            }
            if (document) {
                score += 10;
            }
        }
        if (a.sex() != null && b.sex() != null && !a.sex().equals(b.sex())) {
            score -= 30;
        }
        return new Score(Math.max(0, Math.min(100, score)), reasons);
    }

    /**
     * Documents as compared between persons: type, series and number ("type series number") with
     * spaces and hyphens dropped and Cyrillic letters that look like Latin ones read as Latin, so
     * that "IV-ТО" typed with a Latin Т and О is the same series. Two persons cannot hold the very
     * same document; one written with look-alike letters is a sign of one person entered twice.
     */
    static Set<String> documentKeys(String[] documents) {
        Set<String> keys = new java.util.HashSet<>();
        for (String document : documents) {
            StringBuilder key = new StringBuilder(document.length());
            for (char c : document.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
                int lookalike = CYRILLIC_LOOKALIKES.indexOf(c);
                if (c != '-' && c != ' ' || key.indexOf(" ") < 0) {
                    key.append(lookalike >= 0 ? LATIN_LOOKALIKES.charAt(lookalike) : c);
                }
            }
            keys.add(key.toString());
        }
        return keys;
    }

    /** How the names match, or null when they do not. */
    static Reason name(Person a, Person b) {
        if (a.surname().equals(b.surname()) && a.name().equals(b.name()) && a.patronymic().equals(b.patronymic())) {
            return Reason.SAME_NAME;
        }
        int distance = distance(a.surname(), b.surname(), 2) + distance(a.name(), b.name(), 2)
                + distance(a.patronymic(), b.patronymic(), 2);
        if (distance == 1) {
            return Reason.NAME_ONE_TYPO;
        }
        if (a.surname().equals(b.name()) && a.name().equals(b.surname()) && a.patronymic().equals(b.patronymic())) {
            return Reason.SWAPPED_NAME_PARTS;
        }
        if (latin(a.surname()) != latin(b.surname()) || latin(a.name()) != latin(b.name())) {
            int latinDistance = distance(PersonNames.latinKey(a.surname()), PersonNames.latinKey(b.surname()), 2)
                    + distance(PersonNames.latinKey(a.name()), PersonNames.latinKey(b.name()), 2);
            if (latinDistance <= 1) {
                return Reason.TRANSLITERATED_NAME;
            }
        }
        return null;
    }

    private static boolean latin(String normal) {
        return !normal.isEmpty() && normal.charAt(0) < 'А';
    }

    private static Reason birth(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return null;
        }
        if (a.equals(b)) {
            return Reason.SAME_BIRTH_DATE;
        }
        if (a.getYear() == b.getYear() && a.getDayOfMonth() == b.getMonthValue() && a.getMonthValue() == b.getDayOfMonth()) {
            return Reason.BIRTH_DAY_AND_MONTH_SWAPPED;
        }
        return null;
    }

    /** The day and month swapped, when that is a date; null otherwise. */
    static LocalDate swapped(LocalDate date) {
        if (date == null || date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
            return null;
        }
        return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
    }

    /** Levenshtein distance, counted no further than {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) {
            return limit;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.min(best, current[j]);
            }
            if (best >= limit) {
                return limit;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], limit);
    }
}
