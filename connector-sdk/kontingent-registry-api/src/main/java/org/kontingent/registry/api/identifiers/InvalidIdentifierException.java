package org.kontingent.registry.api.identifiers;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by the {@code parse} methods when a value breaks a rule. It carries the broken rules
 * so that a caller can answer with the same {@link Violation}s as the {@code check} methods.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    /**
     * @param violations the broken rules; at least one
     * @throws IllegalArgumentException if the list is empty
     */
    public InvalidIdentifierException(List<Violation> violations) {
        super(messageOf(violations));
        this.violations = List.copyOf(violations);
    }

    /** @return the broken rules, never empty; the list cannot be changed */
    public List<Violation> violations() {
        return violations;
    }

    private static String messageOf(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("An invalid identifier needs at least one violation");
        }
        return violations.stream().map(Violation::message).collect(Collectors.joining("; "));
    }
}
