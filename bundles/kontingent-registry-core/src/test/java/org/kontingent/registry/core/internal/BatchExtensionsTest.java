package org.kontingent.registry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.batch.Batch.ExtensionEntry;
import org.kontingent.registry.api.batch.Batch.PersonEntry;
import org.kontingent.registry.api.batch.BatchOutcome;
import org.kontingent.registry.api.batch.EntryOutcome;
import org.kontingent.registry.api.batch.EntryOutcome.Kind;
import org.kontingent.registry.api.batch.EntryOutcome.Result;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.command.PersonData;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.extension.ExtensionData;
import org.kontingent.registry.api.extension.Written;
import org.kontingent.registry.api.identifiers.Violation;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Extension entries of a batch: written by the extension installed for them on the batch's
 * connection, refused when it is not installed (and applied by the same batch once it is),
 * refused for an unknown entity, an unknown person, or an extension that fails, each leaving
 * nothing behind and the rest of the batch applied.
 */
class BatchExtensionsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static EmbeddedPostgres postgres;
    private static JdbcRegistryBatches batches;

    /** A test extension keeping marks in a table of its own; a mark "boom" makes it fail half-way. */
    private static final class Marks implements ExtensionData {
        @Override
        public String id() {
            return "general";
        }

        @Override
        public Map<String, URL> entities() {
            return Map.of("mark", BatchExtensionsTest.class.getResource("BatchExtensionsTest.class"));
        }

        @Override
        public Written write(Connection connection, org.kontingent.registry.api.extension.ExtensionEntry entry)
                throws SQLException {
            Object mark = entry.data().get("mark");
            if (!(mark instanceof String text) || text.isBlank()) {
                throw new InvalidRecordException("mark " + entry.key(), List.of(Violation.required("mark", null, "The mark")));
            }
            try (PreparedStatement q = connection.prepareStatement("""
                    INSERT INTO test_general.mark (source_id, key, person_id, organization_id, mark) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (source_id, key) DO UPDATE SET mark = EXCLUDED.mark WHERE test_general.mark.mark <> EXCLUDED.mark
                    RETURNING id, xmax = 0""")) {
                q.setLong(1, entry.sourceId());
                q.setString(2, entry.key());
                q.setLong(3, entry.personId());
                q.setObject(4, entry.organizationId());
                q.setString(5, text);
                try (ResultSet rs = q.executeQuery()) {
                    if (text.equals("boom")) {
                        throw new IllegalStateException("a defect after writing");
                    }
                    if (!rs.next()) {
                        return Written.of(0, Result.UNCHANGED);
                    }
                    return Written.of(rs.getLong(1), rs.getBoolean(2) ? Result.CREATED : Result.UPDATED);
                }
            }
        }
    }

    @BeforeAll
    static void region() throws Exception {
        postgres = SmallRegion.start("""
                CREATE SCHEMA test_general;
                CREATE TABLE test_general.mark (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, source_id bigint NOT NULL,
                    key text NOT NULL, person_id bigint NOT NULL, organization_id bigint, mark text NOT NULL,
                    UNIQUE (source_id, key));
                """);
        batches = new JdbcRegistryBatches(postgres.getPostgresDatabase(),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static Batch batch(ExtensionEntry... marks) {
        return new Batch(List.of(new PersonEntry("p-1", new PersonData("Зайцев", "Олег", null, LocalDate.of(2014, 6, 6), "M",
                null, "RU", null, null, null, null, null, List.of()))), List.of(), List.of(), List.of(), List.of(marks));
    }

    private static ExtensionEntry mark(String key, String person, String mark) {
        return new ExtensionEntry(key, "general", "mark", person, 10L, Map.of("mark", mark));
    }

    private static List<EntryOutcome> extensionOutcomes(BatchOutcome outcome) {
        return outcome.entries().stream().filter(e -> e.kind() == Kind.EXTENSION).toList();
    }

    private static List<String> marks() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT key || '=' || mark FROM test_general.mark ORDER BY key")) {
            List<String> marks = new java.util.ArrayList<>();
            while (rs.next()) {
                marks.add(rs.getString(1));
            }
            return marks;
        }
    }

    @Test
    void refusesTheDataOfAnExtensionNotInstalledAndAppliesItOnceItIs() throws SQLException {
        Source source = Source.provider("journal-a", "Электронный журнал А");
        Batch batch = batch(mark("m-1", "p-1", "5"), mark("m-2", "p-1", "4"));

        BatchOutcome without = batches.apply(batch, source);

        assertEquals(Result.CREATED, without.entries().get(0).result(), "the person is applied all the same");
        assertEquals(List.of(Result.REFUSED, Result.REFUSED), extensionOutcomes(without).stream().map(EntryOutcome::result).toList());
        Violation refusal = extensionOutcomes(without).get(0).violations().get(0);
        assertEquals(ExtensionData.NOT_INSTALLED, refusal.rule());
        assertEquals("extension", refusal.field());
        assertEquals("general", refusal.value());

        Marks marks = new Marks();
        batches.addExtension(marks);
        try {
            BatchOutcome with = batches.apply(batch, source);
            assertEquals(List.of(Result.CREATED, Result.CREATED), extensionOutcomes(with).stream().map(EntryOutcome::result).toList());
            assertEquals(List.of("m-1=5", "m-2=4"), marks());
            BatchOutcome again = batches.apply(batch, source);
            assertEquals(List.of(Result.UNCHANGED, Result.UNCHANGED),
                    extensionOutcomes(again).stream().map(EntryOutcome::result).toList(), "an upsert by the source's key");
        } finally {
            batches.removeExtension(marks);
        }
        BatchOutcome removed = batches.apply(batch, source);
        assertEquals(ExtensionData.NOT_INSTALLED, extensionOutcomes(removed).get(0).violations().get(0).rule(),
                "gone with its service");
        assertEquals(List.of("m-1=5", "m-2=4"), marks(), "its data stays");
    }

    @Test
    void refusesAnUnknownEntityPersonOrFailingExtensionEntryByEntryLeavingNothingBehind() throws SQLException {
        Marks marks = new Marks();
        batches.addExtension(marks);
        try {
            BatchOutcome outcome = batches.apply(batch(mark("k-1", "p-1", "3"),
                    new ExtensionEntry("k-2", "general", "exam", "p-1", 10L, Map.of("score", 81)),
                    mark("k-3", "nobody", "5"),
                    mark("k-4", "p-1", "boom"),
                    mark("k-5", "p-1", ""),
                    mark("k-6", "p-1", "5")), Source.provider("journal-b", "Электронный журнал Б"));

            List<EntryOutcome> entries = extensionOutcomes(outcome);
            assertEquals(List.of(Result.CREATED, Result.REFUSED, Result.REFUSED, Result.REFUSED, Result.REFUSED, Result.CREATED),
                    entries.stream().map(EntryOutcome::result).toList(), outcome.toString());
            assertEquals(ExtensionData.UNKNOWN_ENTITY, entries.get(1).violations().get(0).rule());
            assertTrue(entries.get(1).violations().get(0).message().contains("takes mark"), entries.get(1).toString());
            assertEquals("reference.unknown", entries.get(2).violations().get(0).rule());
            assertEquals(BatchExtensions.FAILED, entries.get(3).violations().get(0).rule());
            assertTrue(entries.get(3).violations().get(0).message().contains("a defect after writing"));
            assertEquals(Violation.REQUIRED, entries.get(4).violations().get(0).rule());
            assertEquals(List.of("k-1=3", "k-6=5"), marks().stream().filter(m -> m.startsWith("k-")).toList(),
                    "the failing extension's own write was undone with its entry");
        } finally {
            batches.removeExtension(marks);
        }
    }
}
