package org.kontingent.connector.api.pull;

import java.util.Objects;

/**
 * What one call of a source brought back.
 *
 * @param body the source's answer exactly as received (empty when nothing changed)
 * @param fileName how the load journal names it, for example {@code dnevnik-2026-11-23T10:00.json}
 * @param watermark where the next call goes on from
 * @param more whether the source has more changes waiting; the gateway calls again at once
 */
public record Fetched(byte[] body, String fileName, String watermark, boolean more) {

    public Fetched {
        Objects.requireNonNull(body, "body");
    }

    /** Whether the answer holds anything. */
    public boolean empty() {
        return body.length == 0;
    }
}
