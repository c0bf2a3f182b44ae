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

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server run from the binaries packed inside this bundle, with its data kept in
 * a directory across restarts. Listens on 127.0.0.1 only, trust authentication.
 */
final class EmbeddedDatabase implements AutoCloseable {
    static final String DATABASE = "kontingent";
    static final String USER = "postgres";

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
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPgBinaryResolver(EmbeddedDatabase::binaries)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
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
