package org.kontingent.extension.additional.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.extension.additional.internal.Entries.application;
import static org.kontingent.extension.additional.internal.Entries.course;
import static org.kontingent.extension.additional.internal.Entries.document;
import static org.kontingent.extension.additional.internal.Entries.mastered;
import static org.kontingent.extension.additional.internal.Entries.programme;
import static org.kontingent.registry.core.testing.EntryData.data;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.PortfolioAndMergeContract;

/**
 * The portfolio section {@code additional} of a learner on a day, and the merge participant
 * moving a duplicate's rows to the kept person and back on undo.
 */
class PortfolioAndMergeTest extends PortfolioAndMergeContract {
    private AdditionalPortfolio portfolio;

    PortfolioAndMergeTest() {
        super(new AdditionalExtension(), new AdditionalMerge(), AdditionalMerge.TABLES);
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return AdditionalDatabase.start();
    }

    @BeforeAll
    void writeTheSections() throws SQLException {
        portfolio = new AdditionalPortfolio(database.dataSource());
        write(3000, 30L, "programme", "pr-1", programme());
        write(3000, 30L, "course", "k-1", course());
        write(3000, 30L, "course", "k-2", data("programme", "pr-1", "academicYear", "2025-2026", "course",
                "Специальность и чтение с листа", "mark", "4"));
        write(3000, 31L, "application", "k-3", application());
        write(3001, 31L, "programme", "pr-2", mastered());
        write(3001, 31L, "document", "k-4", document());
    }

    @Test
    void showsProgrammesCoursesAndApplicationsKnownOnTheDay() {
        Map<String, Object> section = portfolio.section(3000, TODAY).orElseThrow();
        assertEquals("additional", portfolio.id());
        assertEquals(List.of("programmes", "courses", "applications"), new ArrayList<>(section.keySet()));
        assertEquals(List.of(data("organizationId", 30L, "membershipId", 7000L, "name", "Фортепиано", "kind", "pre-professional",
                "kindName", "Дополнительная предпрофессиональная программа", "orientation", "artistic",
                "orientationName", "Художественная", "adapted", false, "distanceTechnologies", false,
                "federalRequirements", Entries.PIANO_REQUIREMENTS, "hours", 2300, "years", 8, "studyForm", "full-time",
                "startsOn", LocalDate.of(2025, 9, 1), "status", "in-progress", "statusName", "В процессе обучения")),
                section.get("programmes"));
        assertEquals(List.of(
                data("academicYear", "2025-2026", "organizationId", 30L, "course", "Сольфеджио", "programme", "Фортепиано",
                        "status", "in-progress", "statusName", "В процессе обучения", "mark", "5"),
                data("academicYear", "2025-2026", "organizationId", 30L, "course", "Специальность и чтение с листа",
                        "programme", "Фортепиано", "status", "in-progress", "statusName", "В процессе обучения", "mark", "4")),
                section.get("courses"));
        assertEquals(List.of(data("organizationId", 31L, "programme", "Робототехника", "kind", "general-developmental",
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
        assertEquals(List.of(data("organizationId", 31L, "kind", "training-certificate", "kindName", "Свидетельство об обучении",
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

    @Override
    protected long keptPerson() {
        return 3002;
    }

    @Override
    protected long mergedPerson() {
        return 3003;
    }

    @Override
    protected List<ExtensionEntry> duplicatesEntries() {
        return List.of(entry(SOURCE, "programme", "d-1", 3003, 30L, programme()),
                entry(SOURCE, "course", "d-2", 3003, 30L, data("programme", "d-1", "academicYear", "2025-2026",
                        "course", "Сольфеджио")),
                entry(SOURCE, "document", "d-3", 3003, 30L, data("kind", "study-certificate", "number", "9",
                        "issuedOn", "2026-05-31")));
    }

    @Override
    protected ExtensionEntry writtenForTheKeptPersonAfterTheMerge() {
        return entry(SOURCE, "application", "d-4", 3002, 31L, application());
    }
}
