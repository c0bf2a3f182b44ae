package org.kontingent.extension.vocational.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.extension.vocational.internal.Entries.courseTransfer;
import static org.kontingent.extension.vocational.internal.Entries.programme;
import static org.kontingent.registry.core.testing.EntryData.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.ExtensionTestCase;

/**
 * The organization section: a college's specialties on a day, its students by course — the course
 * of the academic year's programme, or of a later transfer in that year — counting only students
 * whose membership holds on the day.
 */
class VocationalSpecialtiesTest extends ExtensionTestCase {
    VocationalSpecialtiesTest() {
        super(new VocationalExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        ExtensionDatabase database = VocationalDatabase.start();
        database.write(extension, List.of(entry(3, "programme", "p-1", 2000, 20L, programme()),
                entry(3, "course-transfer", "t-1", 2000, 20L, courseTransfer()),
                entry(3, "programme", "p-0", 2000, 20L, data("kind", "mid-level-specialists", "specialty", "08.02.01",
                        "academicYear", "2025-2026", "course", 1)),
                entry(3, "programme", "p-g", 2001, 20L, data("kind", "mid-level-specialists", "specialty", "08.02.01",
                        "academicYear", "2025-2026", "course", 4)),
                entry(3, "programme", "p-2", 2002, 21L, data("kind", "skilled-workers", "specialty", "43.01.09",
                        "academicYear", "2026-2027", "course", 1))));
        return database;
    }

    @Test
    void aCollegesSpecialtiesCountItsStudentsOfTheDayByCourse() {
        VocationalSpecialties section = new VocationalSpecialties(database.dataSource());
        assertEquals(Optional.of(Map.of("specialties", List.of(specialty(1, List.of(0, 1, 0, 0, 0, 0))))),
                section.section(20, TODAY), "the graduate left in June; the student is on the course of the programme");
        assertEquals(Optional.of(Map.of("specialties", List.of(specialty(2, List.of(1, 0, 0, 1, 0, 0))))),
                section.section(20, LocalDate.of(2026, 3, 1)), "the year before: a first-year student and a graduate-to-be");
        assertEquals(Optional.empty(), section.section(10, TODAY), "a school teaches no specialty");
    }

    private static Map<String, Object> specialty(int learners, List<Integer> byCourse) {
        return Map.of("code", "08.02.01", "name", "Строительство и эксплуатация зданий и сооружений", "kind",
                "mid-level-specialists", "kindName", "Подготовка специалистов среднего звена", "learners", learners,
                "byCourse", byCourse);
    }
}
