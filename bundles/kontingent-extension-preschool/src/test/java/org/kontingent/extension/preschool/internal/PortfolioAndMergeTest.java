package org.kontingent.extension.preschool.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
 * The portfolio section {@code preschool} of a child (enrollments and applications, with their
 * names) on a day, and the merge participant moving a duplicate's rows to the kept person and
 * back on undo.
 */
class PortfolioAndMergeTest extends PortfolioAndMergeContract {
    private PreschoolPortfolio portfolio;

    PortfolioAndMergeTest() {
        super(new PreschoolExtension(), new PreschoolMerge(), PreschoolMerge.TABLES);
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return PreschoolDatabase.start();
    }

    @BeforeAll
    void writeTheSections() throws SQLException {
        portfolio = new PreschoolPortfolio(database.dataSource());
        write(1000, 11L, "application", "k-1", data("registeredOn", "2023-01-10", "birthDate", "2022-03-10",
                "wantedDate", "2024-09-01", "alternatives", List.of(12), "preferentialCategory", "first-priority",
                "status", "enrolled", "statusDate", "2024-08-20"));
        write(1000, 11L, "enrollment", "k-2", data("enrolledOn", "2024-09-01", "orderNumber", "12-д", "orderDate", "2024-08-28",
                "stayMode", "full-day", "groupType", "combined", "ageGroup", "middle", "groupSpecifics", "логопедическая"));
        write(1000, 12L, "application", "k-3", data("registeredOn", "2026-11-01", "birthDate", "2022-03-10",
                "wantedDate", "2027-09-01"));
    }

    @Test
    void showsEnrollmentsAndApplicationsWithTheirNames() {
        Map<String, Object> section = portfolio.section(1000, TODAY).orElseThrow();
        assertEquals("preschool", portfolio.id());
        assertEquals(List.of(data("membershipId", 5000L, "organizationId", 11L, "enrolledOn", LocalDate.of(2024, 9, 1),
                "orderNumber", "12-д", "orderDate", LocalDate.of(2024, 8, 28), "programme", "basic",
                "programmeName", "Образовательная программа дошкольного образования", "adapted", false,
                "groupSpecifics", "логопедическая", "stayMode", "full-day", "stayModeName", "Полного дня (10,5–12 часов)",
                "groupType", "combined", "groupTypeName", "Комбинированной направленности", "ageGroup", "middle",
                "ageGroupName", "Средняя группа (4–5 лет)")), section.get("enrollments"));
        assertEquals(List.of(
                data("organizationId", 11L, "alternatives", List.of(12L), "birthDate", LocalDate.of(2022, 3, 10),
                        "registeredOn", LocalDate.of(2023, 1, 10), "wantedDate", LocalDate.of(2024, 9, 1),
                        "preferentialCategory", "first-priority", "preferentialCategoryName", "Первоочередное право",
                        "status", "enrolled", "statusName", "Зачислен", "statusDate", LocalDate.of(2024, 8, 20)),
                data("organizationId", 12L, "alternatives", List.of(), "birthDate", LocalDate.of(2022, 3, 10),
                        "registeredOn", LocalDate.of(2026, 11, 1), "wantedDate", LocalDate.of(2027, 9, 1),
                        "status", "waiting", "statusName", "Ожидает места (в очереди)",
                        "statusDate", LocalDate.of(2026, 11, 1))), section.get("applications"));
    }

    @Test
    void showsOnlyWhatWasKnownOnTheDayAsked() {
        Map<String, Object> before = portfolio.section(1000, LocalDate.of(2024, 8, 31)).orElseThrow();
        assertEquals(List.of("applications"), new ArrayList<>(before.keySet()), "not enrolled yet");
        assertEquals(1, ((List<?>) before.get("applications")).size());
        assertEquals(Optional.empty(), portfolio.section(1000, LocalDate.of(2023, 1, 9)), "nothing known yet");
        assertEquals(Optional.empty(), portfolio.section(1003, TODAY), "nothing about 1003: no section");
    }

    /** The keys of the rows of each table that are the person's, as "table key". */
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
        return List.of(entry(SOURCE, "enrollment", "d-1", 1005, 11L, data("enrolledOn", "2024-09-01", "stayMode", "short-stay",
                        "groupType", "general-developmental", "ageGroup", "middle")),
                entry(SOURCE, "application", "d-2", 1005, 12L, data("registeredOn", "2026-11-02", "birthDate", "2022-03-10",
                        "wantedDate", "2027-09-01")));
    }

    @Override
    protected ExtensionEntry writtenForTheKeptPersonAfterTheMerge() {
        return entry(SOURCE, "application", "d-3", 1004, 12L, data("registeredOn", "2026-11-03", "birthDate", "2021-07-07",
                "wantedDate", "2027-09-01"));
    }

    @Override
    protected void assertTheKeptPersonsSectionAfterTheMerge() {
        assertTrue(portfolio.section(1004, TODAY).orElseThrow().toString().contains("short-stay"), "the portfolio shows them");
    }
}
