package org.kontingent.registry.api.batch;

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
 */
@ProviderType
public interface RegistryBatches {

    /**
     * @throws IllegalStateException when the registry cannot be written at all (database down,
     *         deadlock); nothing of the batch is kept and it may be applied again
     */
    BatchOutcome apply(Batch batch, Source source);
}
