package org.kontingent.security.internal;

import java.time.OffsetDateTime;
import java.util.List;

/** One row of the action journal as administrators read it. */
public record JournalEntry(long seq, OffsetDateTime at, Long accountId, String login, String address, String action,
        String target, List<Long> personIds, String details) {
}
