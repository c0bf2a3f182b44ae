package org.kontingent.extension.general.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.registry.core.testing.EntryData.data;

import java.math.BigDecimal;
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
 * The portfolio section {@code general} of a learner (marks by year and subject: current, by
 * period, for the year and final; exams; certificates; programmes; applications) on a day, and
 * the merge participant moving a duplicate's rows to the kept person and back on undo.
 */
class PortfolioAndMergeTest extends PortfolioAndMergeContract {
    private GeneralPortfolio portfolio;

    PortfolioAndMergeTest() {
        super(new GeneralExtension(), new GeneralMerge(), GeneralMerge.TABLES);
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return GeneralDatabase.start();
    }

    @BeforeAll
    void writeTheSections() throws SQLException {
        portfolio = new GeneralPortfolio(database.dataSource());
        write(1000, 10L, "mark", "k-1", data("academicYear", "2026-2027", "subject", "Математика", "period", "current",
                "mark", "5", "markedOn", "2026-10-30"));
        write(1000, 10L, "mark", "k-2", data("academicYear", "2026-2027", "subject", "Математика", "period", "current",
                "mark", "4", "markedOn", "2026-11-10"));
        write(1000, 10L, "mark", "k-3", data("academicYear", "2026-2027", "subject", "Математика", "period", "term-1",
                "mark", "5"));
        write(1000, 10L, "mark", "k-4", data("academicYear", "2025-2026", "subject", "Математика", "period", "year",
                "mark", "4"));
        write(1000, 10L, "mark", "k-5", data("academicYear", "2025-2026", "subject", "Математика", "period", "final",
                "mark", "5"));
        write(1000, 10L, "mark", "k-6", data("academicYear", "2025-2026", "subject", "Музыка", "period", "year",
                "mark", "зачёт"));
        write(1000, 10L, "exam", "k-7", data("kind", "oge", "subject", "Математика", "examDate", "2026-06-05",
                "score", 25, "mark", 5, "passed", true));
        write(1000, 10L, "certificate", "k-8", data("kind", "basic-general", "series", "А", "number", "12345678",
                "issuedOn", "2026-06-20", "withHonours", false));
        write(1000, 10L, "programme", "k-9", data("level", "basic-general", "adapted", false, "studyForm", "full-time",
                "shift", 2));
        write(1000, 12L, "application", "k-10", data("grade", 10, "academicYear", "2027-2028",
                "registeredOn", "2026-11-01"));
    }

    @Test
    void showsMarksByYearAndSubjectExamsCertificatesProgrammesAndApplications() {
        Map<String, Object> section = portfolio.section(1000, TODAY).orElseThrow();
        assertEquals("general", portfolio.id());
        assertEquals(List.of("years", "exams", "certificates", "programmes", "applications"), new ArrayList<>(section.keySet()));
        assertEquals(List.of(
                data("academicYear", "2026-2027", "subjects", List.of(data("subject", "Математика", "subjectCode", "mathematics",
                        "organizationId", 10L,
                        "current", List.of(Map.of("markedOn", LocalDate.of(2026, 10, 30), "mark", "5"),
                                Map.of("markedOn", LocalDate.of(2026, 11, 10), "mark", "4")),
                        "periods", data("term-1", Map.of("name", "1 четверть", "mark", "5"))))),
                data("academicYear", "2025-2026", "subjects", List.of(
                        data("subject", "Математика", "subjectCode", "mathematics", "organizationId", 10L, "year", "4", "final", "5"),
                        data("subject", "Музыка", "subjectCode", "music", "organizationId", 10L, "year", "зачёт")))),
                section.get("years"));
        assertEquals(List.of(data("kind", "oge", "kindName", "ОГЭ", "academicYear", "2025-2026", "subject", "Математика",
                "subjectCode", "mathematics", "examDate", LocalDate.of(2026, 6, 5), "score", new BigDecimal("25.00"), "mark", 5,
                "passed", true, "organizationId", 10L)), section.get("exams"));
        assertEquals(List.of(data("kind", "basic-general", "kindName", "Аттестат об основном общем образовании", "series", "А",
                "number", "12345678", "issuedOn", LocalDate.of(2026, 6, 20), "withHonours", false, "organizationId", 10L)),
                section.get("certificates"));
        assertEquals(List.of(data("membershipId", 5000L, "organizationId", 10L, "level", "basic-general",
                "levelName", "Основное общее образование", "adapted", false, "studyForm", "full-time", "shift", 2)),
                section.get("programmes"));
        assertEquals(List.of(data("organizationId", 12L, "grade", 10, "academicYear", "2027-2028",
                "registeredOn", LocalDate.of(2026, 11, 1), "status", "registered", "statusName", "Зарегистрировано")),
                section.get("applications"));
    }

    @Test
    void showsWhatWasKnownOnTheDayAsked() {
        Map<String, Object> section = portfolio.section(1000, LocalDate.of(2026, 11, 1)).orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> mathematics = (Map<String, Object>) ((List<?>) ((Map<?, ?>) ((List<?>) section.get("years")).get(0))
                .get("subjects")).get(0);
        assertEquals(List.of(Map.of("markedOn", LocalDate.of(2026, 10, 30), "mark", "5")), mathematics.get("current"),
                "the mark of 10 November is not known on 1 November");
        Map<String, Object> before = portfolio.section(1000, LocalDate.of(2026, 5, 1)).orElseThrow();
        assertEquals(List.of("years", "programmes"), new ArrayList<>(before.keySet()),
                "no exam, certificate, application yet; a programme sent without its first day is always shown");
        assertEquals(1, ((List<?>) before.get("years")).size(), "the year 2025-2026 only");
        assertEquals(Optional.empty(), portfolio.section(1002, TODAY), "nothing known about 1002");
    }

    @Override
    protected long keptPerson() {
        return 1004;
    }

    @Override
    protected long mergedPerson() {
        return 1005;
    }

    @Override
    protected List<ExtensionEntry> duplicatesEntries() {
        return List.of(entry(SOURCE, "mark", "d-1", 1005, 10L, data("academicYear", "2026-2027", "subject", "Физика",
                        "period", "term-1", "mark", "3")),
                entry(SOURCE, "mark", "d-2", 1005, 10L, data("academicYear", "2026-2027", "subject", "Химия",
                        "period", "term-1", "mark", "4")),
                entry(SOURCE, "exam", "d-3", 1005, null, data("kind", "oge", "subject", "Физика", "examDate", "2026-06-07",
                        "mark", 3, "passed", true)));
    }

    @Override
    protected ExtensionEntry writtenForTheKeptPersonAfterTheMerge() {
        return entry(SOURCE, "mark", "d-4", 1004, 10L, data("academicYear", "2026-2027", "subject", "Физика", "period", "term-2",
                "mark", "4"));
    }

    @Override
    protected void assertTheKeptPersonsSectionAfterTheMerge() {
        assertTrue(portfolio.section(1004, TODAY).orElseThrow().toString().contains("Физика"), "the portfolio shows them");
    }
}
