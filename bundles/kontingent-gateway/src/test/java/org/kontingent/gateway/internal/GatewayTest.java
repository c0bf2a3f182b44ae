package org.kontingent.gateway.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kontingent.connector.json.internal.JsonPackageFormat;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.batch.BatchOutcome;
import org.kontingent.registry.api.batch.RegistryBatches;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.query.RegistryQueries;
import org.kontingent.registry.core.internal.JdbcRegistryBatches;
import org.kontingent.registry.core.internal.JdbcRegistryQueries;
import org.kontingent.registry.core.testing.RegistryDatabase;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The gateway on a real PostgreSQL with the real registry and the JSON connector: packages
 * stored, taken in order, applied once, refused records named with their codes, and providers
 * suspended after rejected packages.
 */
class GatewayTest {
    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;
    private static Jdbc jdbc;
    private static ProviderStore providers;
    private static PackageStore packages;
    private static Connectors connectors;
    private static RegistryBatches registry;
    private static RegistryQueries queries;

    @BeforeAll
    static void start() throws Exception {
        postgres = GatewayDatabase.start();
        dataSource = postgres.getPostgresDatabase();
        jdbc = new Jdbc(dataSource);
        providers = new ProviderStore(jdbc);
        packages = new PackageStore(jdbc);
        connectors = new Connectors();
        connectors.addFormat(new JsonPackageFormat());
        registry = new JdbcRegistryBatches(dataSource, RegistryDatabase.schema());
        queries = new JdbcRegistryQueries(dataSource, RegistryDatabase.schema());
    }

