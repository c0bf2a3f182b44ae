package org.kontingent.registry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.identifiers.DocumentType;
import org.kontingent.registry.core.testing.RegistryDatabase;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The registry schema on a real PostgreSQL: the authority closure, periods as of a date, and
 * the constraints that keep the registry consistent. Each test runs in a transaction that is
 * rolled back.
 */
class RegistrySchemaTest {
    private static EmbeddedPostgres postgres;
    private Connection db;

    @BeforeAll
    static void createSchema() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            RegistryDatabase.migrate(c);
        }
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void begin() throws SQLException {
        db = postgres.getPostgresDatabase().getConnection();
        db.setAutoCommit(false);
    }

    @AfterEach
    void rollback() throws SQLException {
        db.rollback();
        db.close();
    }

    @Test
    void everythingUnderAnAuthorityFollowsTheTreeAsItMoves() throws SQLException {
        long region = authority(null, "Министерство образования", "regional");
        long north = authority(region, "Управление образования Северного района", "municipal");
        long south = authority(region, "Управление образования Южного района", "municipal");
        long northDivision = authority(north, "Отдел дошкольного образования", "other");

        assertEquals(List.of(region, north, south, northDivision), descendants(region));
        assertEquals(List.of(north, northDivision), descendants(north));

        update("UPDATE registry.authority SET parent_id = ? WHERE id = ?", south, north);

        assertEquals(List.of(south, north, northDivision), descendants(south));
        assertEquals(List.of(region, south, north, northDivision), descendants(region));
        assertEquals(3, depth(region, northDivision));
        assertEquals(List.of(north, northDivision), descendants(north));
    }

    @Test
    void anAuthorityCannotMoveUnderItsOwnSubordinate() throws SQLException {
        long region = authority(null, "Министерство", "regional");
        long district = authority(region, "Районное управление", "municipal");
        long division = authority(district, "Отдел", "other");

        SQLException refused = assertThrows(SQLException.class,
                () -> update("UPDATE registry.authority SET parent_id = ? WHERE id = ?", division, district));

        assertEquals("23514", refused.getSQLState());
        assertTrue(refused.getMessage().contains("subordinate"), refused.getMessage());
    }

    @Test
    void learnersOfAnOrganizationAreCountedAsOfAnyDate() throws SQLException {
        long school = organization(authority(null, "Министерство", "regional"));
        long left = person("Иванова", "Анна", null);
        long stays = person("Петров", "Илья", null);
        membership(left, school, "2023-09-01", "2024-06-01");
        membership(stays, school, "2024-01-10", null);

        assertEquals(0, learnersOn(school, "2023-08-31"));
        assertEquals(1, learnersOn(school, "2023-12-31"));
        assertEquals(2, learnersOn(school, "2024-03-01"));
        assertEquals(1, learnersOn(school, "2024-06-01"), "the day of leaving no longer counts");
    }

    @Test
    void onePersonIsNotTwiceInOneOrganizationAtTheSameTime() throws SQLException {
        long school = organization(authority(null, "Министерство", "regional"));
        long learner = person("Сидоров", "Олег", "Петрович");
        membership(learner, school, "2023-09-01", "2024-06-01");
        membership(learner, school, "2024-06-01", null);

        SQLException overlap = assertThrows(SQLException.class, () -> membership(learner, school, "2024-05-01", null));

        assertEquals("23P01", overlap.getSQLState());
    }

    @Test
    void classPlacementsOfAMembershipDoNotOverlap() throws SQLException {
        long school = organization(authority(null, "Министерство", "regional"));
        long membership = membership(person("Котова", "Ева", null), school, "2024-09-01", null);
        insert("INSERT INTO registry.academic_year (code, starts_on, ends_on) VALUES ('2024-2025', DATE '2024-09-01', DATE '2025-09-01')");
        long classA = insert("INSERT INTO registry.class_group (organization_id, academic_year, name, grade, capacity)"
                + " VALUES (" + school + ", '2024-2025', '5А', 5, 25) RETURNING id");
        long classB = insert("INSERT INTO registry.class_group (organization_id, academic_year, name, grade, capacity)"
                + " VALUES (" + school + ", '2024-2025', '5Б', 5, 25) RETURNING id");
        insert("INSERT INTO registry.class_placement (membership_id, class_group_id, starts_on, ends_on)"
                + " VALUES (" + membership + ", " + classA + ", DATE '2024-09-01', DATE '2025-01-13')");
        insert("INSERT INTO registry.class_placement (membership_id, class_group_id, starts_on)"
                + " VALUES (" + membership + ", " + classB + ", DATE '2025-01-13')");

        SQLException overlap = assertThrows(SQLException.class, () -> insert("INSERT INTO registry.class_placement"
                + " (membership_id, class_group_id, starts_on) VALUES (" + membership + ", " + classA + ", DATE '2025-02-01')"));
        assertEquals("23P01", overlap.getSQLState());
    }

    @Test
    void aDocumentBelongsToOnePersonEvenWithoutSeries() throws SQLException {
        long first = person("Ахмедов", "Руслан", null);
        long second = person("Ахмедов", "Руслан", null);
        insert("INSERT INTO registry.identity_document (person_id, type_code, number) VALUES (" + first + ", 'foreign-document', 'AB123')");

        SQLException duplicate = assertThrows(SQLException.class, () -> insert(
                "INSERT INTO registry.identity_document (person_id, type_code, number) VALUES (" + second + ", 'foreign-document', 'AB123')"));

        assertEquals("23505", duplicate.getSQLState());
    }

    @Test
    void factsAndTheJournalNameOnlySourcesThatAreThereAndSourcesStay() throws SQLException {
        long source = insert("INSERT INTO registry.source (kind, reference, name) VALUES ('provider', 'sys-a', 'Система А')"
                + " RETURNING id");
        long other = insert("INSERT INTO registry.source (kind, reference, name) VALUES ('provider', 'sys-b', 'Система Б')"
                + " RETURNING id");
        long learner = person("Носов", "Игорь", null);
        insert("INSERT INTO registry.change (source_id, entity, entity_id, action, after) SELECT s, 'person', " + learner
                + ", 'update', '{}' FROM unnest(ARRAY[" + source + ", " + other + ", " + source + "]) s");
        update("UPDATE registry.person SET source_id = ? WHERE id = ?", other, learner);
        long missing = other + 1000;

        for (String write : List.of(
                "INSERT INTO registry.change (source_id, entity, entity_id, action, after) VALUES (" + source + ", 'person', "
                        + learner + ", 'update', '{}'), (" + missing + ", 'person', " + learner + ", 'update', '{}')",
                "INSERT INTO registry.source_key (source_id, entity, key, record_id) VALUES (" + missing + ", 'person', 'k', "
                        + learner + ")",
                "UPDATE registry.person SET source_id = " + missing + " WHERE id = " + learner)) {
            SQLException refused = refusedInSavepoint(write);
            assertEquals("23503", refused.getSQLState(), write);
            assertTrue(refused.getMessage().contains("names source " + missing), refused.getMessage());
        }
        for (String removal : List.of("DELETE FROM registry.source WHERE id = " + source,
                "UPDATE registry.source SET id = " + missing + " WHERE id = " + source, "TRUNCATE registry.source CASCADE")) {
            assertEquals("23001", refusedInSavepoint(removal).getSQLState(), removal);
        }
        update("UPDATE registry.source SET name = 'Система А, новая версия' WHERE id = ?", source);
        assertEquals(other, value("SELECT source_id FROM registry.person WHERE id = " + learner));
    }

    private long value(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private SQLException refusedInSavepoint(String sql) throws SQLException {
        var savepoint = db.setSavepoint();
        SQLException refused = assertThrows(SQLException.class, () -> insert(sql), sql);
        db.rollback(savepoint);
        return refused;
    }

    @Test
    void periodsAndIdentifiersAreCheckedByTheDatabaseToo() throws SQLException {
        long school = organization(authority(null, "Министерство", "regional"));
        long learner = person("Лебедева", "Мария", null);

        assertEquals("23514", refusal(() -> membership(learner, school, "2024-09-01", "2024-08-31")));
        assertEquals("23514", refusal(() -> update("UPDATE registry.person SET snils = ? WHERE id = ?", "1122334459X", learner)));
        assertEquals("23514", refusal(() -> insert("INSERT INTO registry.organization (authority_id, full_name, type_code,"
                + " education_level, inn) VALUES (" + school + ", 'x', 'school', 'general', '77070838') RETURNING id")));
    }

    @Test
    void everyDocumentTypeOfTheApiIsInTheDictionary() throws SQLException {
        List<String> codes = dictionary("document-type");

        for (DocumentType type : DocumentType.values()) {
            assertTrue(codes.contains(type.code()), type.code() + " missing from " + codes);
        }
        assertEquals(DocumentType.values().length, codes.size());
    }

    @Test
    void organizationTypesBelongToTheEducationLevelsOrganizationsHave() throws SQLException {
        List<String> levels = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT DISTINCT parent_code FROM registry.dictionary_entry WHERE dictionary = 'organization-type' ORDER BY 1")) {
            while (rs.next()) {
                levels.add(rs.getString(1));
            }
        }
        assertEquals(List.of("additional", "general", "preschool", "vocational"), levels);
        assertTrue(dictionary("subject").contains("mathematics"));
        assertTrue(dictionary("leaving-reason").contains("transfer-within-region"));
    }

    private List<String> dictionary(String name) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(
                "SELECT code FROM registry.dictionary_entry WHERE dictionary = ? ORDER BY sort_order")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        }
        return codes;
    }

    @Test
    void surnamePrefixSearchWorksOnTheNormalForm() throws SQLException {
        person("Иванова", "Алёна", null);
        person("Иванченко", "Пётр", null);
        person("Петрова", "Ирина", null);

        List<String> found = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(
                "SELECT surname FROM registry.person WHERE surname_norm LIKE ? ORDER BY surname_norm")) {
            q.setString(1, "ИВАН%");
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        assertEquals(List.of("Иванова", "Иванченко"), found);
    }

    private interface Refused {
        void run() throws SQLException;
    }

    /** Runs a statement that must be refused, in a savepoint so that the test's transaction goes on; answers the SQL state. */
    private String refusal(Refused statement) throws SQLException {
        java.sql.Savepoint savepoint = db.setSavepoint();
        SQLException refused = assertThrows(SQLException.class, statement::run);
        db.rollback(savepoint);
        return refused.getSQLState();
    }

    private long authority(Long parent, String name, String level) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "INSERT INTO registry.authority (parent_id, full_name, level) VALUES (?, ?, ?) RETURNING id")) {
            s.setObject(1, parent);
            s.setString(2, name);
            s.setString(3, level);
            return single(s);
        }
    }

    private long organization(long authority) throws SQLException {
        return insert("INSERT INTO registry.organization (authority_id, full_name, type_code, education_level)"
                + " VALUES (" + authority + ", 'МБОУ СОШ № 1', 'school', 'general') RETURNING id");
    }

    private long person(String surname, String name, String patronymic) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO registry.person (surname, name, patronymic, surname_norm,"
                + " name_norm, patronymic_norm) VALUES (?, ?, ?, upper(replace(?, 'ё', 'е')), upper(replace(?, 'ё', 'е')),"
                + " coalesce(upper(replace(?, 'ё', 'е')), '')) RETURNING id")) {
            s.setString(1, surname);
            s.setString(2, name);
            s.setString(3, patronymic);
            s.setString(4, surname);
            s.setString(5, name);
            s.setString(6, patronymic);
            return single(s);
        }
    }

    private long membership(long person, long organization, String from, String to) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO registry.membership (person_id, organization_id, role,"
                + " starts_on, ends_on) VALUES (?, ?, 'learner', ?, ?) RETURNING id")) {
            s.setLong(1, person);
            s.setLong(2, organization);
            s.setObject(3, LocalDate.parse(from));
            s.setObject(4, to == null ? null : LocalDate.parse(to));
            return single(s);
        }
    }

    private int learnersOn(long organization, String day) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT count(*) FROM registry.membership WHERE organization_id = ?"
                + " AND role = 'learner' AND starts_on <= ? AND (ends_on IS NULL OR ? < ends_on)")) {
            q.setLong(1, organization);
            q.setObject(2, LocalDate.parse(day));
            q.setObject(3, LocalDate.parse(day));
            return (int) single(q);
        }
    }

    private List<Long> descendants(long ancestor) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(
                "SELECT descendant_id FROM registry.authority_closure WHERE ancestor_id = ? ORDER BY depth, descendant_id")) {
            q.setLong(1, ancestor);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private int depth(long ancestor, long descendant) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT depth FROM registry.authority_closure WHERE ancestor_id = ? AND descendant_id = ?")) {
            q.setLong(1, ancestor);
            q.setLong(2, descendant);
            return (int) single(q);
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private long insert(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            if (sql.contains("RETURNING")) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
            s.executeUpdate(sql);
            return 0;
        }
    }

    private static long single(PreparedStatement query) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
