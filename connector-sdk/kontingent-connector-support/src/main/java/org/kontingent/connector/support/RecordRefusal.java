package org.kontingent.connector.support;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.RecordError;

/**
 * Why a record cannot be read from what the provider sent: an error code, the field with the value
 * received, and why. Thrown where the field is read and caught where the record is known, which
 * turns it into the record's {@link RecordError}. It carries no stack trace: it is an answer, not
 * a fault.
 */
public final class RecordRefusal extends Exception {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String field;
    private final String value;

    /**
     * @param field the field's path within the record, or null
     * @param value the value as received, or null
     */
    public RecordRefusal(ErrorCode code, String field, String value, String message) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
        this.value = value;
    }

    public ErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }

    /** The error naming the record left out, for example {@code persons[3]}. */
    public RecordError toError(String record) {
        return new RecordError(code, record, field, value, getMessage());
    }
}
