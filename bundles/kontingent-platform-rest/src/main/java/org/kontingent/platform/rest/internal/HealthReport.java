package org.kontingent.platform.rest.internal;

import java.util.Map;

/**
 * The body of {@code GET /api/v1/health}.
 *
 * @param status {@value #UP} or {@value #DOWN}
 * @param version the platform version
 * @param checks each indicator's answer by name
 */
public record HealthReport(String status, String version, Map<String, Check> checks) {
    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    /**
     * @param status {@value #UP} or {@value #DOWN}
     * @param critical whether the platform is down while this part is
     * @param message plain words
     * @param details machine-readable facts
     */
    public record Check(String status, boolean critical, String message, Map<String, Object> details) {
    }
}
