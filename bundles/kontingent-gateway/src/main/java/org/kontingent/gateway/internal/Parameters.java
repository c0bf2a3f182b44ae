package org.kontingent.gateway.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.kontingent.platform.api.rest.ApiError;
import org.kontingent.platform.api.rest.ApiException;

/** The gateway's query parameters, answered 400 naming the parameter and its value when wrong. */
final class Parameters {
    private static final int MAX_FILE_NAME = 255;
    private static final int MAX_IDEMPOTENCY_KEY = 200;

    private Parameters() {
    }

    static int offset(Integer offset) {
        if (offset != null && offset < 0) {
            throw invalid("offset", offset.toString(), "at least 0");
        }
        return offset == null ? 0 : offset;
    }

    static int limit(Integer limit, int max) {
        if (limit != null && (limit < 1 || limit > max)) {
            throw invalid("limit", limit.toString(), "from 1 to " + max);
        }
        return limit == null ? Math.min(10, max) : limit;
    }

    /** A day as YYYY-MM-DD, or null when not given. */
    static LocalDate day(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(field, value, "expected a date as YYYY-MM-DD, e.g. 2026-09-01");
        }
    }

    /**
     * The file name of the X-File-Name header: percent-encoded UTF-8, as a browser's
     * encodeURIComponent writes it, since a header carries ASCII only.
     */
    static String fileName(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String name;
        try {
            name = URLDecoder.decode(header.strip(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid("X-File-Name", header, "percent-encoded UTF-8, e.g. %D0%A1%D0%BF%D0%B8%D1%81%D0%BE%D0%BA.xlsx");
        }
        if (name.length() > MAX_FILE_NAME || hasControl(name)) {
            throw invalid("X-File-Name", header, "at most " + MAX_FILE_NAME + " characters, none of them control characters");
        }
        return name;
    }

    /** The Idempotency-Key header: at most 200 printable characters, or null when not given. */
    static String idempotencyKey(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        if (header.length() > MAX_IDEMPOTENCY_KEY || hasControl(header)) {
            throw invalid("Idempotency-Key", header.substring(0, Math.min(header.length(), 40)) + (header.length() > 40 ? "…" : ""),
                    "at most " + MAX_IDEMPOTENCY_KEY + " characters, none of them control characters");
        }
        return header;
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    static ApiException invalid(String field, String value, String rule) {
        return new ApiException(400, new ApiError("request.invalid-parameter", "The parameter '" + field + "' = '" + value
                + "' is invalid: " + rule, List.of(new ApiError.Violation(null, field, value, rule))));
    }
}
