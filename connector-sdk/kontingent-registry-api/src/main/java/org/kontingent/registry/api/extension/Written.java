package org.kontingent.registry.api.extension;

import java.util.List;

import org.kontingent.registry.api.batch.EntryOutcome;
import org.kontingent.registry.api.identifiers.Violation;

/**
 * What {@link ExtensionData#write} did with an entry.
 *
 * @param id the id of the extension's record
 * @param result created, updated or unchanged (a refusal is thrown, not returned)
 * @param notices rules the entry broke without being refused, to show the source and the organization
 */
public record Written(long id, EntryOutcome.Result result, List<Violation> notices) {

    public Written {
        if (result == EntryOutcome.Result.REFUSED) {
            throw new IllegalArgumentException("A refused entry is thrown as an InvalidRecordException, not returned");
        }
        notices = List.copyOf(notices);
    }

    /** Written with nothing to notice. */
    public static Written of(long id, EntryOutcome.Result result) {
        return new Written(id, result, List.of());
    }
}
