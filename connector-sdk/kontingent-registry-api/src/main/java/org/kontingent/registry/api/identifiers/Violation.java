package org.kontingent.registry.api.identifiers;

import java.io.Serializable;
import java.util.Objects;

/**
 * One broken rule of one field.
 *
 * @param field   the field the rule is about, for example {@code snils} or {@code document.series}
 * @param value   the value as it was received, before any normalization; may be {@code null}
 * @param rule    a stable machine code of the rule, for example {@code snils.checksum} or {@code required}
 * @param message plain English words naming the field, the value and what is expected
 */
public record Violation(String field, String value, String rule, String message) implements Serializable {

    /** The rule code of a value that is missing or blank. */
    public static final String REQUIRED = "required";

    private static final long serialVersionUID = 1L;

    /** Checks that everything except the value is given. */
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A violation of the {@link #REQUIRED} rule.
     *
     * @param field the field that is missing
     * @param value the value as received: {@code null} or blank
     * @param what  how the message names the field, for example {@code СНИЛС} or {@code Passport number}
     * @return the violation
     */
    public static Violation required(String field, String value, String what) {
        return new Violation(field, value, REQUIRED, what + " is required");
    }
}
