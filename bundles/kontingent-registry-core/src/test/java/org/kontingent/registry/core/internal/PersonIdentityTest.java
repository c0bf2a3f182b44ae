package org.kontingent.registry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.command.Enrollment;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.command.PersonData;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.identity.DuplicateCandidate;
import org.kontingent.registry.api.identity.DuplicateCandidate.Reason;
import org.kontingent.registry.api.identity.Identification;
import org.kontingent.registry.api.identity.Identification.Method;
import org.kontingent.registry.api.identity.IdentityKey;
import org.kontingent.registry.api.identity.Merge;
import org.kontingent.registry.api.identity.PersonMergeParticipant;
import org.kontingent.registry.api.query.Page;
import org.kontingent.registry.api.query.PageRequest;
import org.kontingent.registry.api.query.PersonPortfolio;
import org.kontingent.registry.api.query.PersonSearch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Identification, duplicate candidates, and merges with their undo, on {@link SmallRegion}. */
class PersonIdentityTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Source REVIEWER = Source.user("reviewer");
    private static EmbeddedPostgres postgres;
    private static JdbcPersonIdentity identity;
    private static JdbcPersonQueries persons;
    private static JdbcRegistryCommands commands;

    @BeforeAll
    static void region() throws Exception {
        postgres = SmallRegion.start("""
                    INSERT INTO registry.person (id, surname, name, patronymic, surname_norm, name_norm, patronymic_norm,
                            birth_date, sex) VALUES
                        (3001, 'Кузнецова', 'Дарья', 'Ивановна', 'КУЗНЕЦОВА', 'ДАРЬЯ', 'ИВАНОВНА', '2014-06-01', 'F'),
                        (3002, 'кузнецова', 'дарья', 'ивановна', 'КУЗНЕЦОВА', 'ДАРЬЯ', 'ИВАНОВНА', '2014-06-01', 'F'),
                        (3003, 'Кузнецова', 'Дария', 'Ивановна', 'КУЗНЕЦОВА', 'ДАРИЯ', 'ИВАНОВНА', '2014-06-01', 'F'),
                        (3004, 'Дарья', 'Кузнецова', 'Ивановна', 'ДАРЬЯ', 'КУЗНЕЦОВА', 'ИВАНОВНА', '2014-06-01', 'F'),
                        (3005, 'Kuznetsova', 'Daria', NULL, 'KUZNETSOVA', 'DARIA', '', '2014-06-01', 'F'),
                        (3006, 'Кузнецова', 'Дарья', 'Ивановна', 'КУЗНЕЦОВА', 'ДАРЬЯ', 'ИВАНОВНА', '2014-01-06', 'F'),
                        (3007, 'Кузнецова', 'Дарья', 'Ивановна', 'КУЗНЕЦОВА', 'ДАРЬЯ', 'ИВАНОВНА', '2014-06-01', 'M'),
                        (3008, 'Орлов', 'Илья', NULL, 'ОРЛОВ', 'ИЛЬЯ', '', '2015-05-05', 'M'),
                        (3009, 'Орлов', 'Иван', NULL, 'ОРЛОВ', 'ИВАН', '', '2016-05-05', 'M');
                    -- the same certificate, its series once typed with the Latin T and O
                    INSERT INTO registry.identity_document (person_id, type_code, series, number) VALUES
                        (3008, 'birth-certificate', 'IV-ТО', '777777'), (3009, 'birth-certificate', 'IV-TO', '777777');
                    """);
        identity = new JdbcPersonIdentity(postgres.getPostgresDatabase(), SmallRegion.SCHEMA);
        persons = new JdbcPersonQueries(postgres.getPostgresDatabase(), SmallRegion.SCHEMA);
        commands = new JdbcRegistryCommands(postgres.getPostgresDatabase(),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static IdentityKey key(String snils, String surname, String name, String patronymic, LocalDate born,
            String type, String series, String number) {
        return new IdentityKey(snils, surname, name, patronymic, born, type, series, number);
    }

    @Test
    void aPersonIsIdentifiedBySnilsThenByTheCombinedIdentifier() {
        LocalDate born = LocalDate.of(2015, 4, 2);
        assertEquals(new Identification(1000L, Method.SNILS, List.of()),
                identity.identify(key("112-233-445 95", null, null, null, null, null, null, null)));
        assertEquals(new Identification(1000L, Method.COMBINED, List.of()), identity.identify(
                key(null, "ИВАНОВ", "петр", "Сергеевич", born, "birth-certificate", "iv-то", "123456")));
        assertEquals(new Identification(1000L, Method.NAME_AND_BIRTH_DATE, List.of()),
                identity.identify(key(null, "Иванов", "Пётр", "Сергеевич", born, null, null, null)));
        assertEquals(Method.NOT_FOUND, identity.identify(key(null, "Иванов", "Пётр", "Сергеевич", born, "birth-certificate",
                "IV-ТО", "999999")).method(), "he has another certificate");
        assertEquals(Method.NOT_FOUND, identity.identify(key("145-678-912 08", "Иванов", "Пётр", "Сергеевич", born, null, null,
                null)).method(), "he has another СНИЛС");
        assertEquals(new Identification(null, Method.AMBIGUOUS, List.of(3001L, 3002L, 3007L)),
                identity.identify(key(null, "Кузнецова", "Дарья", "Ивановна", LocalDate.of(2014, 6, 1), null, null, null)));
    }

    @Test
    void duplicatesAreScoredWithTheirReasons() {
        List<DuplicateCandidate> found = identity.duplicatesOf(3001);

        List<Long> ids = found.stream().map(d -> d.second().id()).toList();
        assertEquals(List.of(3002L, 3005L, 3003L, 3004L, 3006L, 3007L), ids);
        assertEquals(List.of(90, 80, 75, 70, 65, 60), found.stream().map(DuplicateCandidate::score).toList());
        assertEquals(List.of(Reason.SAME_NAME, Reason.SAME_BIRTH_DATE), found.get(0).reasons());
        assertEquals(List.of(Reason.TRANSLITERATED_NAME, Reason.SAME_BIRTH_DATE), found.get(1).reasons());
        assertEquals(List.of(Reason.NAME_ONE_TYPO, Reason.SAME_BIRTH_DATE), found.get(2).reasons());
        assertEquals(List.of(Reason.SWAPPED_NAME_PARTS, Reason.SAME_BIRTH_DATE), found.get(3).reasons());
        assertEquals(List.of(Reason.SAME_NAME, Reason.BIRTH_DAY_AND_MONTH_SWAPPED), found.get(4).reasons());
        assertEquals(3001, found.get(0).first().id());
    }

    @Test
    void theSameDocumentUnderAnotherNameIsACandidate() {
        List<DuplicateCandidate> found = identity.duplicatesOf(3008);

        assertEquals(1, found.size());
        assertEquals(3009, found.get(0).second().id());
        assertEquals(List.of(Reason.SAME_DOCUMENT_NUMBER), found.get(0).reasons());
    }

    @Test
    void aScanKeepsPairsForReviewAndADismissedPairIsNotOfferedAgain() {
        long open = identity.scan(LocalDate.of(2014, 1, 1), LocalDate.of(2017, 1, 1));

        List<DuplicateCandidate> page = identity.candidates(PageRequest.first(100)).items();
        assertEquals(open, identity.candidates(PageRequest.first(10)).total());
        assertEquals(90, page.get(0).score());
        assertTrue(page.stream().anyMatch(d -> d.first().id() == 3008 && d.second().id() == 3009));

        identity.dismiss(3007, 3001, REVIEWER);
        identity.scan(LocalDate.of(2014, 1, 1), LocalDate.of(2017, 1, 1));

        assertFalse(identity.candidates(PageRequest.first(100)).items().stream()
                .anyMatch(d -> d.first().id() == 3001 && d.second().id() == 3007));
        assertEquals(open - 1, identity.candidates(PageRequest.first(10)).total());
    }

    @Test
    void aScopeSeesThePairsBothOfWhosePersonsAreInsideIt() {
        commands.enroll(new Enrollment(3008, 10, "learner", LocalDate.of(2024, 9, 1), null, null, null), REVIEWER);
        commands.enroll(new Enrollment(3009, 10, "learner", LocalDate.of(2024, 9, 1), null, null, null), REVIEWER);
        identity.scan(LocalDate.of(2014, 1, 1), LocalDate.of(2017, 1, 1));

        Page<DuplicateCandidate> district = identity.candidates(PageRequest.first(10), Scope.authority(2), TODAY);
        assertEquals(List.of(List.of(3008L, 3009L)), district.items().stream()
                .map(d -> List.of(d.first().id(), d.second().id())).toList(), "the two of school 10");
        assertEquals(1, district.total());
        assertEquals(0, identity.candidates(PageRequest.first(10), Scope.authority(3), TODAY).total(), "none in Barnaul");
        assertEquals(1, identity.candidates(PageRequest.first(10), Scope.organization(10), TODAY).total());
        assertEquals(0, identity.candidates(PageRequest.first(10), Scope.provider(1), TODAY).total());

        Page<DuplicateCandidate> region = identity.candidates(new PageRequest(0, 100, "name"), Scope.region(), TODAY);
        assertEquals(identity.candidates(PageRequest.first(10)).total(), region.total());
        List<String> surnames = region.items().stream().map(d -> d.first().surname().toUpperCase()).toList();
        assertEquals(surnames.stream().sorted().toList(), surnames, "by the first person's name in its normal form");
        assertEquals("ОРЛОВ", surnames.get(surnames.size() - 1));
        List<Integer> ascending = identity.candidates(new PageRequest(0, 100, "score"), Scope.region(), TODAY).items().stream()
                .map(DuplicateCandidate::score).toList();
        assertEquals(ascending.stream().sorted().toList(), ascending);
        assertThrows(IllegalArgumentException.class,
                () -> identity.candidates(new PageRequest(0, 10, "snils"), Scope.region(), TODAY));
    }

    @Test
    void aMergeMovesEverythingToTheKeptPersonAndItsUndoMovesItBack() {
        long kept = commands.createPerson(person("Соколов", null), REVIEWER);
        long merged = commands.createPerson(person("Соколов", "123-456-789 64"), REVIEWER);
        long mother = commands.createPerson(new PersonData("Соколова", "Анна", null, LocalDate.of(1990, 1, 1), "F", null, null,
                null, null, null, null, null, List.of()), REVIEWER);
        commands.enroll(new Enrollment(kept, 11, "learner", LocalDate.of(2019, 9, 1), null, null, null), REVIEWER);
        commands.enroll(new Enrollment(merged, 10, "learner", LocalDate.of(2022, 9, 1), null, null, null), REVIEWER);
        commands.linkRepresentative(merged, mother, "mother", REVIEWER);
        List<String> calls = new ArrayList<>();
        PersonMergeParticipant portfolio = participant("portfolio", calls);
        identity.addParticipant(portfolio);
        try {
            Merge merge = identity.merge(kept, merged, REVIEWER);

            assertEquals(1, merge.moved().get("membership"));
            assertEquals(1, merge.moved().get("representative"));
            assertEquals(1, merge.moved().get("snils"));
            PersonPortfolio card = persons.person(kept, TODAY, Scope.region()).orElseThrow();
            assertEquals("12345678964", card.snils());
            assertEquals(2, card.memberships().size());
            assertEquals(List.of(mother), card.representatives().stream().map(r -> r.person().id()).toList());
            assertEquals(Optional.of(kept), persons.bySnils("12345678964", Scope.region()));
            assertEquals(1, persons.search(PersonSearch.everyone().withNames("соколов", "миша", null), PageRequest.first(10),
                    null, Scope.region()).total(), "the merged person is no longer found");
            assertThrows(InvalidRecordException.class, () -> commands.updatePerson(merged, person("Соколов", null), REVIEWER));
            assertEquals(List.of("merge " + kept + " " + merged), calls);

            assertEquals(Optional.of(merge), identity.findMerge(merge.id()), "a merge is read before it is undone");
            assertEquals(Optional.empty(), identity.findMerge(merge.id() + 1000));

            Merge undone = identity.undo(merge.id(), REVIEWER);

            assertNotNull(undone.undoneAt());
            assertEquals(Optional.of(undone), identity.findMerge(merge.id()));
            PersonPortfolio back = persons.person(merged, TODAY, Scope.region()).orElseThrow();
            assertEquals("12345678964", back.snils());
            assertEquals(1, back.memberships().size());
            assertEquals(List.of(mother), back.representatives().stream().map(r -> r.person().id()).toList());
            PersonPortfolio keptAgain = persons.person(kept, TODAY, Scope.region()).orElseThrow();
            assertNull(keptAgain.snils());
            assertEquals(1, keptAgain.memberships().size());
            assertTrue(keptAgain.representatives().isEmpty());
            assertEquals(List.of("merge " + kept + " " + merged, "undo " + kept + " " + merged + " moved-rows"), calls);
            assertThrows(InvalidRecordException.class, () -> identity.undo(merge.id(), REVIEWER));
        } finally {
            identity.removeParticipant(portfolio);
        }
    }

    @Test
    void aMergeThatWouldPutAPersonTwiceIntoOneOrganizationIsRefused() {
        long kept = commands.createPerson(person("Лебедев", null), REVIEWER);
        long merged = commands.createPerson(person("Лебедев", null), REVIEWER);
        commands.enroll(new Enrollment(kept, 10, "learner", LocalDate.of(2019, 9, 1), null, null, null), REVIEWER);
        commands.enroll(new Enrollment(merged, 10, "learner", LocalDate.of(2022, 9, 1), null, null, null), REVIEWER);

        InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> identity.merge(kept, merged, REVIEWER));

        assertEquals("merge.membership-overlap", refused.violations().get(0).rule());
        assertEquals(1, persons.person(merged, TODAY, Scope.region()).orElseThrow().memberships().size(), "nothing moved");
    }

    @Test
    void anUndoNeedsTheExtensionsThatMovedData() {
        long kept = commands.createPerson(person("Голубев", null), REVIEWER);
        long merged = commands.createPerson(person("Голубев", null), REVIEWER);
        PersonMergeParticipant grades = participant("grades", new ArrayList<>());
        identity.addParticipant(grades);
        Merge merge = identity.merge(kept, merged, REVIEWER);
        identity.removeParticipant(grades);

        InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> identity.undo(merge.id(), REVIEWER));

        assertEquals("merge.extension-missing", refused.violations().get(0).rule());
        assertTrue(refused.getMessage().contains("grades"), refused.getMessage());
    }

    private static PersonData person(String surname, String snils) {
        return new PersonData(surname, "Миша", null, LocalDate.of(2012, 2, 2), "M", snils, null, null, null, null, null, null,
                List.of());
    }

    private static PersonMergeParticipant participant(String name, List<String> calls) {
        return new PersonMergeParticipant() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String merge(Connection connection, long keptId, long mergedId) {
                calls.add("merge " + keptId + " " + mergedId);
                return "moved-rows";
            }

            @Override
            public void undo(Connection connection, long keptId, long mergedId, String moved) {
                calls.add("undo " + keptId + " " + mergedId + " " + moved);
            }
        };
    }
}
