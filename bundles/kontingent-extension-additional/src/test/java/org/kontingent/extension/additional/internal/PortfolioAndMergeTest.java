package org.kontingent.extension.additional.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.extension.additional.internal.Entries.application;
import static org.kontingent.extension.additional.internal.Entries.course;
import static org.kontingent.extension.additional.internal.Entries.data;
import static org.kontingent.extension.additional.internal.Entries.document;
import static org.kontingent.extension.additional.internal.Entries.mastered;
import static org.kontingent.extension.additional.internal.Entries.programme;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.extension.ExtensionEntry;

/**
 * The portfolio section {@code additional} of a learner on a day, and the merge participant
 * moving a duplicate's rows to the kept person and back on undo.
 */
class PortfolioAndMergeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static AdditionalDatabase database;
    private static AdditionalPortfolio portfolio;
    private static final AdditionalExtension extension = new AdditionalExtension();

    @BeforeAll
    static void start() throws Exception {
        database = AdditionalDatabase.start();
        portfolio = new AdditionalPortfolio(database.dataSource());
        write(3000, 30, "programme", "pr-1", programme());
        write(3000, 30, "course", "k-1", course());
        write(3000, 30, "course", "k-2", data("programme", "pr-1", "academicYear", "2025-2026", "course",
                "Специальность и чтение с листа", "mark", "4"));
        write(3000, 31, "application", "k-3", application());
        write(3001, 31, "programme", "pr-2", mastered());
        write(3001, 31, "document", "k-4", document());
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
    }

    private static void write(long person, long organization, String entity, String key, Map<String, Object> data)
            throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            extension.write(c, new ExtensionEntry(5, key, entity, person, organization, data, TODAY));
        }
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void showsProgrammesCoursesAndApplicationsKnownOnTheDay() {
        Map<String, Object> section = portfolio.section(3000, TODAY).orElseThrow();
        assertEquals("additional", portfolio.id());
        assertEquals(List.of("programmes", "courses", "applications"), new ArrayList<>(section.keySet()));
        assertEquals(List.of(map("organizationId", 30L, "membershipId", 7000L, "name", "Фортепиано", "kind", "pre-professional",
                "kindName", "Дополнительная предпрофессиональная программа", "orientation", "artistic",
                "orientationName", "Художественная", "adapted", false, "distanceTechnologies", false,
                "federalRequirements", Entries.PIANO_REQUIREMENTS, "hours", 2300, "years", 8, "studyForm", "full-time",
                "startsOn", LocalDate.of(2025, 9, 1), "status", "in-progress", "statusName", "В процессе обучения")),
                section.get("programmes"));
        assertEquals(List.of(
                map("academicYear", "2025-2026", "organizationId", 30L, "course", "Сольфеджио", "programme", "Фортепиано",
                        "status", "in-progress", "statusName", "В процессе обучения", "mark", "5"),
                map("academicYear", "2025-2026", "organizationId", 30L, "course", "Специальность и чтение с листа",
                        "programme", "Фортепиано", "status", "in-progress", "statusName", "В процессе обучения", "mark", "4")),
                section.get("courses"));
        assertEquals(List.of(map("organizationId", 31L, "programme", "Робототехника", "kind", "general-developmental",
                "orientation", "technical", "orientationName", "Техническая", "appliedOn", LocalDate.of(2026, 8, 20),
                "status", "registered", "statusName", "Зарегистрировано")), section.get("applications"));
    }

    @Test
    void showsHowAProgrammeEndedAndItsDocumentOnlyFromTheDayItEnded() {
        Map<String, Object> graduate = portfolio.section(3001, TODAY).orElseThrow();
        assertEquals(List.of("programmes", "documents"), new ArrayList<>(graduate.keySet()));
        Map<?, ?> robotics = (Map<?, ?>) ((List<?>) graduate.get("programmes")).get(0);
        assertEquals(List.of(LocalDate.of(2026, 6, 1), "mastered", "Освоено", "зачёт", true), List.of(robotics.get("endsOn"),
                robotics.get("status"), robotics.get("statusName"), robotics.get("mark"), robotics.get("distanceTechnologies")));
        assertEquals(List.of(map("organizationId", 31L, "kind", "training-certificate", "kindName", "Свидетельство об обучении",
                "series", "ДО-01", "number", "000123", "issuedOn", LocalDate.of(2026, 5, 31), "programme", "Робототехника")),
                graduate.get("documents"));

        Map<String, Object> onTheLastDay = portfolio.section(3001, LocalDate.of(2026, 5, 31)).orElseThrow();
        Map<?, ?> inProgress = (Map<?, ?>) ((List<?>) onTheLastDay.get("programmes")).get(0);
        assertEquals(List.of("in-progress", "В процессе обучения", false, false), List.of(inProgress.get("status"),
                inProgress.get("statusName"), inProgress.containsKey("endsOn"), inProgress.containsKey("mark")),
                "on 31 May the programme was still followed");
        assertEquals(List.of("programmes", "documents"), new ArrayList<>(onTheLastDay.keySet()), "issued on 31 May");
        assertEquals(List.of("programmes"), new ArrayList<>(portfolio.section(3001, LocalDate.of(2026, 5, 30)).orElseThrow()
                .keySet()));
        assertEquals(Optional.empty(), portfolio.section(3001, LocalDate.of(2024, 8, 31)), "before the programme began");
        assertEquals(Optional.empty(), portfolio.section(3000, LocalDate.of(2025, 8, 31)));
        assertEquals(Optional.empty(), portfolio.section(3004, TODAY), "nothing about a pupil");
    }

    private static List<String> rows(long person) throws SQLException {
        return database.column("SELECT t || ' ' || key FROM (SELECT 'programme' t, key, person_id FROM additional.programme"
                + " UNION ALL SELECT 'course', key, person_id FROM additional.course"
                + " UNION ALL SELECT 'document', key, person_id FROM additional.document"
                + " UNION ALL SELECT 'application', key, person_id FROM additional.application) r"
                + " WHERE person_id = " + person + " ORDER BY t, key");
    }

    @Test
    void movesADuplicatesRowsToTheKeptPersonAndBackOnUndo() throws SQLException {
        write(3003, 30, "programme", "d-1", programme());
        write(3003, 30, "course", "d-2", data("programme", "d-1", "academicYear", "2025-2026", "course", "Сольфеджио"));
        write(3003, 30, "document", "d-3", data("kind", "study-certificate", "number", "9", "issuedOn", "2026-05-31"));
        List<String> kept = rows(3002);
        AdditionalMerge merge = new AdditionalMerge();
        assertEquals("additional", merge.name());
        String moved;
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            moved = merge.merge(c, 3002, 3003);
            c.commit();
        }
        assertTrue(moved.matches("move=[0-9]+ application=0 programme=1 course=1 document=1"), moved);
        assertEquals(List.of(), rows(3003));
        List<String> together = new ArrayList<>(kept);
        together.addAll(List.of("course d-2", "document d-3", "programme d-1"));
        assertEquals(together.stream().sorted().toList(), rows(3002));

        // written for the kept person after the merge: stays with them on undo
        write(3002, 31, "application", "d-4", application());
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            merge.undo(c, 3002, 3003, moved);
            c.commit();
        }
        assertEquals(List.of("course d-2", "document d-3", "programme d-1"), rows(3003));
        List<String> after = new ArrayList<>(kept);
        after.add("application d-4");
        assertEquals(after.stream().sorted().toList(), rows(3002));
        try (Connection c = database.dataSource().getConnection()) {
            assertThrows(IllegalArgumentException.class, () -> merge.undo(c, 3002, 3003, "programme=1"));
        }
    }
}
