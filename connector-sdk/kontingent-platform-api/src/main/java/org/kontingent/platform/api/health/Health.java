package org.kontingent.platform.api.health;

import java.util.Map;
import java.util.Objects;

/**
 * One indicator's answer.
 *
 * @param up whether the part can serve
 * @param critical whether the platform as a whole cannot serve while this part is down
 * @param message plain words for an administrator: what works or what is wrong
 * @param details machine-readable facts (counts, versions, names); never personal data
 */
public record Health(boolean up, boolean critical, String message, Map<String, Object> details) {

    public Health {
        Objects.requireNonNull(message, "message");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static Health up(String message, Map<String, Object> details) {
        return new Health(true, true, message, details);
    }

    /** The part is down and the platform cannot serve without it. */
    public static Health down(String message, Map<String, Object> details) {
        return new Health(false, true, message, details);
    }

    /** The part is down, the rest of the platform serves on. */
    public static Health degraded(String message, Map<String, Object> details) {
        return new Health(false, false, message, details);
    }
}
