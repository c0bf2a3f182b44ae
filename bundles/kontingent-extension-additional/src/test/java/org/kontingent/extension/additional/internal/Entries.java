package org.kontingent.extension.additional.internal;

import static org.kontingent.registry.core.testing.EntryData.data;

import java.util.Map;

/** Valid data of each entity for the tests. */
final class Entries {
    static final String PIANO_REQUIREMENTS = "ФГТ к дополнительной предпрофессиональной программе в области музыкального"
            + " искусства «Фортепиано»";

    private Entries() {
    }

    static Map<String, Object> application() {
        return data("programme", "Робототехника", "kind", "general-developmental", "orientation", "technical",
                "appliedOn", "2026-08-20");
    }

    /** The pre-professional piano programme of the arts school, begun on 2025-09-01, in progress. */
    static Map<String, Object> programme() {
        return data("name", "Фортепиано", "kind", "pre-professional", "orientation", "artistic", "federalRequirements",
                PIANO_REQUIREMENTS, "hours", 2300, "years", 8, "studyForm", "full-time", "startsOn", "2025-09-01",
                "distanceTechnologies", false);
    }

    /** A general developmental robotics programme of two years, mastered on its end, 2026-06-01. */
    static Map<String, Object> mastered() {
        return data("name", "Робототехника", "kind", "general-developmental", "orientation", "technical", "hours", 144,
                "years", 2, "startsOn", "2024-09-01", "endsOn", "2026-06-01", "status", "mastered", "mark", "зачёт",
                "distanceTechnologies", true);
    }

    /** Solfeggio of the piano programme {@code pr-1} in 2025-2026. */
    static Map<String, Object> course() {
        return data("programme", "pr-1", "academicYear", "2025-2026", "course", "Сольфеджио", "status", "in-progress",
                "mark", "5");
    }

    /** The certificate of training on the robotics programme {@code pr-2}. */
    static Map<String, Object> document() {
        return data("kind", "training-certificate", "series", "ДО-01", "number", "000123", "issuedOn", "2026-05-31",
                "programme", "pr-2");
    }
}
