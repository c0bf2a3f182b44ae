package org.kontingent.gateway.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.connector.json.internal.JsonPackageFormat;
import org.kontingent.registry.api.batch.EntryOutcome.Result;
import org.kontingent.registry.api.extension.ExtensionData;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;
import org.kontingent.registry.core.internal.JdbcRegistryBatches;
import org.kontingent.registry.core.internal.JdbcRegistryQueries;
import org.kontingent.registry.core.testing.RegistryDatabase;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Marks in a package (the general extension's data) on a platform without that extension: the
 * persons and memberships are applied, each mark is refused with code 209 and the package is kept;
 * once the extension is installed, replaying the package applies the marks, the rest unchanged.
 */
class ExtensionPackagesTest {
    private static final String PACKAGE = """
            {"version": "1.0",
             "persons": [{"id": "p-7", "surname": "Белова", "name": "Ника", "birthDate": "2013-03-03", "sex": "F"}],
             "memberships": [{"id": "m-7", "person": "p-7", "organization": "school-1", "role": "learner",
                              "startsOn": "2026-09-01"}],
             "grades": [
               {"id": "g-1", "person": "p-7", "organization": "school-1", "academicYear": "2026-2027",
                "subject": "Математика", "period": "term-1", "mark": "5"},
               {"id": "g-2", "person": "p-7", "organization": "school-1", "academicYear": "2026-2027",
                "subject": "Русский язык", "period": "term-1", "mark": "4", "markedOn": "2026-10-30"}]}
            """;
    private static EmbeddedPostgres postgres;
    private static Jdbc jdbc;
    private static PackageStore packages;
    private static JdbcRegistryBatches registry;
    private static PackageWorkers workers;
    private static long provider;

    /** The general extension as far as this test needs it: marks kept in a table of its own. */
    private static final class Marks implements ExtensionData {
        @Override
        public String id() {
            return "general";
        }

        @Override
        public Map<String, URL> entities() {
            return Map.of("mark", ExtensionPackagesTest.class.getResource("ExtensionPackagesTest.class"));
        }

        @Override
        public Written write(Connection connection, ExtensionEntry entry) throws SQLException {
            try (PreparedStatement q = connection.prepareStatement("""
                    INSERT INTO test_general.mark (source_id, key, person_id, organization_id, subject, mark)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source_id, key) DO NOTHING RETURNING id""")) {
                q.setLong(1, entry.sourceId());
                q.setString(2, entry.key());
                q.setLong(3, entry.personId());
                q.setObject(4, entry.organizationId());
                q.setString(5, (String) entry.data().get("subject"));
                q.setString(6, (String) entry.data().get("mark"));
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Written.of(rs.getLong(1), Result.CREATED) : Written.of(0, Result.UNCHANGED);
                }
            }
        }
    }

    @BeforeAll
    static void start() throws Exception {
        postgres = GatewayDatabase.start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    CREATE SCHEMA test_general;
                    CREATE TABLE test_general.mark (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                        source_id bigint NOT NULL, key text NOT NULL, person_id bigint NOT NULL, organization_id bigint,
                        subject text, mark text, UNIQUE (source_id, key));
                    """);
        }
        jdbc = new Jdbc(postgres.getPostgresDatabase());
        ProviderStore providers = new ProviderStore(jdbc);
        packages = new PackageStore(jdbc);
        Connectors connectors = new Connectors();
        connectors.addFormat(new JsonPackageFormat());
        registry = new JdbcRegistryBatches(postgres.getPostgresDatabase(), RegistryDatabase.schema());
        workers = new PackageWorkers(jdbc, registry, new JdbcRegistryQueries(postgres.getPostgresDatabase(),
                RegistryDatabase.schema()), connectors, new PackageWorkers.Settings(0, 50, 20, 2));
        provider = providers.create(new ProviderStore.Details("journal-x", "Журнал X", "Оператор", "ops@example.org", Map.of()));
        providers.organizations(provider, List.of(new Provider.Organization(GatewayDatabase.SCHOOL, "school-1", 10)));
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static List<String> marks() throws SQLException {
        List<String> marks = new ArrayList<>();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT key || ' ' || subject || ' ' || mark FROM test_general.mark ORDER BY key")) {
            while (rs.next()) {
                marks.add(rs.getString(1));
            }
        }
        return marks;
    }

    private static long receive(Long replayOf) {
        return packages.receive(new PackageStore.Incoming(provider, null, "application/json", "marks.json",
                PACKAGE.getBytes(StandardCharsets.UTF_8), "tester", replayOf, null)).id();
    }

    @Test
    void marksWaitForTheGeneralExtensionAndAreAppliedByAReplayOnceItIsInstalled() throws SQLException {
        long first = receive(null);
        assertTrue(workers.next());

        PackageStore.Summary refused = packages.summary(first);
        assertEquals(PackageStore.PARTIALLY_APPLIED, refused.status());
        assertEquals(List.of(4, 2, 2), List.of(refused.received(), refused.applied(), refused.refused()));
        List<PackageStore.ErrorRow> errors = packages.errors(first, 0, 10);
        assertEquals(List.of("grades[0] (id g-1)", "grades[1] (id g-2)"), errors.stream().map(PackageStore.ErrorRow::record).toList());
        assertEquals(List.of(209, 209), errors.stream().map(PackageStore.ErrorRow::code).toList());
        assertEquals("extension", errors.get(0).field());
        assertEquals("general", errors.get(0).value());
        assertTrue(errors.get(0).message().contains("not installed"), errors.get(0).message());
        assertEquals(List.of(), marks());

        Marks general = new Marks();
        registry.addExtension(general);
        try {
            long replay = receive(first);
            assertTrue(workers.next());
            PackageStore.Summary applied = packages.summary(replay);
            assertEquals(PackageStore.APPLIED, applied.status(), packages.errors(replay, 0, 10).toString());
            assertEquals(List.of(4, 4, 0), List.of(applied.received(), applied.applied(), applied.refused()));
            assertEquals(List.of("g-1 Математика 5", "g-2 Русский язык 4"), marks());
        } finally {
            registry.removeExtension(general);
        }
    }
}
