package org.kontingent.extension.vocational.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.extension.vocational.internal.Entries.application;
import static org.kontingent.extension.vocational.internal.Entries.courseTransfer;
import static org.kontingent.extension.vocational.internal.Entries.data;
import static org.kontingent.extension.vocational.internal.Entries.diploma;
import static org.kontingent.extension.vocational.internal.Entries.employerProject;
import static org.kontingent.extension.vocational.internal.Entries.employment;
import static org.kontingent.extension.vocational.internal.Entries.mark;
import static org.kontingent.extension.vocational.internal.Entries.programme;

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
 * The portfolio section {@code vocational} of a student on a day, and the merge participant
 * moving a duplicate's rows to the kept person and back on undo.
 */
class PortfolioAndMergeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static VocationalDatabase database;
    private static VocationalPortfolio portfolio;
    private static final VocationalExtension extension = new VocationalExtension();

    @BeforeAll
    static void start() throws Exception {
        database = VocationalDatabase.start();
        portfolio = new VocationalPortfolio(database.dataSource());
        write(2000, 20, "programme", "k-1", data("kind", "mid-level-specialists", "specialty", "08.02.01",
                "academicYear", "2025-2026", "course", 1, "studyForm", "full-time"));
        write(2000, 20, "programme", "k-2", programme());
        write(2000, 20, "course-transfer", "k-3", courseTransfer());
        write(2000, 20, "mark", "k-4", mark());
        write(2000, 20, "employer-project", "k-5", employerProject());
        write(2001, 20, "diploma", "k-6", diploma());
        write(2001, 20, "employment", "k-7", employment());
        write(2000, 21, "application", "k-8", application());
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
    void showsProgrammesTransfersMarksProjectsAndApplicationsKnownOnTheDay() {
        Map<String, Object> section = portfolio.section(2000, TODAY).orElseThrow();
        assertEquals("vocational", portfolio.id());
        assertEquals(List.of("programmes", "courseTransfers", "marks", "employerProjects", "applications"),
                new ArrayList<>(section.keySet()));
        assertEquals(List.of(
                map("academicYear", "2026-2027", "organizationId", 20L, "membershipId", 6000L, "kind", "mid-level-specialists",
                        "kindName", "Подготовка специалистов среднего звена", "specialty", "08.02.01",
                        "specialtyName", "Строительство и эксплуатация зданий и сооружений", "course", 2, "length", 4,
                        "qualification", "Техник", "adapted", false, "studyForm", "full-time", "distanceOnly", false,
                        "specialEquipment", false),
                map("academicYear", "2025-2026", "organizationId", 20L, "membershipId", 6000L, "kind", "mid-level-specialists",
                        "kindName", "Подготовка специалистов среднего звена", "specialty", "08.02.01",
                        "specialtyName", "Строительство и эксплуатация зданий и сооружений", "course", 1, "length", 4,
                        "adapted", false, "studyForm", "full-time", "distanceOnly", false, "specialEquipment", false)),
                section.get("programmes"));
        assertEquals(List.of(map("organizationId", 20L, "fromCourse", 1, "toCourse", 2,
                "transferredOn", LocalDate.of(2026, 9, 1), "orderNumber", "145-к", "orderDate", LocalDate.of(2026, 8, 28))),
                section.get("courseTransfers"));
        assertEquals(List.of(map("academicYear", "2025-2026", "organizationId", 20L, "course", 1,
                "discipline", "Инженерная графика", "mark", "4")), section.get("marks"));
        assertEquals(List.of(map("academicYear", "2025-2026", "organizationId", 20L, "project", "Проект жилого квартала",
                "employer", "ООО «СтройИнвест»", "involvement", "execution", "involvementName",
                "Самостоятельное выполнение части проекта", "result", "Раздел сметы")), section.get("employerProjects"));
        assertEquals(List.of(map("organizationId", 21L, "specialty", "08.02.01", "specialtyName",
                "Строительство и эксплуатация зданий и сооружений", "course", 1, "studyForm", "full-time",
                "appliedOn", LocalDate.of(2026, 6, 20), "academicYear", "2026-2027", "status", "registered",
                "statusName", "Зарегистрировано")), section.get("applications"));
    }

    @Test
    void showsAGraduatesDiplomaAndEmploymentAndOnlyWhatWasKnownOnTheDay() {
        Map<String, Object> graduate = portfolio.section(2001, TODAY).orElseThrow();
        assertEquals(List.of("diplomas", "employment"), new ArrayList<>(graduate.keySet()));
        assertEquals(List.of(map("organizationId", 20L, "kind", "diploma", "kindName",
                "Диплом о среднем профессиональном образовании", "series", "112204", "number", "0012345",
                "issuedOn", LocalDate.of(2026, 6, 29), "withHonours", true, "qualification", "Техник",
                "specialty", "08.02.01", "specialtyName", "Строительство и эксплуатация зданий и сооружений")),
                graduate.get("diplomas"));
        assertEquals(List.of(map("organizationId", 20L, "individualPlan", true, "contractEnterprise", "ООО «СтройИнвест»",
                "contractOwnership", "private", "actualEmployer", "ООО «СтройИнвест»", "quotaWorkplace", false,
                "employedOn", LocalDate.of(2026, 8, 1))), graduate.get("employment"));
        assertEquals(List.of("diplomas"), new ArrayList<>(portfolio.section(2001, LocalDate.of(2026, 7, 1)).orElseThrow()
                .keySet()), "not employed yet on 1 July");
        assertEquals(Optional.empty(), portfolio.section(2001, LocalDate.of(2026, 6, 1)));
        Map<String, Object> lastYear = portfolio.section(2000, LocalDate.of(2026, 5, 1)).orElseThrow();
        assertEquals(List.of("programmes", "marks", "employerProjects"), new ArrayList<>(lastYear.keySet()));
        assertEquals(1, ((List<?>) lastYear.get("programmes")).size(), "the programme of 2026-2027 not yet");
        assertEquals(Optional.empty(), portfolio.section(2004, TODAY), "nothing about a pupil");
    }

    private static List<String> rows(long person) throws SQLException {
        return database.column("SELECT t || ' ' || key FROM (SELECT 'programme' t, key, person_id FROM vocational.programme"
                + " UNION ALL SELECT 'mark', key, person_id FROM vocational.mark"
                + " UNION ALL SELECT 'diploma', key, person_id FROM vocational.diploma"
                + " UNION ALL SELECT 'employment', key, person_id FROM vocational.employment"
                + " UNION ALL SELECT 'application', key, person_id FROM vocational.application) r"
                + " WHERE person_id = " + person + " ORDER BY t, key");
    }

    @Test
    void movesADuplicatesRowsToTheKeptPersonAndBackOnUndo() throws SQLException {
        write(2003, 20, "mark", "d-1", mark());
        write(2003, 20, "diploma", "d-2", diploma());
        write(2003, 20, "employment", "d-3", data("individualPlan", true));
        List<String> kept = rows(2002);
        VocationalMerge merge = new VocationalMerge();
        assertEquals("vocational", merge.name());
        String moved;
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            moved = merge.merge(c, 2002, 2003);
            c.commit();
        }
        assertTrue(moved.matches("move=[0-9]+ application=0 programme=0 course_transfer=0 mark=1 diploma=1"
                + " employer_project=0 employment=1"), moved);
        assertEquals(List.of(), rows(2003));
        List<String> together = new ArrayList<>(kept);
        together.addAll(List.of("diploma d-2", "employment d-3", "mark d-1"));
        assertEquals(together.stream().sorted().toList(), rows(2002));

        // written for the kept person after the merge: stays with them on undo
        write(2002, 21, "mark", "d-4", mark());
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            merge.undo(c, 2002, 2003, moved);
            c.commit();
        }
        assertEquals(List.of("diploma d-2", "employment d-3", "mark d-1"), rows(2003));
        List<String> after = new ArrayList<>(kept);
        after.add("mark d-4");
        assertEquals(after.stream().sorted().toList(), rows(2002));
        try (Connection c = database.dataSource().getConnection()) {
            assertThrows(IllegalArgumentException.class, () -> merge.undo(c, 2002, 2003, "mark=1"));
        }
    }
}
