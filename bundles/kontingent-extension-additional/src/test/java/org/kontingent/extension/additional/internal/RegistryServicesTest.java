package org.kontingent.extension.additional.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.extension.additional.internal.Entries.data;

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
import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.batch.BatchOutcome;
import org.kontingent.registry.api.batch.EntryOutcome;
import org.kontingent.registry.api.batch.EntryOutcome.Kind;
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
 * {@link JdbcRegistryBatches} with a child, their membership in the centre and their programme
 * (attached to the membership of the same batch) and a refused entry alone; the person's
 * portfolio ({@code PersonQueries.sections}) carrying the section {@code additional}; a merge
 * through {@code PersonIdentity} moving the duplicate's rows, and its undo moving them back.
 */
class RegistryServicesTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static AdditionalDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = AdditionalDatabase.start();
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
    void appliesABatchShowsThePortfolioAndMovesRowsOnAMergeAndBack() throws SQLException {
        JdbcRegistryBatches batches = new JdbcRegistryBatches(database.dataSource(), RegistryDatabase.schema());
        batches.addExtension(new AdditionalExtension());
        LocalDate start = EntryFields.yearStart(EntryFields.yearOf(TODAY));
        Batch batch = new Batch(
                List.of(new Batch.PersonEntry("p-1", new PersonData("Зайцева", "Алиса", "Игоревна", LocalDate.of(2015, 6, 6), "F",
                        null, "RU", null, null, null, null, null, List.of()))),
                List.of(), List.of(),
                List.of(new Batch.MembershipEntry("ms-1", "p-1", 31, "learner", start, null, "full-time", null, null, null,
                        null)),
                List.of(new Batch.ExtensionEntry("a-1", "additional", "programme", "p-1", 31L, data("name", "Робототехника",
                                "kind", "general-developmental", "orientation", "technical", "startsOn", start.toString())),
                        new Batch.ExtensionEntry("a-2", "additional", "programme", "p-1", 31L, data("name", "Шахматы",
                                "kind", "pre-professional", "orientation", "technical", "startsOn", start.toString())),
                        new Batch.ExtensionEntry("a-3", "additional", "course", "p-1", 30L, data("programme", "a-1",
                                "academicYear", EntryFields.yearOf(TODAY), "course", "Робототехника"))));
        Source source = Source.provider("navigator", "Навигатор дополнительного образования");
        assertEquals(List.of("PERSON p-1 CREATED", "MEMBERSHIP ms-1 CREATED", "EXTENSION a-1 CREATED",
                "EXTENSION a-2 REFUSED orientation orientation.kind",
                "EXTENSION a-3 CREATED notice additional.no-learner-membership"),
                outcomes(batches.apply(batch, source)));
        assertEquals(List.of("t"), database.column("SELECT p.membership_id = m.id FROM additional.programme p"
                + " JOIN registry.membership m ON m.person_id = p.person_id WHERE p.key = 'a-1'"),
                "attached to the membership made in the same batch");
        assertEquals(List.of(EntryOutcome.Result.UNCHANGED, EntryOutcome.Result.REFUSED, EntryOutcome.Result.UNCHANGED),
                batches.apply(batch, source).entries().stream().filter(e -> e.kind() == Kind.EXTENSION)
                        .map(EntryOutcome::result).toList(), "the same batch again changes nothing");
        long child = database.count("SELECT person_id FROM additional.programme WHERE key = 'a-1'");

        JdbcPersonQueries queries = new JdbcPersonQueries(database.dataSource(), RegistryDatabase.schema());
        queries.addSection(new AdditionalPortfolio(database.dataSource()));
        assertEquals(List.of("additional"), List.copyOf(queries.sections(child, TODAY).keySet()));
        assertTrue(queries.sections(child, TODAY).get("additional").toString().contains("Робототехника"));
        assertEquals(Map.of(), queries.sections(3004, TODAY), "nothing about a pupil: no section");

        try (Connection c = database.dataSource().getConnection()) {
            new AdditionalExtension().write(c, new ExtensionEntry(9, "r-1", "programme", 3003, 30L, Entries.programme(), TODAY));
        }
        JdbcPersonIdentity identity = new JdbcPersonIdentity(database.dataSource(), RegistryDatabase.schema());
        identity.addParticipant(new AdditionalMerge());
        Merge merge = identity.merge(3000, 3003, Source.user("operator"));
        assertEquals(List.of("3000"), database.column("SELECT person_id FROM additional.programme WHERE key = 'r-1'"));
        assertTrue(database.column("SELECT moved->'extensions'->>'additional' FROM registry.person_merge WHERE id = "
                + merge.id()).get(0).matches("move=[0-9]+ application=0 programme=1 course=0 document=0"));
        identity.undo(merge.id(), Source.user("operator"));
        assertEquals(List.of("3003"), database.column("SELECT person_id FROM additional.programme WHERE key = 'r-1'"));
    }
}
