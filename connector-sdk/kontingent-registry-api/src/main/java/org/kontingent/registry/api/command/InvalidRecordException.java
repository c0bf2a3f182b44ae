package org.kontingent.registry.api.command;

import java.util.List;
import java.util.stream.Collectors;

import org.kontingent.registry.api.identifiers.Violation;

/**
 * A write refused because the record breaks rules; nothing of it was stored. The REST layer
 * answers 422 with the violations.
 */
public class InvalidRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String record;
    private final transient List<Violation> violations;

    /**
     * @param record which record, for example {@code person 1042} or {@code new organization}
     * @param violations the broken rules; at least one
     */
    public InvalidRecordException(String record, List<Violation> violations) {
        super(record + ": " + violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid record needs at least one violation");
        }
        this.record = record;
        this.violations = List.copyOf(violations);
    }

    public String record() {
        return record;
    }

    public List<Violation> violations() {
        return violations;
    }
}
