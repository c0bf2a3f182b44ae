package org.kontingent.extension.additional.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.extension.additional.internal.Entries.mastered;
import static org.kontingent.extension.additional.internal.Entries.programme;
import static org.kontingent.registry.core.testing.EntryData.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.ExtensionTestCase;

/**
 * The organization section: the orientations of the programmes that hold on a day, each with its
 * programmes, learners and pre-professional learners, in the orientations' order.
 */
class AdditionalOrientationsTest extends ExtensionTestCase {
    AdditionalOrientationsTest() {
        super(new AdditionalExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        ExtensionDatabase database = AdditionalDatabase.start();
        database.write(extension, List.of(entry(3, "programme", "pr-1", 3000, 30L, programme()),
                entry(3, "programme", "pr-3", 3000, 30L, data("name", "Хоровое пение", "kind", "general-developmental",
                        "orientation", "artistic", "startsOn", "2025-09-01")),
                entry(3, "programme", "pr-4", 3000, 30L, data("name", "Шахматы", "kind", "general-developmental",
                        "orientation", "physical-culture-and-sport", "startsOn", "2026-09-01")),
                entry(3, "programme", "pr-2", 3001, 31L, mastered())));
        return database;
    }

    @Test
    void anOrganizationsOrientationsCountTheProgrammesAndLearnersOfTheDay() {
        AdditionalOrientations section = new AdditionalOrientations(database.dataSource());
        assertEquals(Optional.of(Map.of("orientations", List.of(
                orientation("physical-culture-and-sport", "Физкультурно-спортивная", 1, 1, 0),
                orientation("artistic", "Художественная", 2, 1, 1)))), section.section(30, TODAY),
                "two artistic programmes of one learner, one of them pre-professional; sport after it in the dictionary's order");
        assertEquals(Optional.of(Map.of("orientations", List.of(orientation("technical", "Техническая", 1, 1, 0)))),
                section.section(31, LocalDate.of(2026, 5, 31)), "the robotics programme on its last day");
        assertEquals(Optional.empty(), section.section(31, TODAY), "mastered on 2026-06-01: over");
    }

    private static Map<String, Object> orientation(String code, String name, int programmes, int learners, int preProfessional) {
        return Map.of("code", code, "name", name, "programmes", programmes, "learners", learners, "preProfessional",
                preProfessional);
    }
}
