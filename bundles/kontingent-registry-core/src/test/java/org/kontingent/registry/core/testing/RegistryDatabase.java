package org.kontingent.registry.core.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.kontingent.platform.api.database.MigratedSchema;

/**
 * The registry schema for tests and benchmarks outside OSGi: applies the registry core's
 * migrations in version order, as the platform's migration extender does, and stands for the
 * {@link MigratedSchema} the extender registers. Shared with other modules as this module's
 * test jar.
 */
public final class RegistryDatabase {
    private static final String FIRST = "/db/migration/V1__registry_schema.sql";

    private RegistryDatabase() {
    }

    /** The registry core's migrated schema, at the newest script's version. */
    public static MigratedSchema schema() {
        int version = scripts().size();
        return new MigratedSchema() {
            @Override
            public String owner() {
                return "kontingent-registry-core";
            }

            @Override
            public int version() {
                return version;
            }
        };
    }

    /** Applies every migration script of the registry core, oldest first. */
    public static void migrate(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String script : scripts()) {
                s.execute(script);
            }
        }
    }

    /**
     * Applies another bundle's migrations, as the platform does when it is installed: the
     * {@code V<n>__*.sql} scripts under {@code /db/migration} of the jar (or classes folder) that
     * holds the class given, in version order — an extension's tables and report views.
     *
     * @param anchor any class of that bundle
     */
    public static void migrateBundle(Connection connection, Class<?> anchor) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String script : bundleScripts(anchor)) {
                s.execute(script);
            }
        }
    }

    /** The texts of another bundle's migration scripts, in version order ({@link #migrateBundle}). */
    public static List<String> bundleScripts(Class<?> anchor) {
        URL location = anchor.getProtectionDomain().getCodeSource().getLocation();
        List<String> scripts;
        try {
            Path where = Path.of(location.toURI());
            if (Files.isDirectory(where)) {
                scripts = read(where.resolve("db").resolve("migration"));
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(where, (ClassLoader) null)) {
                    scripts = read(jar.getPath("/db/migration"));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("The migrations of " + location + " could not be read: " + e.getMessage(), e);
        }
        if (scripts.isEmpty()) {
            throw new IllegalStateException("No migrations under /db/migration in " + location);
        }
        return scripts;
    }

    /** The migration scripts' texts in version order, read from a folder or from the module's jar. */
    static List<String> scripts() {
        try {
            URI first = RegistryDatabase.class.getResource(FIRST).toURI();
            if (first.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(first, Map.of())) {
                    return read(jar.provider().getPath(first).getParent());
                }
            }
            return read(Path.of(first).getParent());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("The registry's migrations could not be read: " + e.getMessage(), e);
        }
    }

    private static List<String> read(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("V[0-9]+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(RegistryDatabase::version)).map(RegistryDatabase::text).toList();
        }
    }

    private static int version(Path script) {
        String name = script.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static String text(Path script) {
        try {
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("The migration " + script + " could not be read: " + e.getMessage(), e);
        }
    }
}
