package org.kontingent.registry.api.query;

/**
 * A person found by a search, and how its name matched what was asked.
 */
public record PersonMatch(PersonSummary person, Kind kind) {

    /** How the name matched, from the closest; a search lists closer matches first. */
    public enum Kind {
        /** Every part asked is the whole part (or no name was asked). */
        EXACT,
        /** Every part asked starts the part. */
        PREFIX,
        /** Every part asked is inside the part. */
        FRAGMENT,
        /** A part asked is one typo (a letter missing, extra or wrong) away from the part. */
        TYPO
    }
}
