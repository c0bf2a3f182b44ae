package org.kontingent.connector.netschool.internal;

import org.kontingent.connector.api.exchange.ErrorCode;

/** A field of an API object that keeps its record from being read: which field, its value, and why. */
final class UnreadableField extends Exception {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String field;
    private final String value;

    UnreadableField(ErrorCode code, String field, String value, String message) {
        super(message);
        this.code = code;
        this.field = field;
        this.value = value;
    }

    ErrorCode code() {
        return code;
    }

    String field() {
        return field;
    }

    String value() {
        return value;
    }
}
