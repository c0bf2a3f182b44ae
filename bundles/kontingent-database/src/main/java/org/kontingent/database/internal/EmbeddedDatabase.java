package org.kontingent.database.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server run from the binaries packed inside this bundle, with its data kept in
 * a directory across restarts. Listens on 127.0.0.1 only, trust authentication.
 */
final class EmbeddedDatabase implements AutoCloseable {
    static final String DATABASE = "kontingent";
    static final String USER = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts the server (running initdb first when the directory is new) and creates the
     * {@value #DATABASE} database when missing.
     */
    static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException, SQLException {
        Files.createDirectories(dataDirectory);
        stopOrphan(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPgBinaryResolver(EmbeddedDatabase::binaries)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                // the library's defaults are a test's (-F, no synchronous commit): a registry's data must survive a crash
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setLocaleConfig("locale", "C")
                .setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("builtin-locale", "C.UTF-8")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres);
        try {
            database.createDatabaseIfMissing();
        } catch (SQLException e) {
            // stop the server, or it would hold the port and the data directory against the next try
            postgres.close();
            throw e;
        }
        return database;
    }

    /**
     * Stops a server a killed platform left running on the data directory: it keeps the directory
     * and the port, and the new one could not start. SIGTERM lets it shut down cleanly once its
     * dead clients' sessions are gone.
     */
    private static void stopOrphan(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        if (!first.matches("[0-9]+")) {
            return;
        }
        Optional<ProcessHandle> orphan = ProcessHandle.of(Long.parseLong(first))
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (orphan.isEmpty()) {
            return;
        }
        LOG.warn("Stopping the embedded PostgreSQL (pid {}) a previous run of the platform left running", first);
        orphan.get().destroy();
        try {
            orphan.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while the previous embedded PostgreSQL stopped", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("The embedded PostgreSQL a previous run left (pid " + first + ") did not stop within 60 s", e);
        }
    }

    private static InputStream binaries(String system, String hardware) throws IOException {
        String name = ("/postgres-" + system + "-" + hardware + ".txz").toLowerCase(Locale.ROOT);
        InputStream in = EmbeddedDatabase.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("This distribution carries no embedded PostgreSQL for " + system + "-" + hardware
                    + "; configure an external PostgreSQL in etc/" + DatabaseConfiguration.PID + ".cfg");
        }
        return in;
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    Map<String, String> credentials() {
        return Map.of("user", USER, "password", "");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
