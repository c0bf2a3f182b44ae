package org.kontingent.extension.vocational.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.extension.vocational.internal.Entries.data;

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
 * {@link JdbcRegistryBatches} with a student, their membership and their programme (attached to
 * the membership of the same batch) and a refused entry alone; the person's portfolio
 * ({@code PersonQueries.sections}) carrying the section {@code vocational}; a merge through
 * {@code PersonIdentity} moving the duplicate's rows, and its undo moving them back.
 */
class RegistryServicesTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static VocationalDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = VocationalDatabase.start();
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
        batches.addExtension(new VocationalExtension());
        String year = EntryFields.yearOf(TODAY);
        Batch batch = new Batch(
                List.of(new Batch.PersonEntry("p-1", new PersonData("Зайцев", "Олег", "Игоревич", LocalDate.of(2008, 6, 6), "M",
                        null, "RU", null, null, null, null, null, List.of()))),
                List.of(), List.of(),
                List.of(new Batch.MembershipEntry("ms-1", "p-1", 20, "learner", EntryFields.yearStart(year), null,
                        "full-time", null, null, null, null)),
                List.of(new Batch.ExtensionEntry("v-1", "vocational", "programme", "p-1", 20L, data("kind",
                                "mid-level-specialists", "specialty", "09.02.03", "academicYear", year, "course", 1)),
                        new Batch.ExtensionEntry("v-2", "vocational", "mark", "p-1", 20L, data("academicYear", year,
                                "discipline", "Математика", "mark", "6")),
                        new Batch.ExtensionEntry("v-3", "vocational", "employment", "p-1", 21L, Map.of("individualPlan", true))));
        Source source = Source.provider("college-system", "АИС колледжа");
        assertEquals(List.of("PERSON p-1 CREATED", "MEMBERSHIP ms-1 CREATED", "EXTENSION v-1 CREATED",
                "EXTENSION v-2 REFUSED mark mark.value", "EXTENSION v-3 CREATED notice vocational.no-learner-membership"),
                outcomes(batches.apply(batch, source)));
        assertEquals(List.of("t"), database.column("SELECT p.membership_id = m.id FROM vocational.programme p"
                + " JOIN registry.membership m ON m.person_id = p.person_id WHERE p.key = 'v-1'"),
                "attached to the membership made in the same batch");
        assertEquals(List.of(EntryOutcome.Result.UNCHANGED, EntryOutcome.Result.REFUSED, EntryOutcome.Result.UNCHANGED),
                batches.apply(batch, source).entries().stream().filter(e -> e.kind() == Kind.EXTENSION)
                        .map(EntryOutcome::result).toList(), "the same batch again changes nothing");
        long student = database.count("SELECT person_id FROM vocational.programme WHERE key = 'v-1'");

        JdbcPersonQueries queries = new JdbcPersonQueries(database.dataSource(), RegistryDatabase.schema());
        queries.addSection(new VocationalPortfolio(database.dataSource()));
        assertEquals(List.of("vocational"), List.copyOf(queries.sections(student, TODAY).keySet()));
        assertTrue(queries.sections(student, TODAY).get("vocational").toString().contains("Программирование в компьютерных системах"));
        assertEquals(Map.of(), queries.sections(2004, TODAY), "nothing about a pupil: no section");

        try (Connection c = database.dataSource().getConnection()) {
            new VocationalExtension().write(c, new ExtensionEntry(9, "r-1", "mark", 2003, 20L, Entries.mark(), TODAY));
        }
        JdbcPersonIdentity identity = new JdbcPersonIdentity(database.dataSource(), RegistryDatabase.schema());
        identity.addParticipant(new VocationalMerge());
        Merge merge = identity.merge(2000, 2003, Source.user("operator"));
        assertEquals(List.of("2000"), database.column("SELECT person_id FROM vocational.mark WHERE key = 'r-1'"));
        assertTrue(database.column("SELECT moved->'extensions'->>'vocational' FROM registry.person_merge WHERE id = "
                + merge.id()).get(0).matches("move=[0-9]+ application=0 programme=0 course_transfer=0 mark=1 diploma=0"
                        + " employer_project=0 employment=0"));
        identity.undo(merge.id(), Source.user("operator"));
        assertEquals(List.of("2003"), database.column("SELECT person_id FROM vocational.mark WHERE key = 'r-1'"));
    }
}
