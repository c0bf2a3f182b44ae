package org.kontingent.extension.vocational.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.extension.vocational.internal.Entries.application;
import static org.kontingent.extension.vocational.internal.Entries.courseTransfer;
import static org.kontingent.extension.vocational.internal.Entries.diploma;
import static org.kontingent.extension.vocational.internal.Entries.employerProject;
import static org.kontingent.extension.vocational.internal.Entries.employment;
import static org.kontingent.extension.vocational.internal.Entries.mark;
import static org.kontingent.extension.vocational.internal.Entries.programme;
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
 * The portfolio section {@code vocational} of a student on a day, and the merge participant
 * moving a duplicate's rows to the kept person and back on undo.
 */
class PortfolioAndMergeTest extends PortfolioAndMergeContract {
    private VocationalPortfolio portfolio;

    PortfolioAndMergeTest() {
        super(new VocationalExtension(), new VocationalMerge(), VocationalMerge.TABLES);
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return VocationalDatabase.start();
    }

    @BeforeAll
    void writeTheSections() throws SQLException {
        portfolio = new VocationalPortfolio(database.dataSource());
        write(2000, 20L, "programme", "k-1", data("kind", "mid-level-specialists", "specialty", "08.02.01",
                "academicYear", "2025-2026", "course", 1, "studyForm", "full-time"));
        write(2000, 20L, "programme", "k-2", programme());
        write(2000, 20L, "course-transfer", "k-3", courseTransfer());
        write(2000, 20L, "mark", "k-4", mark());
        write(2000, 20L, "employer-project", "k-5", employerProject());
        write(2001, 20L, "diploma", "k-6", diploma());
        write(2001, 20L, "employment", "k-7", employment());
        write(2000, 21L, "application", "k-8", application());
    }

    @Test
    void showsProgrammesTransfersMarksProjectsAndApplicationsKnownOnTheDay() {
        Map<String, Object> section = portfolio.section(2000, TODAY).orElseThrow();
        assertEquals("vocational", portfolio.id());
        assertEquals(List.of("programmes", "courseTransfers", "marks", "employerProjects", "applications"),
                new ArrayList<>(section.keySet()));
        assertEquals(List.of(
                data("academicYear", "2026-2027", "organizationId", 20L, "membershipId", 6000L, "kind", "mid-level-specialists",
                        "kindName", "Подготовка специалистов среднего звена", "specialty", "08.02.01",
                        "specialtyName", "Строительство и эксплуатация зданий и сооружений", "course", 2, "length", 4,
                        "qualification", "Техник", "adapted", false, "studyForm", "full-time", "distanceOnly", false,
                        "specialEquipment", false),
                data("academicYear", "2025-2026", "organizationId", 20L, "membershipId", 6000L, "kind", "mid-level-specialists",
                        "kindName", "Подготовка специалистов среднего звена", "specialty", "08.02.01",
                        "specialtyName", "Строительство и эксплуатация зданий и сооружений", "course", 1, "length", 4,
                        "adapted", false, "studyForm", "full-time", "distanceOnly", false, "specialEquipment", false)),
                section.get("programmes"));
        assertEquals(List.of(data("organizationId", 20L, "fromCourse", 1, "toCourse", 2,
                "transferredOn", LocalDate.of(2026, 9, 1), "orderNumber", "145-к", "orderDate", LocalDate.of(2026, 8, 28))),
                section.get("courseTransfers"));
        assertEquals(List.of(data("academicYear", "2025-2026", "organizationId", 20L, "course", 1,
                "discipline", "Инженерная графика", "mark", "4")), section.get("marks"));
        assertEquals(List.of(data("academicYear", "2025-2026", "organizationId", 20L, "project", "Проект жилого квартала",
                "employer", "ООО «СтройИнвест»", "involvement", "execution", "involvementName",
                "Самостоятельное выполнение части проекта", "result", "Раздел сметы")), section.get("employerProjects"));
        assertEquals(List.of(data("organizationId", 21L, "specialty", "08.02.01", "specialtyName",
                "Строительство и эксплуатация зданий и сооружений", "course", 1, "studyForm", "full-time",
                "appliedOn", LocalDate.of(2026, 6, 20), "academicYear", "2026-2027", "status", "registered",
                "statusName", "Зарегистрировано")), section.get("applications"));
    }

    @Test
    void showsAGraduatesDiplomaAndEmploymentAndOnlyWhatWasKnownOnTheDay() {
        Map<String, Object> graduate = portfolio.section(2001, TODAY).orElseThrow();
        assertEquals(List.of("diplomas", "employment"), new ArrayList<>(graduate.keySet()));
        assertEquals(List.of(data("organizationId", 20L, "kind", "diploma", "kindName",
                "Диплом о среднем профессиональном образовании", "series", "112204", "number", "0012345",
                "issuedOn", LocalDate.of(2026, 6, 29), "withHonours", true, "qualification", "Техник",
                "specialty", "08.02.01", "specialtyName", "Строительство и эксплуатация зданий и сооружений")),
                graduate.get("diplomas"));
        assertEquals(List.of(data("organizationId", 20L, "individualPlan", true, "contractEnterprise", "ООО «СтройИнвест»",
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

    @Override
    protected long keptPerson() {
        return 2002;
    }

    @Override
    protected long mergedPerson() {
        return 2003;
    }

    @Override
    protected List<ExtensionEntry> duplicatesEntries() {
        return List.of(entry(SOURCE, "mark", "d-1", 2003, 20L, mark()),
                entry(SOURCE, "diploma", "d-2", 2003, 20L, diploma()),
                entry(SOURCE, "employment", "d-3", 2003, 20L, data("individualPlan", true)));
    }

    @Override
    protected ExtensionEntry writtenForTheKeptPersonAfterTheMerge() {
        return entry(SOURCE, "mark", "d-4", 2002, 21L, mark());
    }
}
