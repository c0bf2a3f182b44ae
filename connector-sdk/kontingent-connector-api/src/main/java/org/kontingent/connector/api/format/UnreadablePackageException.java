package org.kontingent.connector.api.format;

import java.util.Objects;
import org.kontingent.connector.api.exchange.ErrorCode;

/** A package of which nothing can be read: not in the format, wrong version, wrong encoding. */
public class UnreadablePackageException extends Exception {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public UnreadablePackageException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public UnreadablePackageException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** MALFORMED, UNSUPPORTED_VERSION, ENCODING, TOO_LARGE or EMPTY. */
    public ErrorCode code() {
        return code;
    }
}
