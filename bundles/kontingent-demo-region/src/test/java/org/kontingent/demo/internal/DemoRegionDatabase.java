package org.kontingent.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;

import org.kontingent.registry.api.extension.DemoData;
import org.kontingent.registry.core.testing.RegistryDatabase;

/**
 * A demo region in a test's or a benchmark's database, as the platform's run folder gets it: the
 * registry's migrations and the demo bundle's, the region loaded with the COPY loader, and then
 * extensions' parts of it. Published in this module's test jar for the extension bundles' tests.
 */
public final class DemoRegionDatabase {
    private DemoRegionDatabase() {
    }

    /**
     * Migrates an empty database (the registry's scripts, then the demo bundle's) and loads a
     * region of that many learners into it.
     */
    public static void load(Connection connection, long seed, int learners, LocalDate today) throws SQLException {
        RegistryDatabase.migrate(connection);
        loadRegion(connection, seed, learners, today);
    }

    /**
     * Loads a region of that many learners into a database that has the registry's migrations
     * (a report test kit's database), after applying the demo bundle's.
     */
    public static void loadRegion(Connection connection, long seed, int learners, LocalDate today) throws SQLException {
        migrate(connection);
        try (RegistryCopyLoader loader = new RegistryCopyLoader(connection)) {
            new DemoRegionGenerator(new RussianNames(), RegionTerritory.altaiKrai(), seed, learners, today).generate(loader);
            loader.commit();
        }
        DemoRecords.regionLoaded(connection, seed, learners, today);
    }

    /** Applies the demo bundle's migration (schema {@code demo}) to a database with the registry's. */
    public static void migrate(Connection connection) throws SQLException {
        try (InputStream script = DemoRegionDatabase.class.getResourceAsStream("/db/migration/V1__demo_region.sql");
             Statement s = connection.createStatement()) {
            s.execute(new String(script.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Generates the extension's part of the region, as the platform does when the extension is
     * installed.
     *
     * @return the rows written, or empty when it was generated before
     */
    public static Optional<Long> generate(Connection connection, DemoData extension) throws SQLException {
        return DemoRecords.generate(connection, extension).map(DemoRecords.Generated::rows);
    }
}
