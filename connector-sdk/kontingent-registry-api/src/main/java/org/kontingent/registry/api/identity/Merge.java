package org.kontingent.registry.api.identity;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Two persons merged into one: the merged person's memberships, representatives, documents,
 * completed programmes and extension data moved to the kept one, and the merged person marked
 * as merged into it.
 *
 * @param id the merge, to undo it by
 * @param moved how many rows of each kind moved, for example {@code membership=2}
 * @param undoneAt when the merge was undone, or null
 */
public record Merge(long id, long keptId, long mergedId, OffsetDateTime mergedAt, Map<String, Integer> moved,
        OffsetDateTime undoneAt) {

    public Merge {
        moved = Map.copyOf(moved);
    }
}
