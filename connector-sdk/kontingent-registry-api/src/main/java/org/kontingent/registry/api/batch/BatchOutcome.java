package org.kontingent.registry.api.batch;

import java.util.List;

/** What became of each entry of a batch, in the order of the batch. */
public record BatchOutcome(List<EntryOutcome> entries) {

    public BatchOutcome {
        entries = List.copyOf(entries);
    }

    /** How many entries were written or found already as sent. */
    public long applied() {
        return entries.stream().filter(e -> e.result() != EntryOutcome.Result.REFUSED).count();
    }

    /** How many entries were refused. */
    public long refused() {
        return entries.stream().filter(e -> e.result() == EntryOutcome.Result.REFUSED).count();
    }
}
