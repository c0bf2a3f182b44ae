package org.kontingent.platform.api.rest;

import java.util.List;
import java.util.Objects;

/**
 * The body of every error answer: a stable code for programs, plain words for people and,
 * for invalid input, the offending places.
 *
 * @param code stable machine-readable code, e.g. {@code plugin.not-found}
 * @param message what went wrong, in plain words, naming the record and the field
 * @param violations the individual problems with the input; empty when there is one cause
 */
public record ApiError(String code, String message, List<Violation> violations) {

    public ApiError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static ApiError of(String code, String message) {
        return new ApiError(code, message, List.of());
    }

    /**
     * One problem with the input.
     *
     * @param record which record (e.g. a learner's id or a row number); null when not applicable
     * @param field the field's name or path
     * @param value the rejected value as received; null when it was missing
     * @param rule a stable machine code of the broken rule, e.g. {@code snils.checksum}; null when there is none
     * @param message why it was rejected
     */
    public record Violation(String record, String field, String value, String rule, String message) {

        /** A violation without a rule code. */
        public Violation(String record, String field, String value, String message) {
            this(record, field, value, null, message);
        }
    }
}
