package org.kontingent.connector.api.exchange;

import java.util.Objects;

/**
 * One finding about a record of a package: which record, which field, which value, and why.
 *
 * @param record the record, as its list and place with the provider's id, for example
 *        {@code persons[3] (id 4711)}; null for the package as a whole
 * @param field the field's path within the record, for example {@code documents[0].number}, or
 *        null
 * @param value the value as received, or null
 */
public record RecordError(ErrorCode code, String record, String field, String value, String message) {

    public RecordError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** An error about the package as a whole. */
    public static RecordError ofPackage(ErrorCode code, String message) {
        return new RecordError(code, null, null, null, message);
    }
}
