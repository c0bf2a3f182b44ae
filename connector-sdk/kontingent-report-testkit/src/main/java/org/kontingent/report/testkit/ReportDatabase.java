package org.kontingent.report.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.kontingent.registry.core.testing.RegistryDatabase;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL (zonky embedded, as the project's tests use) with the registry core's and the
 * gateway's migrations applied, as the platform leaves them: the registry's tables, the gateway's
 * tables, the published report views (schema {@code report}) and the role
 * {@code kontingent_report} that may read only them.
 *
 * <pre>
 * try (ReportDatabase database = ReportDatabase.start()) {
 *     database.executeResource(MyFormTest.class, "region.sql");
 *     FormResult result = new FormRunner(database).run(new MyForm(), Scope.region(), Map.of());
 * }
 * </pre>
 *
 * Start one per test class: a start takes a few seconds.
 */
public final class ReportDatabase implements AutoCloseable {
    private static final String OWNER = "postgres";
    private static final String GATEWAY_FIRST = "/db/migration/V1__gateway_schema.sql";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile List<String> gatewayScripts;

    private final EmbeddedPostgres postgres;
    private final boolean ownsServer;
    private final DataSource dataSource;

    private ReportDatabase(EmbeddedPostgres postgres, boolean ownsServer, DataSource dataSource) {
        this.postgres = postgres;
        this.ownsServer = ownsServer;
        this.dataSource = dataSource;
    }

    /**
     * Starts a fresh embedded PostgreSQL and migrates a new database in it.
     *
     * @throws IllegalStateException when PostgreSQL does not start or a migration fails
     */
    public static ReportDatabase start() {
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("The embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
        try {
            return create(postgres, true);
        } catch (RuntimeException | Error e) {
            try {
                postgres.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /**
     * Another freshly migrated database on the same server, closed with this one's server (this
     * one must own it). For the contract: an empty database beside the fixture's, without a
     * second server.
     */
    ReportDatabase another() {
        if (!ownsServer) {
            throw new IllegalStateException("Only the database that started the server makes others on it");
        }
        return create(postgres, false);
    }

    private static ReportDatabase create(EmbeddedPostgres postgres, boolean ownsServer) {
        String name = "kontingent_" + DATABASES.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("The database " + name + " could not be created: " + e.getMessage(), e);
        }
        ReportDatabase database = new ReportDatabase(postgres, ownsServer, postgres.getDatabase(OWNER, name));
        database.migrate();
        return database;
    }

    private void migrate() {
        try (Connection c = dataSource.getConnection()) {
            migrate(c);
        } catch (SQLException e) {
            throw new IllegalStateException("The migrations failed: " + e.getMessage(), e);
        }
    }

    /**
     * Applies the registry core's and the gateway's migrations to a database, as the platform
     * does: for a database of one's own (a benchmark's, a larger fixture's).
     */
    public static void migrate(Connection connection) throws SQLException {
        RegistryDatabase.migrate(connection);
        migrateGateway(connection);
    }

    /** Applies the gateway's migrations to a database that has the registry core's. */
    public static void migrateGateway(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String script : gatewayScripts()) {
                s.execute(script);
            }
        }
    }

    /**
     * Applies the migrations of another bundle, as the platform would when it is installed: the
     * {@code V<n>__*.sql} scripts under {@code /db/migration} of the jar (or classes folder) that
     * holds the class given, in version order — an extension's tables and its report views, which
     * a form reading them needs beside the registry's.
     *
     * @param anchor any class of that bundle
     */
    public void migrateBundle(Class<?> anchor) {
        RegistryDatabase.bundleScripts(anchor).forEach(this::execute);
    }

    /**
     * Runs SQL as the database owner (a superuser): fixtures, or anything a test must change
     * behind the report views. May hold several statements.
     *
     * @throws IllegalStateException naming the start of the SQL and the database's message when it
     *         fails (several statements run as one transaction: none of them is kept)
     */
    public void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The SQL «" + start(sql) + "» failed: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a UTF-8 {@code .sql} resource and runs it as {@link #execute(String)} does.
     *
     * @param anchor the class the resource name is relative to (as {@link Class#getResource} takes it:
     *        a name starting with {@code /} is absolute)
     * @throws IllegalArgumentException when there is no such resource
     */
    public void executeResource(Class<?> anchor, String resource) {
        String sql;
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No resource " + resource + " beside " + anchor.getName());
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("The resource " + resource + " could not be read: " + e.getMessage(), e);
        }
        try {
            execute(sql);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e.getCause());
        }
    }

    /** Connections as the database owner; {@link FormRunner} takes on the report role in its transaction. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Stops the server (when this database started it). */
    @Override
    public void close() {
        if (!ownsServer) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("The embedded PostgreSQL did not stop: " + e.getMessage(), e);
        }
    }

    private static String start(String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() <= 80 ? flat : flat.substring(0, 80) + "…";
    }

    /** The gateway's migration scripts' texts in version order, read once from its jar or folder. */
    private static List<String> gatewayScripts() {
        List<String> scripts = gatewayScripts;
        if (scripts == null) {
            synchronized (ReportDatabase.class) {
                scripts = gatewayScripts;
                if (scripts == null) {
                    scripts = readGatewayScripts();
                    gatewayScripts = scripts;
                }
            }
        }
        return scripts;
    }

    private static List<String> readGatewayScripts() {
        var first = ReportDatabase.class.getResource(GATEWAY_FIRST);
        if (first == null) {
            throw new IllegalStateException("The gateway's migrations (" + GATEWAY_FIRST + ") are not on the class path");
        }
        try {
            URI uri = first.toURI();
            if (!uri.getScheme().equals("jar")) {
                return read(Path.of(uri).getParent());
            }
            FileSystem jar;
            boolean opened;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
                opened = false;
            }
            try {
                return read(jar.provider().getPath(uri).getParent());
            } finally {
                if (opened) {
                    jar.close();
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("The gateway's migrations could not be read: " + e.getMessage(), e);
        }
    }

    private static List<String> read(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> scripts = files.filter(f -> f.getFileName().toString().matches("V[0-9]+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(ReportDatabase::version)).toList();
            List<String> texts = new java.util.ArrayList<>();
            for (Path script : scripts) {
                texts.add(Files.readString(script, StandardCharsets.UTF_8));
            }
            return List.copyOf(texts);
        }
    }

    private static int version(Path script) {
        String name = script.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
