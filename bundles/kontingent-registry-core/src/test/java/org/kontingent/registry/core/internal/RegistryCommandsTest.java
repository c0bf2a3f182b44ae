package org.kontingent.registry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.command.Enrollment;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.command.Leaving;
import org.kontingent.registry.api.command.NoSuchRecordException;
import org.kontingent.registry.api.command.Order;
import org.kontingent.registry.api.command.OrganizationData;
import org.kontingent.registry.api.command.PersonData;
import org.kontingent.registry.api.command.PersonData.DocumentData;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.identifiers.Violation;
import org.kontingent.registry.api.query.OrganizationPortfolio;
import org.kontingent.registry.api.query.PageRequest;
import org.kontingent.registry.api.query.PersonPortfolio;
import org.kontingent.registry.api.query.PersonSummary;
import org.kontingent.registry.api.query.Requisites;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Writes through {@link JdbcRegistryCommands} on {@link SmallRegion}: what is stored, what is
 * refused (with the field, value and rule), that a refused write leaves nothing, and the journal.
 */
class RegistryCommandsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Source OPERATOR = Source.user("operator");
    private static EmbeddedPostgres postgres;
    private static JdbcRegistryCommands commands;
    private static JdbcPersonQueries persons;

    @BeforeAll
    static void region() throws Exception {
        postgres = SmallRegion.start();
        commands = new JdbcRegistryCommands(postgres.getPostgresDatabase(),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        persons = new JdbcPersonQueries(postgres.getPostgresDatabase(), SmallRegion.SCHEMA);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static PersonData child(String surname, String snils, List<DocumentData> documents) {
        return new PersonData(surname, "Алёна", "Игоревна", LocalDate.of(2016, 3, 8), "F", snils, "RU", "г. Барнаул",
                null, null, null, "alena@example.org", documents);
    }

    private static DocumentData certificate(String series, String number) {
        return new DocumentData("birth-certificate", series, number, LocalDate.of(2016, 3, 20), "Отдел ЗАГС г. Барнаула");
    }

    private static List<String> rules(InvalidRecordException e) {
        return e.violations().stream().map(Violation::rule).toList();
    }

    private static long count(String sql, Object... values) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             var q = new Sql().append(sql, values).prepare(c); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aPersonIsStoredInNormalFormWithDocumentsAndJournaledWithItsSource() throws SQLException {
        long id = commands.createPerson(child("Ёлкина", "123-456-789 64", List.of(certificate("iv то", "123 457"))), OPERATOR);

        PersonPortfolio card = persons.person(id, TODAY, Scope.region()).orElseThrow();
        assertEquals("Ёлкина", card.surname());
        assertEquals("12345678964", card.snils());
        assertEquals("IV-ТО", card.documents().get(0).series());
        assertEquals("123457", card.documents().get(0).number());
        assertEquals(1, count("SELECT count(*) FROM registry.person WHERE id = ? AND surname_norm = 'ЕЛКИНА'", id));
        assertEquals(1, count("SELECT count(*) FROM registry.change c JOIN registry.source s ON s.id = c.source_id"
                + " WHERE c.entity = 'person' AND c.entity_id = ? AND c.action = 'create' AND c.before IS NULL"
                + " AND c.after->>'snils' = '12345678964' AND jsonb_array_length(c.after->'documents') = 1"
                + " AND s.kind = 'user' AND s.reference = 'operator'", id));
    }

    @Test
    void anInvalidPersonIsRefusedNamingEachFieldValueAndRuleAndNothingIsStored() throws SQLException {
        long before = count("SELECT count(*) FROM registry.person");
        PersonData wrong = new PersonData("Петров", " ", null, TODAY.plusDays(1), "X", "112-233-445 96", null, null, null,
                null, null, "not-an-address", List.of(new DocumentData("passport", "01", "12", null, null),
                        new DocumentData("visa", null, "1", null, null)));

        InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> commands.createPerson(wrong, OPERATOR));

        assertEquals("new person", refused.record());
        assertEquals(List.of("required", "birth-date.future", "sex.value", "snils.checksum", "email.format",
                "document.series.format", "document.number.format", "document.type"), rules(refused));
        Violation snils = refused.violations().get(3);
        assertEquals("snils", snils.field());
        assertEquals("112-233-445 96", snils.value());
        assertEquals("documents[0].series", refused.violations().get(5).field());
        assertEquals("documents[1].type", refused.violations().get(7).field());
        assertEquals(before, count("SELECT count(*) FROM registry.person"));
    }

    @Test
    void aNameWithMarkupOrDigitsIsRefusedAndRealNamesPass() {
        PersonData script = new PersonData("<script>alert(1)</script>", "Анна", "Д'Артаньян-Оглы", LocalDate.of(2015, 1, 1),
                "F", null, null, null, null, null, null, null, List.of());
        InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> commands.createPerson(script, OPERATOR));
        assertEquals(List.of("name.characters"), rules(refused));
        assertEquals("surname", refused.violations().get(0).field());
        assertThrows(InvalidRecordException.class, () -> commands.createPerson(new PersonData("Петров2", "Анна", null,
                LocalDate.of(2015, 1, 1), "F", null, null, null, null, null, null, null, List.of()), OPERATOR));
        commands.createPerson(new PersonData("Д'Артаньян-Оглы", "Анна-Мария", "ʼАбдуллаевна", LocalDate.of(2015, 1, 1), "F", null,
                null, null, null, null, null, null, List.of()), OPERATOR);
    }

    @Test
    void aSnilsOrDocumentOfAnotherPersonIsRefused() {
        InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> commands.createPerson(
                child("Дублёва", "11223344595", List.of(certificate("IV-ТО", "123456"))), OPERATOR));

        assertEquals(List.of("snils.unique", "document.unique"), rules(refused));
        assertTrue(refused.violations().get(0).message().contains("person 1000"), refused.getMessage());
    }

    @Test
    void anUpdateReplacesTheRecordAndItsDocumentsAndJournalsBeforeAndAfter() throws SQLException {
        long id = commands.createPerson(child("Морозова", null, List.of(certificate("I-БА", "654321"))), OPERATOR);

        InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> commands.updatePerson(id,
                new PersonData("Морозова", "Алёна", "Игоревна", LocalDate.of(2016, 3, 8), "F", null, "RU", null, null, null,
                        null, null, List.of(new DocumentData("passport", "0120", "111222", LocalDate.of(2030, 1, 1), null))),
                Source.provider("sgo", "Сетевой город")));

        assertEquals("person " + id, refused.record());
        assertTrue(rules(refused).contains("document.issue-date.future"), rules(refused).toString());
        assertEquals("I-БА", persons.person(id, TODAY, Scope.region()).orElseThrow().documents().get(0).series());
        commands.updatePerson(id, child("Морозова-Ким", null, List.of(certificate("I-БА", "654321"),
                new DocumentData("foreign-document", null, "K-77", null, "Консульство"))), Source.provider("sgo", "Сетевой город"));

        PersonPortfolio card = persons.person(id, TODAY, Scope.region()).orElseThrow();
        assertEquals("Морозова-Ким", card.surname());
        assertEquals(2, card.documents().size());
        assertEquals(1, count("SELECT count(*) FROM registry.change c JOIN registry.source s ON s.id = c.source_id"
                + " WHERE c.entity_id = ? AND c.action = 'update' AND c.before->>'surname' = 'Морозова'"
                + " AND c.after->>'surname' = 'Морозова-Ким' AND s.kind = 'provider' AND s.name = 'Сетевой город'", id));
        assertThrows(NoSuchRecordException.class, () -> commands.updatePerson(999_999, child("Никто", null, List.of()), OPERATOR));
    }

    @Test
    void theJournalCannotBeChangedOrEmptied() throws SQLException {
        commands.createPerson(child("Журналова", null, List.of()), OPERATOR);
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.execute("UPDATE registry.change SET action = 'delete'"));
            assertThrows(SQLException.class, () -> s.execute("DELETE FROM registry.change"));
        }
        assertTrue(count("SELECT count(*) FROM registry.change") > 0);
    }

    @Test
    void anOrganizationIsCheckedAgainstItsIdentifiersAndTheRegistry() {
        OrganizationData wrong = new OrganizationData(99, "МБОУ «Новая школа»", null, "castle", null, null, "general",
                "500100732259", "2201AB001", "1027700132195", "99999999", null, null, null, null, null, null);

        InvalidRecordException refused = assertThrows(InvalidRecordException.class,
                () -> commands.createOrganization(wrong, OPERATOR));

        assertEquals(List.of("inn.length", "authority.exists", "dictionary.organization-type", "oktmo.exists"),
                rules(refused));
        assertEquals("inn", refused.violations().get(0).field());
        InvalidRecordException checksum = assertThrows(InvalidRecordException.class, () -> commands.createOrganization(
                new OrganizationData(2, "МБОУ «Новая школа»", null, "secondary-school", null, null, "general", "2201000016",
                        null, null, null, null, null, null, null, null, null), OPERATOR));
        assertEquals(List.of("inn.checksum"), rules(checksum));
    }

    @Test
    void anOrganizationIsStoredUnderItsAuthority() {
        long id = commands.createOrganization(new OrganizationData(2, "МБОУ «Кашинская основная школа»", "Кашинская ООШ",
                "basic-school", null, null, "general", "2201000011", "220101001", "1022200000019", "01601402",
                "Алейский муниципальный район", "с. Кашино", null, null, null, null), OPERATOR);

        OrganizationPortfolio card = new JdbcRegistryQueries(postgres.getPostgresDatabase(), SmallRegion.SCHEMA)
                .organization(id, "2026-2027", TODAY, Scope.region()).orElseThrow();
        assertEquals(new Requisites("2201000011", "220101001", "1022200000019", "01601402"), card.requisites());
        assertEquals(2, card.authority().id());
        assertEquals("Кашинская ООШ", card.organization().shortName());
        assertThrows(NoSuchRecordException.class, () -> commands.updateOrganization(999_999, new OrganizationData(2, "X",
                null, "basic-school", null, null, "general", null, null, null, null, null, null, null, null, null, null),
                OPERATOR));
    }

    @Test
    void enrollmentMovesBetweenClassesAndLeavingAreAnsweredForAnyDay() {
        long learner = commands.createPerson(child("Соколова", null, List.of()), OPERATOR);
        long membership = commands.enroll(new Enrollment(learner, 10, "learner", LocalDate.of(2026, 11, 2), "full-time",
                new Order("12-у", LocalDate.of(2026, 10, 30)), 100L), OPERATOR);

        InvalidRecordException twice = assertThrows(InvalidRecordException.class, () -> commands.enroll(new Enrollment(learner,
                10, "learner", LocalDate.of(2026, 11, 10), null, null, null), OPERATOR));
        assertEquals(List.of("membership.overlap"), rules(twice));

        commands.moveToClass(membership, 101, LocalDate.of(2026, 11, 16), new Order("15-у", LocalDate.of(2026, 11, 13)), OPERATOR);
        assertEquals("5А", membershipOf(learner, LocalDate.of(2026, 11, 15)).currentClass());
        assertEquals("5Б", membershipOf(learner, LocalDate.of(2026, 11, 16)).currentClass());

        InvalidRecordException early = assertThrows(InvalidRecordException.class, () -> commands.leave(membership,
                new Leaving(LocalDate.of(2026, 11, 10), "moved-out-of-region", null), OPERATOR));
        assertEquals(List.of("membership.placement-after-end"), rules(early));

        commands.leave(membership, new Leaving(LocalDate.of(2026, 12, 1), "moved-out-of-region", new Order("20-в", null)), OPERATOR);
        assertTrue(learnersOf(10, LocalDate.of(2026, 11, 30)).contains(learner));
        assertFalse(learnersOf(10, LocalDate.of(2026, 12, 1)).contains(learner));
        assertNull(membershipOf(learner, LocalDate.of(2026, 12, 1)).currentClass());
    }

    @Test
    void aClassOfAnotherOrganizationIsRefused() {
        InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> commands.enroll(
                new Enrollment(1001, 12, "learner", LocalDate.of(2026, 11, 2), "by-mail", null, 100L), OPERATOR));

        assertEquals(List.of("dictionary.study-form", "class-group.organization"), rules(refused));
        assertEquals("classGroupId", refused.violations().get(1).field());
    }

    @Test
    void aTransferEndsOneMembershipAndStartsAnotherOrDoesNeither() throws SQLException {
        long learner = commands.createPerson(child("Волкова", null, List.of()), OPERATOR);
        long first = commands.enroll(new Enrollment(learner, 12, "learner", LocalDate.of(2025, 9, 1), null, null, null), OPERATOR);

        assertThrows(InvalidRecordException.class, () -> commands.transfer(first, new Enrollment(learner, 10, "learner",
                LocalDate.of(2026, 11, 20), null, null, 999L), Order.none(), OPERATOR));
        assertTrue(learnersOf(12, LocalDate.of(2026, 11, 20)).contains(learner), "the failed transfer left nothing");
        assertEquals(0, count("SELECT count(*) FROM registry.membership WHERE id = ? AND ends_on IS NOT NULL", first));

        long second = commands.transfer(first, new Enrollment(learner, 10, "learner", LocalDate.of(2026, 11, 20), null,
                new Order("31-у", LocalDate.of(2026, 11, 19)), 100L), new Order("8-в", LocalDate.of(2026, 11, 19)), OPERATOR);

        assertTrue(learnersOf(12, LocalDate.of(2026, 11, 19)).contains(learner));
        assertFalse(learnersOf(12, LocalDate.of(2026, 11, 20)).contains(learner));
        assertTrue(learnersOf(10, LocalDate.of(2026, 11, 20)).contains(learner));
        assertEquals(1, count("SELECT count(*) FROM registry.membership WHERE id = ? AND ends_on = '2026-11-20'"
                + " AND leaving_reason_code = 'transfer-within-region' AND leaving_order_number = '8-в'", first));
        assertTrue(second > first);
    }

    @Test
    void aRepresentativeIsLinkedWithAKindOfRelationship() throws SQLException {
        long mother = commands.createPerson(new PersonData("Белова", "Ирина", "Петровна", LocalDate.of(1985, 1, 1), "F", null,
                null, null, null, null, "+7 913 000-00-00", null, List.of()), OPERATOR);

        commands.linkRepresentative(1002, mother, "mother", OPERATOR);
        InvalidRecordException refused = assertThrows(InvalidRecordException.class,
                () -> commands.linkRepresentative(1002, 1002, "aunt", OPERATOR));

        assertEquals(List.of("representative.self", "dictionary.relationship-kind"), rules(refused));
        assertEquals(List.of("Белова"), persons.person(1002, TODAY, Scope.region()).orElseThrow().representatives().stream()
                .map(r -> r.person().surname()).toList());
        assertEquals(1, count("SELECT count(*) FROM registry.change WHERE entity = 'representatives' AND entity_id = 1002"));
    }

    private static PersonPortfolio.Membership membershipOf(long person, LocalDate day) {
        return persons.person(person, day, Scope.region()).orElseThrow().memberships().get(0);
    }

    private static List<Long> learnersOf(long organization, LocalDate day) {
        return persons.learnersOf(organization, day, PageRequest.first(100), Scope.region()).items().stream().map(PersonSummary::id).toList();
    }
}
