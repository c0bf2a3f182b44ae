package org.kontingent.connector.api.pull;

/** A source that cannot be reached or refuses to answer; the call is tried again later. */
public class SourceUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public SourceUnavailableException(String message) {
        super(message);
    }

    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
