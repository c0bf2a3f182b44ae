package org.kontingent.registry.api.batch;

import java.util.List;
import org.kontingent.registry.api.identifiers.Violation;

/**
 * What became of one entry.
 *
 * @param kind which list of the batch the entry is in
 * @param index its place in that list, from 0
 * @param key the source's key of the entry (for a representative, learner/representative)
 * @param id the registry's id of the record, or null when refused before it had one
 * @param violations why the entry was refused; empty otherwise
 * @param notices what was found wrong with an entry that was applied all the same (a learner
 *        in two general schools at once, an age out of range for the level), to show the source
 *        and the organization
 */
public record EntryOutcome(Kind kind, int index, String key, Long id, Result result, List<Violation> violations,
        List<Violation> notices) {

    public EntryOutcome {
        violations = List.copyOf(violations);
        notices = List.copyOf(notices);
    }

    /** The lists of a batch. */
    public enum Kind {
        PERSON, REPRESENTATIVE, CLASS_GROUP, MEMBERSHIP, EXTENSION
    }

    /** What was done. */
    public enum Result {
        CREATED, UPDATED, UNCHANGED, REFUSED
    }
}
