package org.kontingent.platform.api.rest;

import java.util.Objects;

/**
 * Thrown by a resource to answer with an HTTP status and an {@link ApiError} body; the
 * platform turns it into the response. Use it for expected failures (not found, conflict,
 * invalid input), never for bugs.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient ApiError error;

    public ApiException(int status, ApiError error) {
        super(Objects.requireNonNull(error, "error").message());
        this.status = status;
        this.error = error;
    }

    public ApiException(int status, String code, String message) {
        this(status, ApiError.of(code, message));
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }

    /** The body of the answer. */
    public ApiError error() {
        return error;
    }
}