    @BeforeEach
    void emptyQueue() {
        jdbc.update("DELETE FROM gateway.package_error");
        jdbc.update("DELETE FROM gateway.package");
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static long provider(String code, int suspendAfter) {
        long id = providers.create(new ProviderStore.Details(code, "Система " + code, "Оператор", "ops@example.org",
                Map.of("version", "1.0")));
        providers.organizations(id, List.of(new Provider.Organization(GatewayDatabase.SCHOOL, "school-1", 10),
                new Provider.Organization(GatewayDatabase.KINDERGARTEN, "kg-5", 10)));
        return id;
    }

    private static PackageWorkers workers(int suspendAfter, RegistryBatches batches) {
        return new PackageWorkers(jdbc, batches, queries, connectors, new PackageWorkers.Settings(0, 50, suspendAfter, 2));
    }

    private static PackageStore.Incoming incoming(long provider, String key, String mediaType, byte[] body) {
        return new PackageStore.Incoming(provider, key, mediaType, "test.json", body, "tester", null, null);
    }

    private static long send(long provider, String json) {
        return packages.receive(incoming(provider, null, "application/json; charset=utf-8",
                json.getBytes(StandardCharsets.UTF_8))).id();
    }

    private static List<PackageStore.ErrorRow> errors(long id) {
        return packages.errors(id, 0, 100);
    }

    private static long count(String sql, Object... values) throws SQLException {
        try (Connection c = dataSource.getConnection(); var q = Jdbc.prepare(c, sql, values); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static final String GOOD = """
            {"version": "1.0",
             "persons": [
               {"id": "p1", "surname": "Кузнецов", "name": "Лев", "birthDate": "2016-05-05", "sex": "M", "snils": "112-233-445 95"},
               {"id": "mother", "surname": "Кузнецова", "name": "Ольга", "birthDate": "1990-01-01", "sex": "F"}],
             "representatives": [{"learner": "p1", "representative": "mother", "relationship": "mother"}],
             "classes": [{"id": "c4a", "organization": "school-1", "academicYear": "2026-2027", "name": "4А", "grade": 4}],
             "memberships": [{"id": "m1", "person": "p1", "organization": "school-1", "role": "learner",
                              "startsOn": "2026-09-01", "classGroup": "c4a", "enrollmentOrder": {"number": "12-к", "date": "2026-08-30"}}]}
            """;

    @Test
    void aGoodPackageIsAppliedOnceEvenWhenSentAndProcessedTwice() throws SQLException {
        long provider = provider("school-system-a", 20);
        PackageWorkers workers = workers(20, registry);
        PackageStore.Receipt first = packages.receive(incoming(provider, "key-1", "application/json",
                GOOD.getBytes(StandardCharsets.UTF_8)));
        PackageStore.Receipt again = packages.receive(incoming(provider, "key-1", "application/json",
                GOOD.getBytes(StandardCharsets.UTF_8)));
        assertEquals(first.id(), again.id());
        assertTrue(again.repeated());

        assertTrue(workers.next());
        assertFalse(workers.next(), "one package only");
        PackageStore.Summary done = packages.summary(first.id());
        assertEquals(PackageStore.APPLIED, done.status(), errors(first.id()).toString());
        assertEquals(List.of(5, 5, 0, 0), List.of(done.received(), done.applied(), done.refused(), done.flagged()));
        assertEquals(1, count("SELECT count(*) FROM registry.person WHERE snils = '11223344595'"));
        long changes = count("SELECT count(*) FROM registry.change");

        // as if the platform stopped after the registry committed and before the gateway did
        jdbc.update("UPDATE gateway.package SET status = 'validating' WHERE id = ?", first.id());
        PackageWorkers restarted = workers(20, registry);
        assertTrue(restarted.next());
        assertEquals(PackageStore.APPLIED, packages.summary(first.id()).status());
        assertEquals(changes, count("SELECT count(*) FROM registry.change"), "applying again changed nothing");
        assertEquals(1, count("SELECT count(*) FROM registry.membership m JOIN registry.person p ON p.id = m.person_id"
                + " WHERE p.snils = '11223344595'"));
    }

    @Test
    void brokenRecordsAreRefusedWithTheirCodesAndTheOthersApplied() {
        long provider = provider("school-system-b", 20);
        long id = send(provider, """
                {"version": "1.0",
                 "persons": [
                   {"id": "ok", "surname": "Соколов", "name": "Марк", "birthDate": "2014-03-03"},
                   {"id": "bad-snils", "surname": "Орлов", "name": "Глеб", "birthDate": "2014-02-02", "snils": "112-233-445 96"},
                   {"surname": "Без", "name": "Ключа", "birthDate": "2014-02-02"},
                   {"id": "bad-date", "surname": "Лисин", "name": "Олег", "birthDate": "02.02.2014"},
                   {"id": "extra", "surname": "Лисин", "name": "Олег", "nickname": "Лис"},
                   {"id": "ok", "surname": "Соколов", "name": "Марк", "birthDate": "2014-03-03"}],
                 "memberships": [
                   {"id": "m-other", "person": "ok", "organization": "12", "role": "learner", "startsOn": "2026-09-01"},
                   {"id": "m-unknown", "person": "ok", "organization": "school-99", "role": "learner", "startsOn": "2026-09-01"},
                   {"id": "m-ok", "person": "ok", "organization": "school-1", "role": "learner", "startsOn": "2026-09-01"}],
                 "extensions": [{"extension": "vocational", "entity": "employment", "id": "e1", "person": "ok", "data": {"employer": "АО «Завод»"}}]}
                """);
        assertTrue(workers(20, registry).next());

        PackageStore.Summary done = packages.summary(id);
        assertEquals(PackageStore.PARTIALLY_APPLIED, done.status());
        assertEquals(List.of(10, 2, 8), List.of(done.received(), done.applied(), done.refused()));
        Map<String, Integer> codes = new java.util.TreeMap<>();
        errors(id).forEach(e -> codes.put(e.record() + " " + e.field(), e.code()));
        assertEquals(Map.of(
                "persons[1] (id bad-snils) snils", 203,
                "persons[2] id", 201,
                "persons[3] (id bad-date) birthDate", 202,
                "persons[4] (id extra) nickname", 208,
                "persons[5] (id ok) id", 211,
                "memberships[0] (id m-other) organization", 206,
                "memberships[1] (id m-unknown) organization", 205,
                "extensions[0] (id e1) extension", 209), codes);
        PackageStore.ErrorRow date = errors(id).stream().filter(e -> e.code() == 202).findFirst().orElseThrow();
        assertEquals("02.02.2014", date.value());
    }

    @Test
    void anOfficialsUploadWritesWithinTheOfficialsScopeOnly() {
        long manual = providers.byCode(ProviderAccess.MANUAL_UPLOAD).id();
        long id = packages.receive(new PackageStore.Incoming(manual, null, "application/json", "школа.json", """
                {"persons": [{"id": "u-1", "surname": "Загрузкина", "name": "Вера", "birthDate": "2014-04-04"}],
                 "memberships": [
                   {"id": "u-m1", "person": "u-1", "organization": "10", "role": "learner", "startsOn": "2026-09-01"},
                   {"id": "u-m2", "person": "u-1", "organization": "11", "role": "learner", "startsOn": "2026-09-01"},
                   {"id": "u-m3", "person": "u-1", "organization": "SCH-1", "role": "learner", "startsOn": "2026-09-01"}]}
                """.getBytes(StandardCharsets.UTF_8), "school.clerk", null, Scope.organization(GatewayDatabase.SCHOOL))).id();
        assertTrue(workers(20, registry).next());
        assertEquals(PackageStore.PARTIALLY_APPLIED, packages.summary(id).status());
        assertEquals(List.of(206, 205), errors(id).stream().map(PackageStore.ErrorRow::code).toList());
        assertEquals(Scope.organization(GatewayDatabase.SCHOOL), packages.uploaderScope(id));
    }

    @Test
    void unreadablePackagesAreRejectedWithTheirCodeAndKept() {
        long provider = provider("school-system-c", 20);
        PackageWorkers workers = workers(20, registry);
        long malformed = send(provider, "{\"version\": \"1.0\", \"persons\": [");
        long wrongVersion = send(provider, "{\"version\": \"2.0\", \"persons\": []}");
        long empty = send(provider, "{\"version\": \"1.0\"}");
        long latin1 = packages.receive(incoming(provider, null, "application/json",
                "{\"persons\": [{\"id\": \"1\", \"surname\": \"\u00c9\"}]}".getBytes(StandardCharsets.ISO_8859_1))).id();
        for (int i = 0; i < 4; i++) {
            assertTrue(workers.next());
        }
        assertEquals(List.of(101, 103, 106, 105), List.of(errors(malformed).get(0).code(), errors(wrongVersion).get(0).code(),
                errors(empty).get(0).code(), errors(latin1).get(0).code()));
        for (long id : List.of(malformed, wrongVersion, empty, latin1)) {
            assertEquals(PackageStore.REJECTED, packages.summary(id).status());
            assertNotNull(packages.body(id).bytes(), "kept as received");
        }
    }

    @Test
    void aProvidersPackagesAreTakenInTheOrderTheyCame() {
        long first = provider("school-system-d", 20);
        long second = provider("school-system-e", 20);
        long a1 = send(first, GOOD);
        long a2 = send(first, GOOD);
        long b1 = send(second, GOOD);
        PackageStore.Claimed taken = packages.claim();
        assertEquals(a1, taken.id());
        PackageStore.Claimed next = packages.claim();
        assertEquals(b1, next.id(), "the first provider's second package waits for its first");
        assertNull(packages.claim());
        packages.finish(a1, new PackageStore.Finish(PackageStore.APPLIED, "json", 0, 0, 0, 0, List.of()));
        assertEquals(a2, packages.claim().id());
    }

    @Test
    void aRegistryThatCannotBeWrittenLeavesThePackageWaitingThenRejectsIt() {
        long provider = provider("school-system-f", 20);
        RegistryBatches down = new RegistryBatches() {
            @Override
            public BatchOutcome apply(Batch batch, Source source, Map<Long, Integer> priorities) {
                throw new IllegalStateException("The registry could not be written: connection refused");
            }

            @Override
            public void prioritize(Source source, Map<Long, Integer> priorities) {
                throw new IllegalStateException("The registry could not be written: connection refused");
            }
        };
        PackageWorkers workers = workers(20, down);
        long id = send(provider, GOOD);
        assertFalse(workers.next());
        assertEquals(PackageStore.RECEIVED, packages.summary(id).status());
        assertNull(packages.claim(), "not before its retry time");
        jdbc.update("UPDATE gateway.package SET retry_at = now() WHERE id = ?", id);
        assertTrue(workers.next(), "the second attempt is the last (maxAttempts 2)");
        assertEquals(PackageStore.REJECTED, packages.summary(id).status());
        assertEquals(501, errors(id).get(0).code());
    }

    @Test
    void aProviderWhosePackagesKeepFailingIsSuspendedWithTheReason() {
        long provider = provider("school-system-g", 3);
        PackageWorkers workers = workers(3, registry);
        send(provider, GOOD);
        for (int i = 0; i < 3; i++) {
            send(provider, "not json");
        }
        for (int i = 0; i < 4; i++) {
            assertTrue(workers.next());
        }
        Provider suspended = providers.find(provider);
        assertTrue(suspended.suspended());
        assertTrue(suspended.statusReason().contains("The last 3 packages were rejected"), suspended.statusReason());
        assertTrue(providers.resume(provider));
        assertFalse(providers.find(provider).suspended());
    }
}
