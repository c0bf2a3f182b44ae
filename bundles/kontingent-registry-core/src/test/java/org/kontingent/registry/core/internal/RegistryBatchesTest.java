package org.kontingent.registry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.batch.Batch.ClassGroupEntry;
import org.kontingent.registry.api.batch.Batch.MembershipEntry;
import org.kontingent.registry.api.batch.Batch.PersonEntry;
import org.kontingent.registry.api.batch.Batch.RepresentativeEntry;
import org.kontingent.registry.api.batch.BatchOutcome;
import org.kontingent.registry.api.batch.EntryOutcome;
import org.kontingent.registry.api.batch.EntryOutcome.Result;
import org.kontingent.registry.api.batch.RegistryBatches;
import org.kontingent.registry.api.command.Order;
import org.kontingent.registry.api.command.PersonData;
import org.kontingent.registry.api.command.PersonData.DocumentData;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.identifiers.Violation;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Batches through {@link JdbcRegistryBatches} on {@link SmallRegion}: upserts by the source's
 * keys, identification of persons the registry already holds, refused entries with their rules,
 * entries that depend on refused ones, and a batch applied twice changing nothing the second time.
 */
class RegistryBatchesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static EmbeddedPostgres postgres;
    private static JdbcRegistryBatches batches;

    @BeforeAll
    static void region() throws Exception {
        postgres = SmallRegion.start();
        batches = new JdbcRegistryBatches(postgres.getPostgresDatabase(),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static PersonData person(String surname, String name, LocalDate born, String snils, DocumentData... documents) {
        return new PersonData(surname, name, null, born, "M", snils, "RU", null, null, null, null, null, List.of(documents));
    }

    private static MembershipEntry learner(String key, String person, long organization, LocalDate from, String classKey) {
        return new MembershipEntry(key, person, organization, "learner", from, null, null, new Order("12-к", from), null, null,
                classKey);
    }

    private static long count(String sql, Object... values) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             var q = new Sql().append(sql, values).prepare(c); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The journal's entry of a created record holds the record as it is stored, with its documents or placements. */
    private static void assertJournaledAsStored(String entity, long id) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            String stored = ChangeJournal.state(c, entity, id);
            assertEquals(1, count("SELECT count(*) FROM registry.change WHERE entity = ? AND entity_id = ? AND action = 'create'"
                    + " AND after = ?::jsonb", entity, id, stored), entity + " " + id + " as stored: " + stored);
        }
    }

    private static List<String> rules(EntryOutcome outcome) {
        return outcome.violations().stream().map(Violation::rule).toList();
    }

    @Test
    void appliesNewAndKnownPersonsByTheirKeysAndOnceOnly() throws SQLException {
        Source school = Source.provider("school-system-a", "Школьная система А");
        Batch batch = new Batch(List.of(
                new PersonEntry("p-1", person("Кузнецов", "Лев", LocalDate.of(2016, 5, 5), null,
                        new DocumentData("birth-certificate", "IV-ТО", "777001", LocalDate.of(2016, 5, 20), null))),
                new PersonEntry("p-known", new PersonData("Иванов", "Пётр", "Сергеевич", LocalDate.of(2015, 4, 2), "M",
                        "112-233-445 95", "RU", null, null, null, "+7 900 000-00-01", null, List.of())),
                new PersonEntry("mother-1", new PersonData("Кузнецова", "Ольга", null, LocalDate.of(1990, 1, 1), "F", null, "RU",
                        null, null, null, null, null, List.of()))),
                List.of(new RepresentativeEntry("p-1", "mother-1", "mother")),
                List.of(new ClassGroupEntry("c-5v", 10, "2026-2027", "5В", 5, null, null, 25)),
                List.of(learner("m-1", "p-1", 10, LocalDate.of(2026, 9, 1), "c-5v")));

        BatchOutcome first = batches.apply(batch, school);

        assertEquals(List.of(Result.CREATED, Result.UPDATED, Result.CREATED, Result.UPDATED, Result.CREATED, Result.CREATED),
                first.entries().stream().map(EntryOutcome::result).toList(), first.toString());
        assertEquals(1000L, first.entries().get(1).id(), "found by СНИЛС");
        assertEquals("+7 900 000-00-01", string("SELECT phone FROM registry.person WHERE id = 1000"));
        long learner = first.entries().get(0).id();
        assertEquals(1, count("SELECT count(*) FROM registry.membership m JOIN registry.class_placement cp"
                + " ON cp.membership_id = m.id JOIN registry.class_group g ON g.id = cp.class_group_id"
                + " WHERE m.person_id = ? AND g.name = '5В'", learner));
        assertJournaledAsStored("person", learner);
        assertJournaledAsStored("person", first.entries().get(2).id());
        assertJournaledAsStored("membership", first.entries().get(5).id());
        assertEquals(1, count("SELECT jsonb_array_length(after -> 'documents') FROM registry.change WHERE entity = 'person'"
                + " AND entity_id = ? AND action = 'create'", learner));
        assertEquals(1, count("SELECT jsonb_array_length(after -> 'placements') FROM registry.change WHERE entity = 'membership'"
                + " AND entity_id = ? AND action = 'create'", first.entries().get(5).id()));
        long changes = count("SELECT count(*) FROM registry.change");

        BatchOutcome again = batches.apply(batch, school);

        assertEquals(List.of(Result.UNCHANGED), again.entries().stream().map(EntryOutcome::result).distinct().toList(),
                again.toString());
        assertEquals(changes, count("SELECT count(*) FROM registry.change"), "nothing journaled the second time");
        assertEquals(first.entries().stream().map(EntryOutcome::id).toList(), again.entries().stream().map(EntryOutcome::id).toList());
    }

    @Test
    void refusesBrokenEntriesAndWhatDependsOnThemWhileTheRestIsApplied() throws SQLException {
        Source source = Source.provider("school-system-b", "Школьная система Б");
        BatchOutcome outcome = batches.apply(new Batch(List.of(
                new PersonEntry("bad-snils", person("Орлов", "Глеб", LocalDate.of(2014, 2, 2), "112-233-445 96")),
                new PersonEntry("good", person("Соколов", "Марк", LocalDate.of(2014, 3, 3), null))),
                List.of(),
                List.of(new ClassGroupEntry("no-year", 10, "1999-2000", "1А", 1, null, null, null)),
                List.of(learner("m-bad", "bad-snils", 10, LocalDate.of(2026, 9, 1), null),
                        learner("m-unknown", "nobody", 10, LocalDate.of(2026, 9, 1), null),
                        learner("m-class", "good", 10, LocalDate.of(2026, 9, 1), "no-year"),
                        learner("m-good", "good", 10, LocalDate.of(2026, 9, 1), null),
                        learner("m-overlap", "good", 10, LocalDate.of(2026, 10, 1), null))), source);

        List<EntryOutcome> e = outcome.entries();
        assertEquals(List.of("snils.checksum"), rules(e.get(0)));
        assertEquals(Result.CREATED, e.get(1).result());
        assertEquals(List.of("academic-year.exists"), rules(e.get(2)));
        assertEquals(List.of("reference.refused"), rules(e.get(3)));
        assertEquals(List.of("reference.unknown"), rules(e.get(4)));
        assertEquals(List.of("reference.refused"), rules(e.get(5)));
        assertEquals(Result.CREATED, e.get(6).result());
        assertEquals(List.of("membership.overlap"), rules(e.get(7)));
        assertEquals(0, count("SELECT count(*) FROM registry.person WHERE surname = 'Орлов'"));
        assertEquals(1, count("SELECT count(*) FROM registry.membership WHERE person_id = ?", e.get(1).id()));
    }

    @Test
    void aMembershipSentAgainWithItsEndIsLeftAndMovesAreNoticed() throws SQLException {
        Source source = Source.provider("school-system-c", "Школьная система В");
        PersonEntry child = new PersonEntry("c-1", person("Волков", "Ян", LocalDate.of(2015, 6, 6), null));
        BatchOutcome enrolled = batches.apply(new Batch(List.of(child), List.of(), List.of(),
                List.of(learner("c-1-school", "c-1", 12, LocalDate.of(2026, 9, 1), null))), source);
        assertEquals(List.of(), enrolled.entries().get(1).notices());

        BatchOutcome second = batches.apply(new Batch(List.of(child), List.of(), List.of(),
                List.of(learner("c-1-other", "c-1", 10, LocalDate.of(2026, 10, 1), null),
                        learner("c-1-kindergarten", "c-1", 11, LocalDate.of(2026, 10, 1), null))), source);
        assertEquals(List.of("membership.concurrent-general"), second.entries().get(1).notices().stream().map(Violation::rule).toList());
        assertEquals(List.of("membership.age-range"), second.entries().get(2).notices().stream().map(Violation::rule).toList());

        MembershipEntry left = new MembershipEntry("c-1-school", "c-1", 12, "learner", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 1), null, new Order("12-к", LocalDate.of(2026, 9, 1)), "transfer-within-region",
                new Order("40-к", LocalDate.of(2026, 9, 30)), null);
        BatchOutcome third = batches.apply(new Batch(List.of(), List.of(), List.of(), List.of(left)), source);
        assertEquals(Result.UPDATED, third.entries().get(0).result(), third.toString());
        assertEquals("2026-10-01", string("SELECT ends_on::text FROM registry.membership WHERE id = ?", third.entries().get(0).id()));

        MembershipEntry reopened = new MembershipEntry("c-1-school", "c-1", 12, "learner", LocalDate.of(2026, 9, 1), null, null,
                new Order("12-к", LocalDate.of(2026, 9, 1)), null, null, null);
        EntryOutcome refused = batches.apply(new Batch(List.of(), List.of(), List.of(), List.of(reopened)), source).entries().get(0);
        assertEquals(List.of("membership.ended"), rules(refused));
        assertNull(refused.id());
    }

    @Test
    void twoEntriesOfOnePersonInOneBatchMakeOnePersonAndTheirOverlappingEnrollmentsOneMembership() throws SQLException {
        Source source = Source.provider("school-system-d", "Школьная система Г");
        String snils = "123-456-789 64";
        BatchOutcome outcome = batches.apply(new Batch(List.of(
                new PersonEntry("twin-a", person("Двойнова", "Ева", LocalDate.of(2014, 7, 7), snils)),
                new PersonEntry("twin-b", person("Двойнова", "Ева", LocalDate.of(2014, 7, 7), snils)),
                new PersonEntry("other", person("Одинокова", "Ида", LocalDate.of(2014, 8, 8), null))),
                List.of(), List.of(),
                List.of(learner("e-a", "twin-a", 12, LocalDate.of(2026, 9, 1), null),
                        learner("e-b", "twin-b", 12, LocalDate.of(2026, 10, 1), null),
                        learner("e-other", "other", 12, LocalDate.of(2026, 9, 1), null))), source);

        List<EntryOutcome> e = outcome.entries();
        assertEquals(List.of(Result.CREATED, Result.UNCHANGED, Result.CREATED, Result.CREATED, Result.REFUSED, Result.CREATED),
                e.stream().map(EntryOutcome::result).toList(), outcome.toString());
        assertEquals(e.get(0).id(), e.get(1).id(), "the second key is the same person");
        assertEquals(1, count("SELECT count(*) FROM registry.person WHERE snils = '12345678964'"));
        assertEquals(List.of("membership.overlap"), rules(e.get(4)));
        assertEquals(2, count("SELECT count(*) FROM registry.change c JOIN registry.source s ON s.id = c.source_id"
                + " WHERE s.reference = 'school-system-d' AND c.entity = 'person' AND c.action = 'create'"));
    }

    @Test
    void personsOfOneNameAndBirthdayWithDifferentSnilsAreDifferentPersons() throws SQLException {
        Source source = Source.provider("school-system-e", "Школьная система Д");
        LocalDate born = LocalDate.of(2016, 1, 1);
        batches.apply(new Batch(List.of(new PersonEntry("n-1", person("Тёзкина", "Ия", born, "200-000-001 19")),
                new PersonEntry("n-2", person("Тёзкина", "Ия", born, "200-000-002 20"))), List.of(), List.of(), List.of()), source);
        BatchOutcome later = batches.apply(new Batch(List.of(new PersonEntry("n-3", person("Тёзкина", "Ия", born,
                "200-000-003 21"))), List.of(), List.of(), List.of()), source);

        assertEquals(Result.CREATED, later.entries().get(0).result());
        assertEquals(3, count("SELECT count(*) FROM registry.person WHERE surname = 'Тёзкина'"));
        assertEquals(3, count("SELECT count(DISTINCT snils) FROM registry.person WHERE surname = 'Тёзкина'"));
    }

    @Test
    void theSourceOfHigherPriorityKeepsItsFactsAndWhatTheOtherSentStaysInProvenance() throws SQLException {
        Source journal = Source.provider("e-journal-12", "Электронный журнал");
        Source enrollment = Source.provider("enrollment-12", "Зачисление в ОО");
        LocalDate born = LocalDate.of(2013, 3, 3);
        LocalDate from = LocalDate.of(2026, 9, 1);
        BatchOutcome first = batches.apply(new Batch(List.of(new PersonEntry("j-1", person("Приоритетова", "Вера", born,
                "145-678-912 08"))), List.of(), List.of(), List.of(learner("j-1-m", "j-1", 12, from, null))), journal, Map.of(12L, 10));
        long personId = first.entries().get(0).id();
        MembershipEntry otherOrder = new MembershipEntry("e-7-m", "e-7", 12, "learner", from, null, null, new Order("99-к", from),
                null, null, null);
        Batch disagreeing = new Batch(List.of(new PersonEntry("e-7", person("Приоритетова-Иванова", "Вера", born,
                "145-678-912 08"))), List.of(), List.of(), List.of(otherOrder));

        BatchOutcome lower = batches.apply(disagreeing, enrollment, Map.of(12L, 5));

        assertEquals(List.of(Result.UNCHANGED, Result.UNCHANGED), lower.entries().stream().map(EntryOutcome::result).toList());
        Violation notice = lower.entries().get(0).notices().get(0);
        assertEquals(RegistryBatches.OUTRANKED, notice.rule());
        assertEquals("surname", notice.field());
        assertEquals("Приоритетова-Иванова", notice.value());
        assertTrue(notice.message().contains("«Электронный журнал» with priority 10"), notice.message());
        assertEquals("enrollmentOrderNumber", lower.entries().get(1).notices().get(0).field());
        assertEquals("Приоритетова", string("SELECT surname FROM registry.person WHERE id = ?", personId));
        assertEquals("12-к", string("SELECT enrollment_order_number FROM registry.membership WHERE person_id = ?", personId));
        assertEquals("Приоритетова-Иванова", string("SELECT c.after ->> 'surname' FROM registry.change c JOIN registry.source s"
                + " ON s.id = c.source_id WHERE c.action = 'overruled' AND c.entity = 'person' AND c.entity_id = ?"
                + " AND s.reference = 'enrollment-12'", personId), "the losing value is kept in provenance");

        batches.prioritize(enrollment, Map.of(12L, 10));
        BatchOutcome equal = batches.apply(disagreeing, enrollment, Map.of(12L, 10));

        assertEquals(List.of(Result.UPDATED, Result.UPDATED), equal.entries().stream().map(EntryOutcome::result).toList(),
                "at an equal priority the later writer wins");
        assertEquals("Приоритетова-Иванова", string("SELECT surname FROM registry.person WHERE id = ?", personId));
        assertEquals(List.of(), equal.entries().get(0).notices());
    }

    private static String string(String sql, Object... values) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             var q = new Sql().append(sql, values).prepare(c); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
