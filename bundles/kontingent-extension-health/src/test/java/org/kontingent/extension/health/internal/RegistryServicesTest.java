package org.kontingent.extension.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.extension.health.internal.Entries.data;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.extension.support.EntryFields;
import org.kontingent.platform.api.security.Permission;
import org.kontingent.platform.api.security.Role;
import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.batch.BatchOutcome;
import org.kontingent.registry.api.batch.EntryOutcome;
import org.kontingent.registry.api.batch.EntryOutcome.Kind;
import org.kontingent.registry.api.command.PersonData;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.identity.Merge;
import org.kontingent.registry.api.query.PortfolioSections;
import org.kontingent.registry.core.internal.JdbcPersonIdentity;
import org.kontingent.registry.core.internal.JdbcPersonQueries;
import org.kontingent.registry.core.internal.JdbcRegistryBatches;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.RegistryDatabase;

/**
 * The extension's services bound to the registry's own: a batch through
 * {@link JdbcRegistryBatches} with a child, their membership in the school and their conclusion
 * and special needs (attached to the membership of the same batch) and a refused entry alone; the
 * person's portfolio ({@code PersonQueries.sections}) carrying the section {@code health} for a role
 * with READ_HEALTH only, named for the journal; a merge through {@code PersonIdentity} moving the
 * duplicate's rows, and its undo moving them back.
 */
class RegistryServicesTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static ExtensionDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = HealthDatabase.start();
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
    }

    private static List<String> outcomes(BatchOutcome outcome) {
        return outcome.entries().stream().map(e -> e.kind() + " " + e.key() + " " + e.result()
                + (e.violations().isEmpty() ? "" : " " + e.violations().get(0).field() + " " + e.violations().get(0).rule())
                + (e.notices().isEmpty() ? "" : " notice " + e.notices().get(0).rule())).toList();
    }

    @Test
    void appliesABatchShowsTheSectionToThoseWhoMaySeeItAndMovesRowsOnAMergeAndBack() throws SQLException {
        JdbcRegistryBatches batches = new JdbcRegistryBatches(database.dataSource(), RegistryDatabase.schema());
        batches.addExtension(new HealthExtension());
        LocalDate start = EntryFields.yearStart(EntryFields.yearOf(TODAY));
        Batch batch = new Batch(
                List.of(new Batch.PersonEntry("p-1", new PersonData("Зайцева", "Алиса", "Игоревна", LocalDate.of(2015, 6, 6), "F",
                        null, "RU", null, null, null, null, null, List.of()))),
                List.of(), List.of(),
                List.of(new Batch.MembershipEntry("ms-1", "p-1", 10, "learner", start, null, "full-time", null, null, null,
                        null)),
                List.of(new Batch.ExtensionEntry("h-1", "health", "conclusion", "p-1", 10L, data("healthGroup", "III",
                                "peGroup", "special-a", "concludedOn", start.toString())),
                        new Batch.ExtensionEntry("h-2", "health", "conclusion", "p-1", 10L, data("healthGroup", 1,
                                "peGroup", "special-b", "concludedOn", start.toString())),
                        new Batch.ExtensionEntry("h-3", "health", "special-needs", "p-1", 10L, data("category", "speech",
                                "programmeVariant", "5.1", "concludedOn", start.toString())),
                        new Batch.ExtensionEntry("h-4", "health", "disability", "p-1", 12L, data("category", "child-disabled",
                                "establishedOn", start.toString()))));
        Source source = Source.provider("school-system", "АИС «Сетевой город. Образование»");
        assertEquals(List.of("PERSON p-1 CREATED", "MEMBERSHIP ms-1 CREATED", "EXTENSION h-1 CREATED",
                "EXTENSION h-2 REFUSED peGroup pe-group.health-group", "EXTENSION h-3 CREATED",
                "EXTENSION h-4 CREATED notice health.no-learner-membership"),
                outcomes(batches.apply(batch, source)));
        assertEquals(List.of("t"), database.column("SELECT c.membership_id = m.id FROM health.conclusion c"
                + " JOIN registry.membership m ON m.person_id = c.person_id WHERE c.key = 'h-1'"),
                "attached to the membership made in the same batch");
        assertEquals(List.of(EntryOutcome.Result.UNCHANGED, EntryOutcome.Result.REFUSED, EntryOutcome.Result.UNCHANGED,
                EntryOutcome.Result.UNCHANGED), batches.apply(batch, source).entries().stream()
                        .filter(e -> e.kind() == Kind.EXTENSION).map(EntryOutcome::result).toList(),
                "the same batch again changes nothing");
        long child = database.count("SELECT person_id FROM health.conclusion WHERE key = 'h-1'");

        JdbcPersonQueries queries = new JdbcPersonQueries(database.dataSource(), RegistryDatabase.schema());
        queries.addSection(new HealthPortfolio(database.dataSource()));
        PortfolioSections administrator = queries.sections(child, TODAY, Role.AUTHORITY_ADMINISTRATOR.permissions());
        assertEquals(List.of("health"), List.copyOf(administrator.shown().keySet()));
        assertEquals(Map.of("health", Permission.READ_HEALTH), administrator.restricted(), "a read to journal");
        assertEquals(List.of(3, "special-a", "speech", true), List.of(administrator.shown().get("health").get("healthGroup"),
                administrator.shown().get("health").get("peGroup"),
                administrator.shown().get("health").get("specialNeedsCategory"),
                administrator.shown().get("health").get("adaptedProgramme")));
        PortfolioSections employee = queries.sections(child, TODAY, Role.EMPLOYEE.permissions());
        assertEquals(Map.of(), employee.shown(), "an employee's card has no health section");
        assertEquals(Map.of(), employee.restricted());
        assertEquals(Map.of(), queries.sections(child, TODAY), "nor has a card read without permissions");
        assertEquals(Map.of(), queries.sections(5004, TODAY, Role.SYSTEM_ADMINISTRATOR.permissions()).shown(),
                "nothing about 5004: no section");

        try (Connection c = database.dataSource().getConnection()) {
            new HealthExtension().write(c, new ExtensionEntry(9, "r-1", "conclusion", 5003, 10L, Entries.conclusion(),
                    LocalDate.of(2026, 11, 23)));
        }
        JdbcPersonIdentity identity = new JdbcPersonIdentity(database.dataSource(), RegistryDatabase.schema());
        identity.addParticipant(new HealthMerge());
        Merge merge = identity.merge(5000, 5003, Source.user("operator"));
        assertEquals(List.of("5000"), database.column("SELECT person_id FROM health.conclusion WHERE key = 'r-1'"));
        assertTrue(database.column("SELECT moved->'extensions'->>'health' FROM registry.person_merge WHERE id = "
                + merge.id()).get(0).matches("move=[0-9]+ conclusion=1 disability=0 special_needs=0"));
        identity.undo(merge.id(), Source.user("operator"));
        assertEquals(List.of("5003"), database.column("SELECT person_id FROM health.conclusion WHERE key = 'r-1'"));
    }
}
