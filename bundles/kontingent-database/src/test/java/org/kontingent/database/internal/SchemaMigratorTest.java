package org.kontingent.database.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Runs the migrator against a real PostgreSQL; every test works in its own schema under its own owner. */
class SchemaMigratorTest {
    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    private SchemaMigrator migrator;
    private String owner;
    private String schema;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void isolate() {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        owner = "bundle-" + unique;
        schema = "s_" + unique;
        migrator = new SchemaMigrator(dataSource);
    }

    @Test
    void appliesScriptsInVersionOrderWhateverTheListOrder() throws Exception {
        List<MigrationScript> scripts = List.of(logScript(10), createLog(), logScript(2));

        int version = migrator.migrate(owner, scripts);

        assertEquals(10, version);
        assertEquals(List.of(1, 2, 10), logged());
        assertEquals(List.of(1, 2, 10), journalVersions());
    }

    @Test
    void emptySetReturnsZero() throws Exception {
        assertEquals(0, migrator.migrate(owner, List.of()));
        assertEquals(List.of(), journalVersions());
    }

    @Test
    void runningAgainAppliesNothingAndReturnsTheSameVersion() throws Exception {
        List<MigrationScript> scripts = List.of(createLog(), logScript(2));
        int first = migrator.migrate(owner, scripts);

        int second = migrator.migrate(owner, scripts);

        assertEquals(2, first);
        assertEquals(first, second);
        assertEquals(List.of(1, 2), logged());
        assertEquals(List.of(1, 2), journalVersions());
    }

    @Test
    void scriptAddedLaterIsAppliedAlone() throws Exception {
        migrator.migrate(owner, List.of(createLog(), logScript(2)));

        int version = migrator.migrate(owner, List.of(createLog(), logScript(2), logScript(3)));

        assertEquals(3, version);
        assertEquals(List.of(1, 2, 3), logged());
        assertEquals(List.of(1, 2, 3), journalVersions());
    }

    @Test
    void appliedScriptWhoseTextChangedIsRefused() throws Exception {
        migrator.migrate(owner, List.of(createLog(), logScript(2)));
        MigrationScript edited = MigrationScript.of("V2__log_2.sql", "INSERT INTO " + schema + ".log (v) VALUES (22);");

        MigrationException e = assertThrows(MigrationException.class,
                () -> migrator.migrate(owner, List.of(createLog(), edited, logScript(3))));

        assertTrue(e.getMessage().contains("V2__log_2.sql"), e.getMessage());
        assertTrue(e.getMessage().contains(owner), e.getMessage());
        assertFalse(e.isConnectionProblem());
        assertEquals(List.of(1, 2), logged());
        assertEquals(List.of(1, 2), journalVersions());
    }

    @Test
    void appliedScriptCheckedOutWithWindowsLineEndingsCountsAsUnchanged() throws Exception {
        String sql = "CREATE SCHEMA " + schema + ";\nCREATE TABLE " + schema + ".t (id int);\n";
        migrator.migrate(owner, List.of(MigrationScript.of("V1__t.sql", sql)));

        int version = migrator.migrate(owner, List.of(MigrationScript.of("V1__t.sql", sql.replace("\n", "\r\n"))));

        assertEquals(1, version);
        assertEquals(List.of(1), journalVersions());
    }

    @Test
    void failingScriptIsRolledBackAndNamed() throws Exception {
        MigrationScript broken = MigrationScript.of("V2__broken.sql",
                "CREATE TABLE " + schema + ".partial (id int);\n"
                        + "INSERT INTO " + schema + ".log (v) VALUES (2);\n"
                        + "SELECT 1 / 0;\n");

        MigrationException e = assertThrows(MigrationException.class,
                () -> migrator.migrate(owner, List.of(createLog(), broken, logScript(3))));

        assertTrue(e.getMessage().contains("V2__broken.sql"), e.getMessage());
        assertInstanceOf(SQLException.class, e.getCause());
        assertFalse(e.isConnectionProblem());
        assertNull(queryOne("SELECT to_regclass(?)::text", schema + ".partial"), "table of the failed script was kept");
        assertEquals(List.of(1), logged());
        assertEquals(List.of(1), journalVersions());
    }

    @Test
    void fixedScriptCanBeAppliedAfterAFailure() throws Exception {
        MigrationScript broken = MigrationScript.of("V2__log_2.sql", "INSERT INTO " + schema + ".missing (v) VALUES (2);");
        assertThrows(MigrationException.class, () -> migrator.migrate(owner, List.of(createLog(), broken)));

        int version = migrator.migrate(owner, List.of(createLog(), logScript(2)));

        assertEquals(2, version);
        assertEquals(List.of(1, 2), logged());
    }

