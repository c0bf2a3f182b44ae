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
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.batch.BatchOutcome;
import org.kontingent.registry.api.batch.EntryOutcome;
import org.kontingent.registry.api.batch.EntryOutcome.Result;
import org.kontingent.registry.api.command.PersonData;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.identity.Merge;
import org.kontingent.registry.core.internal.JdbcPersonIdentity;
import org.kontingent.registry.core.internal.JdbcPersonQueries;
import org.kontingent.registry.core.internal.JdbcRegistryBatches;
import org.kontingent.registry.core.testing.RegistryDatabase;

/**
 * The extension's services bound to the registry's own: a batch through
 * {@link JdbcRegistryBatches} (as the gateway applies a package) with a child, their membership,
 * enrollment and application applies whole, the enrollment attached to the membership of the same
 * batch, a bad entry refused alone, the same batch again changing nothing; the person's portfolio
 * ({@code PersonQueries.sections}) carries the section {@code preschool}; a merge through
 * {@code PersonIdentity} moves the duplicate's rows and its undo moves them back.
 */
class RegistryServicesTest {
    private static final LocalDate TODAY = PreschoolExtensionTest.TODAY;
    private static PreschoolDatabase database;
    private static JdbcRegistryBatches batches;
    private static JdbcPersonIdentity identity;
    private static JdbcPersonQueries queries;

    @BeforeAll
    static void start() throws Exception {
        database = PreschoolDatabase.start();
        batches = new JdbcRegistryBatches(database.dataSource(), RegistryDatabase.schema());
        batches.addExtension(new PreschoolExtension());
        identity = new JdbcPersonIdentity(database.dataSource(), RegistryDatabase.schema());
        identity.addParticipant(new PreschoolMerge());
        queries = new JdbcPersonQueries(database.dataSource(), RegistryDatabase.schema());
        queries.addSection(new PreschoolPortfolio(database.dataSource()));
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
    }

    private static List<String> enrollments(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    @Test
    void appliesAChildWithTheirMembershipEnrollmentAndApplicationTogetherAndRefusesABadEntryAlone() throws SQLException {
        Source source = Source.provider("queue-p", "Электронная очередь");
        Batch batch = new Batch(
                List.of(new Batch.PersonEntry("p-1", new PersonData("Зайцева", "Ольга", "Игоревна", LocalDate.of(2023, 6, 6),
                        "F", null, "RU", null, null, null, null, null, List.of()))),
                List.of(), List.of(),
                List.of(new Batch.MembershipEntry("ms-1", "p-1", 11, "learner", LocalDate.of(2026, 9, 1), null, "full-time",
                        null, null, null, null)),
                List.of(new Batch.ExtensionEntry("b-1", "preschool", "enrollment", "p-1", 11L, Map.of("enrolledOn",
                                "2026-09-01", "stayMode", "full-day", "groupType", "general-developmental", "ageGroup", "early")),
                        new Batch.ExtensionEntry("b-2", "preschool", "application", "p-1", 12L, Map.of("registeredOn",
                                "2026-10-01", "birthDate", "2023-06-06", "wantedDate", "2027-09-01")),
                        new Batch.ExtensionEntry("b-3", "preschool", "enrollment", "p-1", 11L, Map.of("enrolledOn",
                                "2026-09-01", "stayMode", "night", "groupType", "general-developmental", "ageGroup", "early"))));
        BatchOutcome first = batches.apply(batch, source);
        assertEquals(List.of("PERSON CREATED", "MEMBERSHIP CREATED", "EXTENSION CREATED []", "EXTENSION CREATED []",
                "EXTENSION REFUSED [stayMode dictionary.stay-mode]"), outcomes(first), first.toString());
        assertEquals(List.of("b-1 early true"), enrollments("SELECT e.key || ' ' || e.age_group || ' ' || (e.membership_id ="
                + " (SELECT m.id FROM registry.membership m WHERE m.person_id = e.person_id AND m.organization_id = 11))"
                + " FROM preschool.enrollment e WHERE e.key LIKE 'b-%' ORDER BY e.key"), "attached to the membership of the batch");

        BatchOutcome again = batches.apply(batch, source);
        assertEquals(List.of(Result.UNCHANGED, Result.UNCHANGED, Result.REFUSED), again.entries().stream()
                .filter(e -> e.kind() == EntryOutcome.Kind.EXTENSION).map(EntryOutcome::result).toList(), again.toString());
    }

    private static List<String> outcomes(BatchOutcome outcome) {
        return outcome.entries().stream().map(e -> e.kind() + " " + e.result() + (e.kind() == EntryOutcome.Kind.EXTENSION
                ? " " + (e.result() == Result.REFUSED ? e.violations() : e.notices()).stream()
                        .map(v -> v.field() + " " + v.rule()).toList() : "")).toList();
    }

    @Test
    void thePortfolioCarriesTheSectionAndAMergeAndItsUndoMoveTheRows() throws SQLException {
        PreschoolExtension extension = new PreschoolExtension();
        try (Connection c = database.dataSource().getConnection()) {
            extension.write(c, new ExtensionEntry(9, "r-1", "enrollment", 1000, 11L,
                    Map.of("enrolledOn", "2024-09-01", "stayMode", "full-day", "groupType", "general-developmental",
                            "ageGroup", "middle"), TODAY));
            extension.write(c, new ExtensionEntry(9, "r-2", "application", 1005, 12L,
                    Map.of("registeredOn", "2026-11-01", "birthDate", "2022-03-10", "wantedDate", "2027-09-01"), TODAY));
        }
        assertEquals(List.of("preschool"), List.copyOf(queries.sections(1000, TODAY).keySet()));
        assertEquals(Map.of(), queries.sections(1003, TODAY), "nothing about 1003: no section");

        Merge merge = identity.merge(1000, 1005, Source.user("operator"));
        assertEquals(List.of("r-2"), enrollments("SELECT key FROM preschool.application WHERE person_id = 1000 AND key LIKE 'r-%'"));
        assertTrue(queries.sections(1000, TODAY).get("preschool").toString().contains("wantedDate=2027-09-01"),
                "the kept person's portfolio shows the duplicate's application");
        List<String> journal = enrollments("SELECT moved->'extensions'->>'preschool' FROM registry.person_merge WHERE id = "
                + merge.id());
        assertTrue(journal.get(0).matches("move=[0-9]+ enrollment=0 application=1"), journal.toString());

        identity.undo(merge.id(), Source.user("operator"));
        assertEquals(List.of(), enrollments("SELECT key FROM preschool.application WHERE person_id = 1000 AND key LIKE 'r-%'"));
        assertEquals(List.of("r-2"), enrollments("SELECT key FROM preschool.application WHERE person_id = 1005"));
    }
}
