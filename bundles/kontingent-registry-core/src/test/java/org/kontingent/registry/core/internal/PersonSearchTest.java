package org.kontingent.registry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.query.PageRequest;
import org.kontingent.registry.api.query.PersonMatch;
import org.kontingent.registry.api.query.PersonMatch.Kind;
import org.kontingent.registry.api.query.PersonSearch;
import org.kontingent.registry.api.query.PersonSearch.Who;
import org.kontingent.registry.api.query.SearchPage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Person search on {@link SmallRegion} and a few more names: each criterion, the tiers of
 * closeness and when the search widens to them, paging by offset and by cursor, and the count
 * cap.
 */
class PersonSearchTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final PersonSearch ANYONE = PersonSearch.everyone().within(Who.ALL, null, null, TODAY);
    private static EmbeddedPostgres postgres;
    private static JdbcPersonQueries persons;

    @BeforeAll
    static void region() throws Exception {
        postgres = SmallRegion.start("""
                    INSERT INTO registry.person (id, surname, name, patronymic, surname_norm, name_norm, patronymic_norm,
                            birth_date, sex, merged_into) VALUES
                        (2000, 'Иванова', 'Алёна', NULL, 'ИВАНОВА', 'АЛЕНА', '', '2014-05-05', 'F', NULL),
                        (2001, 'Иваненко', 'Олег', NULL, 'ИВАНЕНКО', 'ОЛЕГ', '', '2013-01-01', 'M', NULL),
                        (2002, 'Ливанов', 'Павел', NULL, 'ЛИВАНОВ', 'ПАВЕЛ', '', '2012-01-01', 'M', NULL),
                        (2003, 'Смирнов', 'Иван', 'Петрович', 'СМИРНОВ', 'ИВАН', 'ПЕТРОВИЧ', '2011-01-01', 'M', NULL),
                        (2004, 'Смирнова', 'Ольга', NULL, 'СМИРНОВА', 'ОЛЬГА', '', '2010-01-01', 'F', NULL),
                        (2005, 'Иванов', 'Пётр', 'Сергеевич', 'ИВАНОВ', 'ПЕТР', 'СЕРГЕЕВИЧ', '2015-04-02', 'M', 1000),
                        (2006, 'Перекузнецов', 'Олег', NULL, 'ПЕРЕКУЗНЕЦОВ', 'ОЛЕГ', '', '2009-01-01', 'M', NULL);
                    -- 12 Кузнецов and 18 Кузнецова, for paging across the exact and the prefix tier
                    INSERT INTO registry.person (id, surname, name, surname_norm, name_norm)
                    SELECT 3000 + i, CASE WHEN i <= 12 THEN 'Кузнецов' ELSE 'Кузнецова' END, 'Имя' || chr(1039 + i),
                           CASE WHEN i <= 12 THEN 'КУЗНЕЦОВ' ELSE 'КУЗНЕЦОВА' END, 'ИМЯ' || chr(1039 + i)
                      FROM generate_series(1, 30) i;
                    -- more than the count stops at
                    INSERT INTO registry.person (id, surname, name, surname_norm, name_norm)
                    SELECT 10000 + i, 'Тестов', 'Тест', 'ТЕСТОВ', 'ТЕСТ' FROM generate_series(1, 10050) i;
                    ANALYZE;
                    """);
        persons = new JdbcPersonQueries(postgres.getPostgresDatabase(), SmallRegion.SCHEMA);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static SearchPage<PersonMatch> search(PersonSearch criteria) {
        return persons.search(criteria, PageRequest.first(100), null, Scope.region());
    }

    private static List<Long> ids(SearchPage<PersonMatch> page) {
        return page.items().stream().map(m -> m.person().id()).toList();
    }

    private static List<Kind> kinds(SearchPage<PersonMatch> page) {
        return page.items().stream().map(PersonMatch::kind).toList();
    }

    @Test
    void theWholeSurnameComesFirstThenLongerSurnamesThenSurnamesContainingIt() {
        SearchPage<PersonMatch> found = search(ANYONE.withNames("иванов", null, null));

        assertEquals(List.of(1000L, 2000L, 1003L, 2002L), ids(found), "Иванов; Иванова Алёна, Иванова Мария; Ливанов");
        assertEquals(List.of(Kind.EXACT, Kind.PREFIX, Kind.PREFIX, Kind.FRAGMENT), kinds(found));
        assertEquals(4, found.total());
        assertFalse(found.totalCapped());
        assertNull(found.next());
        assertEquals("***-***-445 95", found.items().get(0).person().maskedSnils(), "lists show the СНИЛС masked");
    }

    @Test
    void namesMatchWhateverTheCaseAndTheLetterYo() {
        assertEquals(List.of(2000L), ids(search(ANYONE.withNames("ИВАНОВА", "алена", null))));
        assertEquals(List.of(2000L), ids(search(ANYONE.withNames("  иванова ", "Алёна", null))));
        assertEquals(List.of(1000L), ids(search(ANYONE.withNames(null, "петр", "серг"))), "a merged person is not found");
    }

    @Test
    void aFragmentOfThreeLettersIsLookedForInsideThatPartOnly() {
        SearchPage<PersonMatch> found = search(ANYONE.withNames(null, "ван", null));

        assertEquals(List.of(2003L), ids(found), "Иван has it in the name; Иванов only in the surname");
        assertEquals(List.of(Kind.FRAGMENT), kinds(found));
        assertEquals(List.of(), ids(search(ANYONE.withNames(null, "ва", null))), "two letters are a prefix only");
    }

    @Test
    void aTypoIsToleratedWhenTheSpellingAsTypedFindsLittle() {
        SearchPage<PersonMatch> found = search(ANYONE.withNames("Смирнав", null, null));

        assertEquals(List.of(2003L, 2004L), ids(found), "Смирнов one letter off; Смирнова starts one letter off");
        assertEquals(List.of(Kind.TYPO, Kind.TYPO), kinds(found));
        assertEquals(List.of(2003L), ids(search(ANYONE.withNames("Смрнов", "Иван", null))), "a letter missing");
        assertEquals(List.of(), ids(search(ANYONE.withNames("Смирнав", null, null).withTypos(false))));
        assertEquals(List.of(), ids(search(ANYONE.withNames("Смерноф", null, null))), "two typos are too many");
    }

    @Test
    void aNameChangedInTheRegistryIsFoundByItsFragments() throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO registry.person (id, surname, name, surname_norm, name_norm) VALUES"
                    + " (2007, 'Ёлкина', 'Вера', 'ЕЛКИНА', 'ВЕРА')");
            s.execute("UPDATE registry.person SET surname = 'Шишкина', surname_norm = 'ШИШКИНА' WHERE id = 2007");
        }
        assertEquals(List.of(2007L), ids(search(ANYONE.withNames("ишкин", "вера", null))));
        assertEquals(List.of(2007L), ids(search(ANYONE.withNames("шышкина", "вера", null))));
        assertEquals(List.of(), ids(search(ANYONE.withNames("елкин", "вера", null))), "the old surname finds nobody");
    }

    @Test
    void fragmentsAndTyposAreLookedForOnlyWhenTheStartOfTheNameFindsLittle() {
        SearchPage<PersonMatch> found = search(ANYONE.withNames("Кузнецов", null, null));

        assertEquals(30, found.total(), "Перекузнецов is not offered: 30 start with Кузнецов");
        assertEquals(List.of(Kind.EXACT, Kind.PREFIX), kinds(found).stream().distinct().toList());
        assertEquals(List.of(2006L), ids(search(ANYONE.withNames("кузнецов", "олег", null))), "none start so: widened");
    }

    @Test
    void birthDateAgeAndSexNarrowTheSearch() {
        assertEquals(List.of(1000L), ids(search(ANYONE.withBirth(LocalDate.of(2015, 4, 2), null))));
        assertEquals(List.of(1004L, 1000L), ids(search(ANYONE.withBirth(null, 11))), "born 2014-11-24 .. 2015-11-23");
        assertEquals(List.of(1004L), ids(search(ANYONE.withBirth(null, 11).withNames("Абр", null, null))));
        assertEquals(List.of(2000L, 1003L), ids(search(ANYONE.withNames("иванов", null, null).withSex("F"))));
    }

    @Test
    void documentsAreFoundByTypeSeriesAndNumberAsWrittenOnThem() {
        assertEquals(List.of(1000L), ids(search(ANYONE.withDocument(null, null, "123456"))));
        assertEquals(List.of(1000L), ids(search(ANYONE.withDocument("birth-certificate", "iv то", "123456"))));
        assertEquals(List.of(1003L), ids(search(ANYONE.withDocument("passport", "01 08", "654 321"))));
        assertEquals(List.of(), ids(search(ANYONE.withDocument("passport", null, "123456"))), "that number is a certificate's");
        assertThrows(IllegalArgumentException.class, () -> search(ANYONE.withDocument("visa", null, "1")));
    }

    @Test
    void whoAndWhereAreTakenOnTheDayAsked() {
        assertEquals(List.of(1004L, 1000L, 1002L), ids(search(ANYONE.within(Who.LEARNERS, null, null, TODAY))),
                "Петрова left in June");
        assertEquals(List.of(1003L), ids(search(ANYONE.within(Who.REPRESENTATIVES, null, null, TODAY))));
        assertEquals(List.of(), ids(search(ANYONE.within(Who.STAFF, null, null, TODAY))));
        assertEquals(List.of(1004L, 1000L), ids(search(ANYONE.within(Who.LEARNERS, null, 10L, TODAY))));
        assertEquals(List.of(1000L, 1001L), ids(search(ANYONE.within(Who.LEARNERS, null, 10L, LocalDate.of(2026, 3, 1)))));
        assertEquals(List.of(1002L), ids(search(ANYONE.within(Who.LEARNERS, 3L, null, TODAY))), "under the Barnaul committee");
        assertEquals(List.of(1004L, 1000L, 1002L), ids(search(ANYONE.within(Who.LEARNERS, 1L, null, TODAY))),
                "under the ministry");
        assertEquals(List.of(1003L), ids(search(ANYONE.within(Who.REPRESENTATIVES, 2L, null, TODAY))),
                "the mother of a learner of the Aleysk district");
    }

    @Test
    void pagesByOffsetAndByCursorAreTheSameAcrossTiers() {
        PersonSearch kuznetsovs = ANYONE.withNames("кузнецов", null, null);
        List<Long> byOffset = new ArrayList<>();
        List<Kind> tiers = new ArrayList<>();
        for (int offset = 0; offset < 30; offset += 10) {
            SearchPage<PersonMatch> page = persons.search(kuznetsovs, new PageRequest(offset, 10), null, Scope.region());
            assertEquals(30, page.total());
            assertEquals(offset + 1, page.first());
            byOffset.addAll(ids(page));
            tiers.addAll(kinds(page));
        }
        List<Long> byCursor = new ArrayList<>();
        String cursor = null;
        int offset = 0;
        do {
            SearchPage<PersonMatch> page = persons.search(kuznetsovs, new PageRequest(offset, 10), cursor, Scope.region());
            byCursor.addAll(ids(page));
            cursor = page.next();
            offset += 10;
        } while (cursor != null);

        assertEquals(30, byOffset.size());
        assertEquals(byOffset, byCursor);
        assertEquals(12, tiers.stream().filter(k -> k == Kind.EXACT).count(), "the second page starts with the last exact ones");
        assertEquals(Kind.EXACT, tiers.get(11));
        assertEquals(Kind.PREFIX, tiers.get(12));
        assertEquals(List.of(3001L, 3002L, 3003L), byOffset.subList(0, 3), "ordered by name within a tier");
    }

    @Test
    void countingStopsAtTenThousandAndDeeperPagesAreReadAfterACursor() {
        PersonSearch tests = ANYONE.withNames("тест", null, null);
        SearchPage<PersonMatch> last = persons.search(tests, new PageRequest(9_990, 10), null, Scope.region());

        assertEquals(10_000, last.total());
        assertTrue(last.totalCapped());
        assertNotNull(last.next());
        assertThrows(IllegalArgumentException.class, () -> persons.search(tests, new PageRequest(10_000, 10), null, Scope.region()));
        SearchPage<PersonMatch> beyond = persons.search(tests, new PageRequest(10_000, 100), last.next(), Scope.region());
        assertEquals(50, beyond.items().size());
        assertEquals(10_001, beyond.first());
        assertNull(beyond.next());
        assertEquals(20_001, beyond.items().get(0).person().id(), "right after the last counted one");
    }

    @Test
    void aCursorIsNotTakenToAnotherSearch() {
        String cursor = persons.search(ANYONE.withNames("кузнецов", null, null), PageRequest.first(10), null, Scope.region()).next();

        assertThrows(IllegalArgumentException.class,
                () -> persons.search(ANYONE.withNames("кузнецова", null, null), PageRequest.first(10), cursor, Scope.region()));
        assertThrows(IllegalArgumentException.class, () -> persons.search(ANYONE, PageRequest.first(10), "not-a-cursor", Scope.region()));
    }

    @Test
    void whatIsTypedIsNeverTakenForSql() {
        SearchPage<PersonMatch> found = search(ANYONE.withNames("x' OR '1'='1", "'; DROP TABLE registry.person; --", "%"));

        assertEquals(0, found.total());
        assertEquals(10_000, search(ANYONE.withNames("тест", null, null)).total(), "every person is still there");
    }
}
