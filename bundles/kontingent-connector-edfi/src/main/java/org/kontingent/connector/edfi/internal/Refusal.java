package org.kontingent.connector.edfi.internal;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.RecordError;

/** Why an entity cannot be read into a record: a refusal code, the field with the value received, and why. */
final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String field;
    private final String value;

    Refusal(ErrorCode code, String field, String value, String message) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
        this.value = value;
    }

    /** The error naming the record left out. */
    RecordError toError(String record) {
        return new RecordError(code, record, field, value, getMessage());
    }
}
