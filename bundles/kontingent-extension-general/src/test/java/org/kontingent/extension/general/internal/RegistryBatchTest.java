package org.kontingent.extension.general.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.registry.core.testing.EntryData.data;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.batch.BatchOutcome;
import org.kontingent.registry.api.batch.EntryOutcome;
import org.kontingent.registry.api.batch.EntryOutcome.Kind;
import org.kontingent.registry.api.batch.EntryOutcome.Result;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.RegistryServicesContract;

/**
 * The extension in the registry's own batches ({@link JdbcRegistryBatches}, as the gateway
 * applies a package): a batch with a person, their membership and their marks and exam applies
 * whole, each mark attached to the membership made in the same batch; an entry refused leaves
 * nothing behind while the rest is applied; the same batch again changes nothing.
 */
class RegistryBatchTest extends RegistryServicesContract {
    RegistryBatchTest() {
        super(new GeneralExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return GeneralDatabase.start();
    }

    /** A mark of 2026-2027 at school 10 of the person of the key given. */
    private static Batch.ExtensionEntry mark(String key, String person, String subject, String period, String mark,
            String markedOn) {
        Map<String, Object> data = data("academicYear", "2026-2027", "subject", subject, "period", period, "mark", mark);
        if (markedOn != null) {
            data.put("markedOn", markedOn);
        }
        return new Batch.ExtensionEntry(key, "general", "mark", person, 10L, data);
    }

    /** The marks whose keys start so, with whether each is attached to its person's membership in school 10. */
    private List<String> marks(String prefix) throws SQLException {
        return database.column("SELECT m.key || ' ' || m.subject || ' ' || m.mark || ' ' || (m.membership_id ="
                + " (SELECT ms.id FROM registry.membership ms WHERE ms.person_id = m.person_id AND ms.organization_id = 10"
                + " AND ms.starts_on = '2026-09-01')) FROM general.mark m WHERE m.key LIKE '" + prefix + "%' ORDER BY m.key");
    }

    @Test
    void appliesPersonsMembershipsAndMarksTogetherAndRefusesABadMarkAlone() throws SQLException {
        Batch batch = aNewLearner(person("Зайцев", "Олег", "Игоревич", LocalDate.of(2014, 6, 6), "M"), 10,
                LocalDate.of(2026, 9, 1), List.of(
                        mark("g-1", "p-1", "Математика", "current", "5", "2026-10-30"),
                        mark("g-2", "p-1", "Русский язык", "term-1", "4", null),
                        mark("g-3", "p-1", "Литература", "term-1", "9", null),
                        new Batch.ExtensionEntry("g-4", "general", "exam", "p-1", null, Map.of("kind", "oge", "subject", "Математика",
                                "examDate", "2026-06-05", "score", 20, "passed", true)),
                        mark("g-5", "nobody", "Математика", "term-1", "5", null)));

        List<String> applied = appliedTwice(batch, Source.provider("journal-g", "Электронный журнал"));
        assertEquals(List.of("PERSON p-1 CREATED", "MEMBERSHIP ms-1 CREATED",
                "EXTENSION g-1 CREATED", "EXTENSION g-2 CREATED", "EXTENSION g-3 REFUSED mark mark.value",
                "EXTENSION g-4 CREATED", "EXTENSION g-5 REFUSED person reference.unknown"),
                applied.stream().map(o -> o.replaceAll("( notice [a-z.-]+)+$", "")).toList(), applied.toString());
        assertEquals(List.of("g-1 Математика 5 true", "g-2 Русский язык 4 true"), marks("g-"),
                "attached to the membership of the same batch; nothing of g-3");
        assertEquals("EXTENSION g-1 CREATED", applied.get(2), "the membership of the same batch is found: no notice");
        assertEquals(List.of("g-1 Математика 5 true", "g-2 Русский язык 4 true"), marks("g-"));
    }

    @Test
    void anEntryTheDatabaseRefusesMidWriteIsUndoneAloneUnderItsSavepoint() throws SQLException {
        // a rule only the database knows: the write fails inside the extension's own statement
        database.execute("ALTER TABLE general.mark ADD CONSTRAINT mark_test_no_drawing CHECK (subject <> 'Черчение')");
        try {
            Batch batch = new Batch(
                    List.of(new Batch.PersonEntry("p-2", person("Орлова", "Вера", null, LocalDate.of(2013, 2, 2), "F"))),
                    List.of(), List.of(),
                    List.of(new Batch.MembershipEntry("ms-2", "p-2", 10, "learner", LocalDate.of(2026, 9, 1), null, null,
                            null, null, null, null)),
                    List.of(mark("h-1", "p-2", "Черчение", "term-1", "5", null), mark("h-2", "p-2", "Музыка", "term-1", "5", null)));
            BatchOutcome outcome = batches().apply(batch, Source.provider("journal-h", "Журнал Х"));
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
