package org.kontingent.registry.api.identity;

import java.util.List;

import org.kontingent.registry.api.query.PersonSummary;

/**
 * Two persons that may be one, with how likely that is and why.
 *
 * @param score from 0 to 100; pairs scoring 50 or more are listed
 * @param reasons what the two have in common, strongest first
 */
public record DuplicateCandidate(PersonSummary first, PersonSummary second, int score, List<Reason> reasons) {

    public DuplicateCandidate {
        reasons = List.copyOf(reasons);
    }

    /** What makes two persons look like one. */
    public enum Reason {
        /** The same surname, name and patronymic, whatever the case and ё/е. */
        SAME_NAME,
        /** The names differ by one typo. */
        NAME_ONE_TYPO,
        /** Surname and name written the other way round. */
        SWAPPED_NAME_PARTS,
        /** The same name, once in Latin letters. */
        TRANSLITERATED_NAME,
        /** The same birth date. */
        SAME_BIRTH_DATE,
        /** The birth dates differ by day and month swapped. */
        BIRTH_DAY_AND_MONTH_SWAPPED,
        /** An identity document of the same type and number. */
        SAME_DOCUMENT_NUMBER
    }
}