    @Test
    void duplicateVersionsAreRefusedBeforeAnythingRuns() {
        MigrationScript first = MigrationScript.of("V1__first.sql", "CREATE SCHEMA " + schema + ";");
        MigrationScript second = MigrationScript.of("V1__second.sql", "SELECT 1;");

        MigrationException e = assertThrows(MigrationException.class, () -> migrator.migrate(owner, List.of(second, first)));

        assertTrue(e.getMessage().contains("V1__first.sql"), e.getMessage());
        assertTrue(e.getMessage().contains("V1__second.sql"), e.getMessage());
        assertNull(queryOne("SELECT to_regnamespace(?)::text", schema), "a script ran although the set was refused");
    }

    @Test
    void journalRowsRecordOwnerVersionDescriptionFileAndChecksum() throws Exception {
        MigrationScript create = createLog();
        MigrationScript log2 = logScript(2);
        migrator.migrate(owner, List.of(create, log2));

        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT owner, version, description, script, checksum, execution_ms >= 0, "
                     + "applied_at <= now() FROM platform.schema_migration WHERE owner = ? ORDER BY version")) {
            q.setString(1, owner);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(List.of(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getBoolean(6), rs.getBoolean(7)));
                }
            }
        }

        assertEquals(List.of(
                List.of(owner, 1, "create log", "V1__create_log.sql", create.checksum(), true, true),
                List.of(owner, 2, "log 2", "V2__log_2.sql", log2.checksum(), true, true)), rows);
    }

    @Test
    void ownersAreMigratedIndependently() throws Exception {
        migrator.migrate(owner, List.of(createLog(), logScript(2)));
        String otherOwner = owner + "-other";

        int version = migrator.migrate(otherOwner, List.of(MigrationScript.of("V1__other.sql", "SELECT 1;")));

        assertEquals(1, version);
        assertEquals(List.of(1, 2), journalVersions());
    }

    // ---------------------------------------------------------------- scripts and queries

    /** V1: the schema and a log table that each later script writes its version into. */
    @Test
    void newScriptOlderThanTheAppliedVersionIsRefusedAndNothingIsApplied() throws Exception {
        migrator.migrate(owner, List.of(createLog(), logScript(3)));

        MigrationException refused = assertThrows(MigrationException.class,
                () -> migrator.migrate(owner, List.of(createLog(), logScript(2), logScript(3), logScript(4))));

        assertTrue(refused.getMessage().contains("V2__"), refused.getMessage());
        assertEquals(List.of(1, 3), journalVersions());
    }

    @Test
    void changedScriptIsFoundBeforeAnyNewScriptRuns() throws Exception {
        migrator.migrate(owner, List.of(createLog(), logScript(2)));
        MigrationScript editedV2 = MigrationScript.of(logScript(2).fileName(), logScript(2).sql() + "\n-- edited");

        assertThrows(MigrationException.class, () -> migrator.migrate(owner, List.of(createLog(), editedV2, logScript(3))));

        assertEquals(List.of(1, 2), journalVersions());
    }

    private MigrationScript createLog() {
        return MigrationScript.of("V1__create_log.sql", "CREATE SCHEMA " + schema + ";\n"
                + "CREATE TABLE " + schema + ".log (seq serial PRIMARY KEY, v int NOT NULL);\n"
                + "INSERT INTO " + schema + ".log (v) VALUES (1);\n");
    }

    private MigrationScript logScript(int version) {
        return MigrationScript.of("V" + version + "__log_" + version + ".sql",
                "INSERT INTO " + schema + ".log (v) VALUES (" + version + ");");
    }

    /** The versions written into the log table, in the order the scripts ran. */
    private List<Integer> logged() throws SQLException {
        return integers("SELECT v FROM " + schema + ".log ORDER BY seq", null);
    }

    private List<Integer> journalVersions() throws SQLException {
        return integers("SELECT version FROM platform.schema_migration WHERE owner = ? ORDER BY version", owner);
    }

    private static List<Integer> integers(String sql, String parameter) throws SQLException {
        List<Integer> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            if (parameter != null) {
                q.setString(1, parameter);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getInt(1));
                }
            }
        }
        return values;
    }

    private static String queryOne(String sql, String parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, parameter);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
