package org.kontingent.extension.general.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * The portfolio section {@code general} of a learner (marks by year and subject: current, by
 * period, for the year and final; exams; certificates; programmes; applications) on a day, and
 * the merge participant moving a duplicate's rows to the kept person and back on undo.
 */
class PortfolioAndMergeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static GeneralDatabase database;
    private static GeneralPortfolio portfolio;
    private static final GeneralExtension extension = new GeneralExtension();

    @BeforeAll
    static void start() throws Exception {
        database = GeneralDatabase.start();
        portfolio = new GeneralPortfolio(database.dataSource());
        write(1000, 10L, "mark", "k-1", "academicYear", "2026-2027", "subject", "Математика", "period", "current", "mark", "5",
                "markedOn", "2026-10-30");
        write(1000, 10L, "mark", "k-2", "academicYear", "2026-2027", "subject", "Математика", "period", "current", "mark", "4",
                "markedOn", "2026-11-10");
        write(1000, 10L, "mark", "k-3", "academicYear", "2026-2027", "subject", "Математика", "period", "term-1", "mark", "5");
        write(1000, 10L, "mark", "k-4", "academicYear", "2025-2026", "subject", "Математика", "period", "year", "mark", "4");
        write(1000, 10L, "mark", "k-5", "academicYear", "2025-2026", "subject", "Математика", "period", "final", "mark", "5");
        write(1000, 10L, "mark", "k-6", "academicYear", "2025-2026", "subject", "Музыка", "period", "year", "mark", "зачёт");
        write(1000, 10L, "exam", "k-7", "kind", "oge", "subject", "Математика", "examDate", "2026-06-05", "score", 25, "mark", 5,
                "passed", true);
        write(1000, 10L, "certificate", "k-8", "kind", "basic-general", "series", "А", "number", "12345678",
                "issuedOn", "2026-06-20", "withHonours", false);
        write(1000, 10L, "programme", "k-9", "level", "basic-general", "adapted", false, "studyForm", "full-time", "shift", 2);
        write(1000, 12L, "application", "k-10", "grade", 10, "academicYear", "2027-2028", "registeredOn", "2026-11-01");
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
    }

    private static void write(long person, Long organization, String entity, String key, Object... pairs) throws SQLException {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            data.put((String) pairs[i], pairs[i + 1]);
        }
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
    void showsMarksByYearAndSubjectExamsCertificatesProgrammesAndApplications() {
        Map<String, Object> section = portfolio.section(1000, TODAY).orElseThrow();
        assertEquals("general", portfolio.id());
        assertEquals(List.of("years", "exams", "certificates", "programmes", "applications"), new ArrayList<>(section.keySet()));
        assertEquals(List.of(
                map("academicYear", "2026-2027", "subjects", List.of(map("subject", "Математика", "subjectCode", "mathematics",
                        "organizationId", 10L,
                        "current", List.of(Map.of("markedOn", LocalDate.of(2026, 10, 30), "mark", "5"),
                                Map.of("markedOn", LocalDate.of(2026, 11, 10), "mark", "4")),
                        "periods", map("term-1", Map.of("name", "1 четверть", "mark", "5"))))),
                map("academicYear", "2025-2026", "subjects", List.of(
                        map("subject", "Математика", "subjectCode", "mathematics", "organizationId", 10L, "year", "4", "final", "5"),
                        map("subject", "Музыка", "subjectCode", "music", "organizationId", 10L, "year", "зачёт")))),
                section.get("years"));
        assertEquals(List.of(map("kind", "oge", "kindName", "ОГЭ", "academicYear", "2025-2026", "subject", "Математика",
                "subjectCode", "mathematics", "examDate", LocalDate.of(2026, 6, 5), "score", new BigDecimal("25.00"), "mark", 5,
                "passed", true, "organizationId", 10L)), section.get("exams"));
        assertEquals(List.of(map("kind", "basic-general", "kindName", "Аттестат об основном общем образовании", "series", "А",
                "number", "12345678", "issuedOn", LocalDate.of(2026, 6, 20), "withHonours", false, "organizationId", 10L)),
                section.get("certificates"));
        assertEquals(List.of(map("membershipId", 5000L, "organizationId", 10L, "level", "basic-general",
                "levelName", "Основное общее образование", "adapted", false, "studyForm", "full-time", "shift", 2)),
                section.get("programmes"));
        assertEquals(List.of(map("organizationId", 12L, "grade", 10, "academicYear", "2027-2028",
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

    private static List<String> rows(long person) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT t, key FROM (SELECT 'mark' t, key, person_id FROM general.mark"
                        + " UNION ALL SELECT 'exam', key, person_id FROM general.exam"
                        + " UNION ALL SELECT 'certificate', key, person_id FROM general.certificate"
                        + " UNION ALL SELECT 'programme', key, person_id FROM general.programme"
                        + " UNION ALL SELECT 'application', key, person_id FROM general.application) r"
                        + " WHERE person_id = " + person + " ORDER BY t, key")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return rows;
    }

    @Test
    void movesADuplicatesRowsToTheKeptPersonAndBackOnUndo() throws SQLException {
        write(1005, 10L, "mark", "d-1", "academicYear", "2026-2027", "subject", "Физика", "period", "term-1", "mark", "3");
        write(1005, 10L, "mark", "d-2", "academicYear", "2026-2027", "subject", "Химия", "period", "term-1", "mark", "4");
        write(1005, null, "exam", "d-3", "kind", "oge", "subject", "Физика", "examDate", "2026-06-07", "mark", 3, "passed", true);
        List<String> kept = rows(1004);
        GeneralMerge merge = new GeneralMerge();
        assertEquals("general", merge.name());
        String moved;
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            moved = merge.merge(c, 1004, 1005);
            c.commit();
        }
        assertTrue(moved.matches("move=[0-9]+ mark=2 exam=1 certificate=0 programme=0 application=0"), moved);
        assertEquals(List.of(), rows(1005));
        List<String> together = new ArrayList<>(kept);
        together.addAll(List.of("exam d-3", "mark d-1", "mark d-2"));
        assertEquals(together.stream().sorted().toList(), rows(1004).stream().sorted().toList());
        assertTrue(portfolio.section(1004, TODAY).orElseThrow().toString().contains("Физика"), "the portfolio shows them");

        // written for the kept person after the merge: stays with them on undo
        write(1004, 10L, "mark", "d-4", "academicYear", "2026-2027", "subject", "Физика", "period", "term-2", "mark", "4");
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            merge.undo(c, 1004, 1005, moved);
            c.commit();
        }
        assertEquals(List.of("exam d-3", "mark d-1", "mark d-2"), rows(1005));
        List<String> after = new ArrayList<>(kept);
        after.add("mark d-4");
        assertEquals(after.stream().sorted().toList(), rows(1004).stream().sorted().toList());
    }
}
