package org.kontingent.extension.general.internal;

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
import org.kontingent.registry.api.batch.EntryOutcome.Kind;
import org.kontingent.registry.api.batch.EntryOutcome.Result;
import org.kontingent.registry.api.command.PersonData;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.core.internal.JdbcRegistryBatches;
import org.kontingent.registry.core.testing.RegistryDatabase;

/**
 * The extension in the registry's own batches ({@link JdbcRegistryBatches}, as the gateway
 * applies a package): a batch with a person, their membership and their marks and exam applies
 * whole, each mark attached to the membership made in the same batch; an entry refused leaves
 * nothing behind while the rest is applied; the same batch again changes nothing.
 */
class RegistryBatchTest {
    private static GeneralDatabase database;
    private static JdbcRegistryBatches batches;

    @BeforeAll
    static void start() throws Exception {
        database = GeneralDatabase.start();
        batches = new JdbcRegistryBatches(database.dataSource(), RegistryDatabase.schema());
        batches.addExtension(new GeneralExtension());
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
    }

    private static Batch.ExtensionEntry mark(String key, String person, String subject, String period, String mark,
            String markedOn) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("academicYear", "2026-2027");
        data.put("subject", subject);
        data.put("period", period);
        data.put("mark", mark);
        if (markedOn != null) {
            data.put("markedOn", markedOn);
        }
        return new Batch.ExtensionEntry(key, "general", "mark", person, 10L, data);
    }

    private static Batch batch(Batch.ExtensionEntry... extensions) {
        return new Batch(
                List.of(new Batch.PersonEntry("p-1", new PersonData("Зайцев", "Олег", "Игоревич", LocalDate.of(2014, 6, 6), "M",
                        null, "RU", null, null, null, null, null, List.of()))),
                List.of(), List.of(),
                List.of(new Batch.MembershipEntry("ms-1", "p-1", 10, "learner", LocalDate.of(2026, 9, 1), null, "full-time",
                        null, null, null, null)),
                List.of(extensions));
    }

    /** The marks whose keys start so, with whether each is attached to its person's membership in school 10. */
    private static List<String> marks(String prefix) throws SQLException {
        List<String> marks = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT m.key || ' ' || m.subject || ' ' || m.mark || ' ' || (m.membership_id ="
                        + " (SELECT ms.id FROM registry.membership ms WHERE ms.person_id = m.person_id AND ms.organization_id = 10"
                        + " AND ms.starts_on = '2026-09-01')) FROM general.mark m ORDER BY m.key")) {
            while (rs.next()) {
                if (rs.getString(1).startsWith(prefix)) {
                    marks.add(rs.getString(1));
                }
            }
        }
        return marks;
    }

    private static List<String> outcomes(BatchOutcome outcome) {
        return outcome.entries().stream().map(e -> e.kind() + " " + e.key() + " " + e.result()
                + (e.violations().isEmpty() ? "" : " " + e.violations().get(0).field() + " " + e.violations().get(0).rule())
                + (e.notices().isEmpty() ? "" : " notice " + e.notices().get(0).rule())).toList();
    }

    @Test
    void appliesPersonsMembershipsAndMarksTogetherAndRefusesABadMarkAlone() throws SQLException {
        Source source = Source.provider("journal-g", "Электронный журнал");
        Batch batch = batch(
                mark("g-1", "p-1", "Математика", "current", "5", "2026-10-30"),
                mark("g-2", "p-1", "Русский язык", "term-1", "4", null),
                mark("g-3", "p-1", "Литература", "term-1", "9", null),
                new Batch.ExtensionEntry("g-4", "general", "exam", "p-1", null, Map.of("kind", "oge", "subject", "Математика",
                        "examDate", "2026-06-05", "score", 20, "passed", true)),
                mark("g-5", "nobody", "Математика", "term-1", "5", null));

        BatchOutcome first = batches.apply(batch, source);
        List<String> applied = outcomes(first);
        assertEquals(List.of("PERSON p-1 CREATED", "MEMBERSHIP ms-1 CREATED",
                "EXTENSION g-1 CREATED", "EXTENSION g-2 CREATED", "EXTENSION g-3 REFUSED mark mark.value",
                "EXTENSION g-4 CREATED", "EXTENSION g-5 REFUSED person reference.unknown"),
                applied.stream().map(o -> o.replaceAll(" notice [a-z.-]+$", "")).toList(), first.toString());
        assertEquals(List.of("g-1 Математика 5 true", "g-2 Русский язык 4 true"), marks("g-"),
                "attached to the membership of the same batch; nothing of g-3");
        List<EntryOutcome> extensions = first.entries().stream().filter(e -> e.kind() == Kind.EXTENSION).toList();
        assertEquals(List.of(), extensions.get(0).notices(), "the membership of the same batch is found");

        BatchOutcome again = batches.apply(batch, source);
        assertEquals(List.of(Result.UNCHANGED, Result.UNCHANGED, Result.REFUSED, Result.UNCHANGED, Result.REFUSED),
                again.entries().stream().filter(e -> e.kind() == Kind.EXTENSION).map(EntryOutcome::result).toList(),
                again.toString());
        assertEquals(List.of("g-1 Математика 5 true", "g-2 Русский язык 4 true"), marks("g-"));
    }

    @Test
    void anEntryTheDatabaseRefusesMidWriteIsUndoneAloneUnderItsSavepoint() throws SQLException {
        // a rule only the database knows: the write fails inside the extension's own statement
        database.execute("ALTER TABLE general.mark ADD CONSTRAINT mark_test_no_drawing CHECK (subject <> 'Черчение')");
        try {
            Batch batch = new Batch(
                    List.of(new Batch.PersonEntry("p-2", new PersonData("Орлова", "Вера", null, LocalDate.of(2013, 2, 2), "F",
                            null, "RU", null, null, null, null, null, List.of()))),
                    List.of(), List.of(),
                    List.of(new Batch.MembershipEntry("ms-2", "p-2", 10, "learner", LocalDate.of(2026, 9, 1), null, null,
                            null, null, null, null)),
                    List.of(mark("h-1", "p-2", "Черчение", "term-1", "5", null), mark("h-2", "p-2", "Музыка", "term-1", "5", null)));
            BatchOutcome outcome = batches.apply(batch, Source.provider("journal-h", "Журнал Х"));
            List<EntryOutcome> extensions = outcome.entries().stream().filter(e -> e.kind() == Kind.EXTENSION).toList();
            assertEquals(List.of(Result.REFUSED, Result.CREATED), extensions.stream().map(EntryOutcome::result).toList(),
                    outcome.toString());
            assertEquals("record.value", extensions.get(0).violations().get(0).rule());
            assertTrue(extensions.get(0).violations().get(0).message().contains("mark_test_no_drawing"),
                    extensions.get(0).violations().get(0).message());
            assertEquals(List.of(Result.CREATED, Result.CREATED), outcome.entries().stream()
                    .filter(e -> e.kind() != Kind.EXTENSION).map(EntryOutcome::result).toList());
            List<String> written = marks("h-");
            assertEquals(List.of("h-2 Музыка 5 true"), written, "nothing of h-1");
        } finally {
            database.execute("ALTER TABLE general.mark DROP CONSTRAINT mark_test_no_drawing");
        }
    }
}
