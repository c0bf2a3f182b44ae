package org.kontingent.registry.core.internal;

import java.sql.SQLException;

import org.kontingent.registry.api.identifiers.Violation;

/** The registry's constraints, when the database itself refuses a write, as violations. */
final class ConstraintViolations {
    private ConstraintViolations() {
    }

    /** The violation a constraint error stands for, or null when the error is not a constraint's. */
    static Violation of(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "23P01" -> new Violation("startsOn", null, "period.overlap",
                    "The period overlaps another of the same person in the same organization or class: " + firstLine(e));
            case "23505" -> new Violation("id", null, "record.unique", "The record repeats one the registry holds: " + firstLine(e));
            case "23514", "22001", "22003", "22007", "22008" -> new Violation("id", null, "record.value",
                    "A value is out of its range: " + firstLine(e));
            case "22021", "22P05" -> new Violation("id", null, "text.control",
                    "A text holds a character the registry cannot store: " + firstLine(e));
            case "23503" -> new Violation("id", null, "record.reference", "A referenced record is missing: " + firstLine(e));
            default -> null;
        };
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
