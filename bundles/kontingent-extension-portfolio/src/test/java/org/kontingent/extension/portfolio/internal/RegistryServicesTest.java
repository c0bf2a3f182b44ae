package org.kontingent.extension.portfolio.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.extension.portfolio.internal.Entries.data;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import org.kontingent.registry.core.testing.ExtensionDatabase;

/**
 * The extension's services bound to the registry's own: a batch through
 * {@link JdbcRegistryBatches} with a pupil, their membership at the school and their olympiad and
 * ГТО badge (attached to the membership of the same batch) and a refused entry alone; the person's
 * portfolio ({@code PersonQueries.sections}) carrying the section {@code achievements}; a merge
 * through {@code PersonIdentity} moving the duplicate's rows, and its undo moving them back.
 */
class RegistryServicesTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static ExtensionDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = PortfolioDatabase.start();
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
        batches.addExtension(new PortfolioExtension());
        LocalDate start = TODAY.minusDays(30);
        Batch batch = new Batch(
                List.of(new Batch.PersonEntry("p-1", new PersonData("Зайцева", "Алиса", "Игоревна", LocalDate.of(2011, 6, 6),
                        "F", null, "RU", null, null, null, null, null, List.of()))),
                List.of(), List.of(),
                List.of(new Batch.MembershipEntry("ms-1", "p-1", 10, "learner", start, null, "full-time", null, null, null,
                        null)),
                List.of(new Batch.ExtensionEntry("e-1", "portfolio", "event", "p-1", 10L, data("name",
                                "Всероссийская олимпиада школьников по физике", "kind", "olympiad", "subject", "Физика",
                                "level", "school", "stage", "school", "startsOn", TODAY.toString(), "result", "winner")),
                        new Batch.ExtensionEntry("e-2", "portfolio", "event", "p-1", 10L, data("name", "Турнир", "kind",
                                "competition", "level", "district", "startsOn", TODAY.toString())),
                        new Batch.ExtensionEntry("e-3", "portfolio", "achievement", "p-1", 30L, data("kind", "gto-badge",
                                "badge", "silver", "awardedOn", TODAY.toString()))));
        Source source = Source.provider("diary", "Электронный дневник");
        assertEquals(List.of("PERSON p-1 CREATED", "MEMBERSHIP ms-1 CREATED", "EXTENSION e-1 CREATED",
                "EXTENSION e-2 REFUSED level dictionary.event-level",
                "EXTENSION e-3 CREATED notice portfolio.no-learner-membership"),
                outcomes(batches.apply(batch, source)));
        assertEquals(List.of("t"), database.column("SELECT e.membership_id = m.id FROM portfolio.event e"
                + " JOIN registry.membership m ON m.person_id = e.person_id WHERE e.key = 'e-1'"),
                "attached to the membership made in the same batch");
        assertEquals(List.of(EntryOutcome.Result.UNCHANGED, EntryOutcome.Result.REFUSED, EntryOutcome.Result.UNCHANGED),
                batches.apply(batch, source).entries().stream().filter(e -> e.kind() == Kind.EXTENSION)
                        .map(EntryOutcome::result).toList(), "the same batch again changes nothing");
        long pupil = database.count("SELECT person_id FROM portfolio.event WHERE key = 'e-1'");

        JdbcPersonQueries queries = new JdbcPersonQueries(database.dataSource(), RegistryDatabase.schema());
        queries.addSection(new PortfolioAchievements(database.dataSource()));
        Map<String, Map<String, Object>> sections = queries.sections(pupil, TODAY);
        assertEquals(List.of("achievements"), List.copyOf(sections.keySet()));
        assertTrue(sections.get("achievements").toString().contains("Победитель"), sections.toString());
        assertTrue(sections.get("achievements").toString().contains("Серебряный знак отличия"), sections.toString());
        assertEquals(Map.of(), queries.sections(3001, TODAY), "nothing about the child: no section");

        try (Connection c = database.dataSource().getConnection()) {
            new PortfolioExtension().write(c, new ExtensionEntry(9, "r-1", "event", 3004, 10L, Entries.olympiad(), TODAY));
        }
        JdbcPersonIdentity identity = new JdbcPersonIdentity(database.dataSource(), RegistryDatabase.schema());
        identity.addParticipant(new PortfolioMerge());
        Merge merge = identity.merge(3000, 3004, Source.user("operator"));
        assertEquals(List.of("3000"), database.column("SELECT person_id FROM portfolio.event WHERE key = 'r-1'"));
        assertTrue(database.column("SELECT moved->'extensions'->>'portfolio' FROM registry.person_merge WHERE id = "
                + merge.id()).get(0).matches("move=[0-9]+ event=1 achievement=0"));
        identity.undo(merge.id(), Source.user("operator"));
        assertEquals(List.of("3004"), database.column("SELECT person_id FROM portfolio.event WHERE key = 'r-1'"));
    }
}
