package org.kontingent.registry.api.batch;

import java.util.Map;

import org.kontingent.registry.api.command.Source;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Applies batches of records from one source. A batch is one transaction; within it each entry
 * is checked and written, or refused with its violations, on its own, in the order of the batch:
 * persons, representatives, classes and groups, memberships. A refused entry does not stop the
 * others; an entry that refers to a refused one is refused too.
 *
 * <p>Every entry is an upsert by the source's key: the first time a key is seen the registry
 * finds the person by СНИЛС, documents or name and birth date (creating one only when nobody
 * fits), and from then on the key stands for that record. Applying the same batch twice therefore
 * changes nothing the second time: entries come back {@link EntryOutcome.Result#UNCHANGED}.
 *
 * <p>When sources disagree, priorities decide. A record's facts are held by the source that wrote
 * them last; another source may change them only with a priority at least as high: for a person,
 * the highest it has in the organizations the person is in; for a membership, the one in its
 * organization. An outranked entry is not applied: it comes back
 * {@link EntryOutcome.Result#UNCHANGED} with a notice of rule {@value #OUTRANKED}, and what the
 * source sent is kept in the record's provenance (the change journal).
 */
@ProviderType
public interface RegistryBatches {
    /** The rule of the notice an entry outranked by another source comes back with. */
    String OUTRANKED = "source.outranked";

    /**
     * Applies a batch from a source without priorities: it stands at 0 everywhere.
     *
     * @throws IllegalStateException when the registry cannot be written at all (database down,
     *         deadlock); nothing of the batch is kept and it may be applied again
     */
    default BatchOutcome apply(Batch batch, Source source) {
        return apply(batch, source, Map.of());
    }

    /**
     * Applies a batch from a source with its priorities by organization, which replace the ones
     * it had (as {@link #prioritize} does).
     *
     * @param priorities the source's priority in each organization by id, higher wins; a source
     *        stands at 0 where it has none
     * @throws IllegalStateException when the registry cannot be written at all (database down,
     *         deadlock); nothing of the batch is kept and it may be applied again
     */
    BatchOutcome apply(Batch batch, Source source, Map<Long, Integer> priorities);

    /**
     * Sets a source's priorities by organization id, replacing the ones it had.
     *
     * @throws IllegalStateException when the registry cannot be written
     */
    void prioritize(Source source, Map<Long, Integer> priorities);
}
