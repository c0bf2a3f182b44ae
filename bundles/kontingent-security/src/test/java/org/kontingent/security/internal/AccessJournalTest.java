package org.kontingent.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Access;
import org.kontingent.platform.api.security.Caller;
import org.kontingent.platform.api.security.Role;
import org.kontingent.platform.api.security.Scope;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The action journal: who read whose data, append-only, and a hash chain that shows any change. */
class AccessJournalTest {
    private static final Caller OFFICIAL = new Caller(7, "petrova", "Петрова И. В.", Role.EMPLOYEE, Scope.authority(2), "10.0.0.5");

    private EmbeddedPostgres postgres;
    private JdbcAccessJournal journal;

    @BeforeEach
    void start() throws Exception {
        postgres = SecurityDatabase.start();
        journal = new JdbcAccessJournal(postgres.getPostgresDatabase(), null);
    }

    @AfterEach
    void stop() throws Exception {
        postgres.close();
    }

    @Test
    void whoAccessedAPersonIsFoundByThePerson() {
        journal.record(OFFICIAL, Access.search("GET /api/v1/learners", List.of(1000L, 1003L), "surname=Ив"));
        journal.record(OFFICIAL, Access.view("GET /api/v1/persons/1000", 1000));
        journal.record(OFFICIAL, Access.view("GET /api/v1/persons/1002", 1002));

        List<JournalEntry> of1000 = journal.search(null, null, 1000L, null, null, null, 10);
        assertEquals(List.of("VIEW", "SEARCH"), of1000.stream().map(JournalEntry::action).toList(), "newest first");
        assertEquals("petrova", of1000.get(0).login());
        assertEquals("10.0.0.5", of1000.get(0).address());
        assertEquals(List.of(1000L, 1003L), of1000.get(1).personIds());
        assertEquals("surname=Ив", of1000.get(1).details());
        assertEquals(1, journal.search(null, "VIEW", 1002L, null, null, null, 10).size());
        assertEquals(2, journal.search("petrova", null, null, null, null, 3L, 10).size(), "before entry 3");
    }

    @Test
    void theJournalRefusesUpdateDeleteAndTruncate() throws SQLException {
        journal.record(OFFICIAL, Access.view("GET /api/v1/persons/1000", 1000));
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String change : List.of("UPDATE audit.entry SET login = 'someone'", "DELETE FROM audit.entry",
                    "TRUNCATE audit.entry")) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(change), change);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
        assertEquals(OptionalLong.empty(), journal.verify());
    }

    @Test
    void theHashChainShowsTheFirstChangedRow() throws SQLException {
        for (long person = 1; person <= 5; person++) {
            journal.record(OFFICIAL, Access.view("GET /api/v1/persons/" + person, person));
        }
        assertEquals(OptionalLong.empty(), journal.verify());
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE audit.entry DISABLE TRIGGER entry_append_only");
            s.execute("UPDATE audit.entry SET person_ids = '{4}' WHERE seq = 3");
        }
        assertEquals(OptionalLong.of(3), journal.verify(), "someone with the database's owner rights hid a view");
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE audit.entry SET person_ids = '{3}' WHERE seq = 3");
            s.execute("DELETE FROM audit.entry WHERE seq = 4");
        }
        assertEquals(OptionalLong.of(5), journal.verify(), "a removed row breaks the numbering and the link");
    }
}
