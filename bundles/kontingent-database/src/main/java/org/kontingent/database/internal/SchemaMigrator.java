package org.kontingent.database.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * Applies migration sets to PostgreSQL: each owner's scripts in version order, each script in
 * its own transaction together with its journal row in {@code platform.schema_migration}, all
 * under one advisory lock so that two nodes (or two bundles) never migrate at the same time.
 */
final class SchemaMigrator {
    /** Advisory lock key: "KONTMIGR" as a 64-bit number. */
    static final long LOCK_KEY = 0x4B4F4E544D494752L;

    private static final String JOURNAL_DDL = """
            CREATE SCHEMA IF NOT EXISTS platform;
            CREATE TABLE IF NOT EXISTS platform.schema_migration (
                owner        text        NOT NULL,
                version      integer     NOT NULL,
                description  text        NOT NULL,
                script       text        NOT NULL,
                checksum     text        NOT NULL,
                applied_at   timestamptz NOT NULL DEFAULT now(),
                execution_ms integer     NOT NULL,
                PRIMARY KEY (owner, version)
            );
            """;

    private final DataSource dataSource;

    SchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Brings the owner's schema to the newest script.
     *
     * @return the highest applied version (0 when the set is empty)
     */
    int migrate(String owner, List<MigrationScript> scripts) throws MigrationException {
        List<MigrationScript> ordered = scripts.stream().sorted(Comparator.comparingInt(MigrationScript::version)).toList();
        checkUniqueVersions(owner, ordered);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            lock(c);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute(JOURNAL_DDL);
                }
                Map<Integer, String> applied = appliedChecksums(c, owner);
                int current = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
                List<MigrationScript> pending = pending(owner, ordered, applied, current);
                for (MigrationScript script : pending) {
                    apply(c, owner, script);
                    current = script.version();
                }
                return current;
            } finally {
                unlock(c);
            }
        } catch (SQLException e) {
            throw new MigrationException("Migrations of " + owner + " could not run: " + e.getMessage(), e);
        }
    }

    /**
     * The scripts still to apply, after checking the whole set first: an applied script must be
     * unchanged, and a new script must come after the newest applied one, so that nothing is
     * half-applied and no database ends up with another order of changes than the next.
     */
    private static List<MigrationScript> pending(String owner, List<MigrationScript> ordered, Map<Integer, String> applied,
            int current) throws MigrationException {
        List<MigrationScript> pending = new ArrayList<>();
        for (MigrationScript script : ordered) {
            String checksum = applied.get(script.version());
            if (checksum != null && !checksum.equals(script.checksum())) {
                throw new MigrationException("Migration " + script.fileName() + " of " + owner
                        + " was changed after it had been applied; add a new script instead of editing an applied one", null);
            }
            if (checksum == null && script.version() < current) {
                throw new MigrationException("Migration " + script.fileName() + " of " + owner + " is older than the applied version "
                        + current + "; give it a version above " + current, null);
            }
            if (checksum == null) {
                pending.add(script);
            }
        }
        return pending;
    }

    private static void checkUniqueVersions(String owner, List<MigrationScript> ordered) throws MigrationException {
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).version() == ordered.get(i - 1).version()) {
                throw new MigrationException("Migrations " + ordered.get(i - 1).fileName() + " and " + ordered.get(i).fileName()
                        + " of " + owner + " have the same version", null);
            }
        }
    }

    private static void lock(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            lock.execute();
        }
    }

    private static void unlock(Connection c) throws SQLException {
        try (PreparedStatement unlock = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, LOCK_KEY);
            unlock.execute();
        }
    }

    private static Map<Integer, String> appliedChecksums(Connection c, String owner) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT version, checksum FROM platform.schema_migration WHERE owner = ?")) {
            q.setString(1, owner);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    applied.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return applied;
    }

    private static void apply(Connection c, String owner, MigrationScript script) throws MigrationException, SQLException {
        long started = System.nanoTime();
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.execute(script.sql());
            }
            try (PreparedStatement journal = c.prepareStatement(
                    "INSERT INTO platform.schema_migration (owner, version, description, script, checksum, execution_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
                journal.setString(1, owner);
                journal.setInt(2, script.version());
                journal.setString(3, script.description());
                journal.setString(4, script.fileName());
                journal.setString(5, script.checksum());
                journal.setInt(6, (int) ((System.nanoTime() - started) / 1_000_000));
                journal.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new MigrationException("Migration " + script.fileName() + " of " + owner + " failed and was rolled back: "
                    + e.getMessage(), e);
        } finally {
            c.setAutoCommit(true);
        }
    }
}
