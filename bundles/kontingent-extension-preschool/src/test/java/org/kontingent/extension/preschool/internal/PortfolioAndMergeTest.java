package org.kontingent.extension.preschool.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
 * The portfolio section {@code preschool} of a child (enrollments and applications, with their
 * names) on a day, and the merge participant moving a duplicate's rows to the kept person and
 * back on undo.
 */
class PortfolioAndMergeTest {
    private static final LocalDate TODAY = PreschoolExtensionTest.TODAY;
    private static PreschoolDatabase database;
    private static PreschoolPortfolio portfolio;
    private static final PreschoolExtension extension = new PreschoolExtension();

    @BeforeAll
    static void start() throws Exception {
        database = PreschoolDatabase.start();
        portfolio = new PreschoolPortfolio(database.dataSource());
        write(1000, 11L, "application", "k-1", "registeredOn", "2023-01-10", "birthDate", "2022-03-10",
                "wantedDate", "2024-09-01", "alternatives", List.of(12), "preferentialCategory", "first-priority",
                "status", "enrolled", "statusDate", "2024-08-20");
        write(1000, 11L, "enrollment", "k-2", "enrolledOn", "2024-09-01", "orderNumber", "12-д", "orderDate", "2024-08-28",
                "stayMode", "full-day", "groupType", "combined", "ageGroup", "middle", "groupSpecifics", "логопедическая");
        write(1000, 12L, "application", "k-3", "registeredOn", "2026-11-01", "birthDate", "2022-03-10",
                "wantedDate", "2027-09-01");
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
    void showsEnrollmentsAndApplicationsWithTheirNames() {
        Map<String, Object> section = portfolio.section(1000, TODAY).orElseThrow();
        assertEquals("preschool", portfolio.id());
        assertEquals(List.of(map("membershipId", 5000L, "organizationId", 11L, "enrolledOn", LocalDate.of(2024, 9, 1),
                "orderNumber", "12-д", "orderDate", LocalDate.of(2024, 8, 28), "programme", "basic",
                "programmeName", "Образовательная программа дошкольного образования", "adapted", false,
                "groupSpecifics", "логопедическая", "stayMode", "full-day", "stayModeName", "Полного дня (10,5–12 часов)",
                "groupType", "combined", "groupTypeName", "Комбинированной направленности", "ageGroup", "middle",
                "ageGroupName", "Средняя группа (4–5 лет)")), section.get("enrollments"));
        assertEquals(List.of(
                map("organizationId", 11L, "alternatives", List.of(12L), "birthDate", LocalDate.of(2022, 3, 10),
                        "registeredOn", LocalDate.of(2023, 1, 10), "wantedDate", LocalDate.of(2024, 9, 1),
                        "preferentialCategory", "first-priority", "preferentialCategoryName", "Первоочередное право",
                        "status", "enrolled", "statusName", "Зачислен", "statusDate", LocalDate.of(2024, 8, 20)),
                map("organizationId", 12L, "alternatives", List.of(), "birthDate", LocalDate.of(2022, 3, 10),
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
    private static List<String> rows(long person) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT t, key FROM (SELECT 'enrollment' t, key, person_id FROM preschool.enrollment"
                        + " UNION ALL SELECT 'application', key, person_id FROM preschool.application) r"
                        + " WHERE person_id = " + person + " ORDER BY t, key")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return rows;
    }

    @Test
    void movesADuplicatesRowsToTheKeptPersonAndBackOnUndo() throws SQLException {
        write(1005, 11L, "enrollment", "d-1", "enrolledOn", "2024-09-01", "stayMode", "short-stay",
                "groupType", "general-developmental", "ageGroup", "middle");
        write(1005, 12L, "application", "d-2", "registeredOn", "2026-11-02", "birthDate", "2022-03-10",
                "wantedDate", "2027-09-01");
        PreschoolMerge merge = new PreschoolMerge();
        assertEquals("preschool", merge.name());
        String moved;
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            moved = merge.merge(c, 1004, 1005);
            c.commit();
        }
        assertTrue(moved.matches("move=[0-9]+ enrollment=1 application=1"), moved);
        assertEquals(List.of(), rows(1005));
        assertEquals(List.of("application d-2", "enrollment d-1"), rows(1004));
        assertTrue(portfolio.section(1004, TODAY).orElseThrow().toString().contains("short-stay"), "the portfolio shows them");

        // written for the kept person after the merge: stays with them on undo
        write(1004, 12L, "application", "d-3", "registeredOn", "2026-11-03", "birthDate", "2021-07-07",
                "wantedDate", "2027-09-01");
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            merge.undo(c, 1004, 1005, moved);
            c.commit();
        }
        assertEquals(List.of("application d-2", "enrollment d-1"), rows(1005));
        assertEquals(List.of("application d-3"), rows(1004));
    }
}
