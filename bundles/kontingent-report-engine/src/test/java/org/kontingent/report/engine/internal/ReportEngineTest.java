package org.kontingent.report.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.platform.api.security.Caller;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.core.testing.RegistryDatabase;
import org.osgi.framework.Version;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

class ReportEngineTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static EmbeddedPostgres postgres;

    @TempDir
    Path folder;
    private ReportEngine engine;
    private long nextService = 1;

    @BeforeAll
    static void database() throws Exception {
        postgres = EngineFixture.start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void engine() throws Exception {
        engine = new ReportEngine(postgres.getPostgresDatabase(), RegistryDatabase.schema(), EngineFixture.config(folder, 5));
        register(new TestForms.OrganizationsByType("v1"), "1.0.0");
    }

    @AfterEach
    void stopEngine() throws InterruptedException {
        engine.deactivate();
    }

    @Test
    void runsAFormWithSubtotalsAndATotalInTheCallersScope() throws Exception {
        ReportRun run = finished(engine.start(caller(Scope.region()), "test.organizations", Map.of(), RU));
        assertEquals(ReportRun.Status.DONE, run.status(), run.error());
        assertEquals(List.of(
                row(ResultRow.Kind.DATA, "Комитет по образованию города Барнаула", "kindergarten", 1L, "v1"),
                row(ResultRow.Kind.DATA, "Комитет по образованию города Барнаула", "secondary-school", 1L, "v1"),
                row(ResultRow.Kind.SUBTOTAL, "Комитет по образованию города Барнаула", null, 2L, null),
                row(ResultRow.Kind.DATA, "Управление образования Алейского района", "secondary-school", 1L, "v1"),
                row(ResultRow.Kind.TOTAL, null, null, 3L, null)), run.result().rows(0, 100));
        assertEquals("Весь регион", run.result().scopeName());
        assertEquals(List.of("Период с", "Период по"), List.copyOf(run.shownArguments().keySet()),
                "the arguments are shown in the order of the form's parameters");
        assertTrue(engine.reportRole(), "the migrations create the report role and grant it");

        ReportRun municipal = finished(engine.start(caller(Scope.authority(EngineFixture.ALEYSK)), "test.organizations", Map.of(), RU));
        assertEquals(List.of(row(ResultRow.Kind.DATA, "Управление образования Алейского района", "secondary-school", 1L, "v1"),
                row(ResultRow.Kind.TOTAL, null, null, 1L, null)), municipal.result().rows(0, 100));
        assertEquals("Управление образования Алейского района", municipal.result().scopeName());
    }

    @Test
    void refusesWrongArgumentsNamingTheParameter() {
        Caller municipal = caller(Scope.authority(EngineFixture.ALEYSK));
        ApiException period = assertThrows(ApiException.class, () -> engine.start(municipal, "test.organizations",
                Map.of("from", "2026-12-01", "to", "2026-09-01"), RU));
        assertEquals(400, period.status());
        assertEquals("from", period.error().violations().get(0).field());
        assertTrue(period.getMessage().contains("01.12.2026"), period.getMessage());

        ApiException outside = assertThrows(ApiException.class, () -> engine.start(municipal, "test.organizations",
                Map.of("authority", EngineFixture.BARNAUL), RU));
        assertEquals("authority", outside.error().violations().get(0).field());
        assertTrue(outside.getMessage().contains("не найден в вашей области видимости"), outside.getMessage());

        assertEquals("organizationType", assertThrows(ApiException.class, () -> engine.start(municipal, "test.organizations",
                Map.of("organizationType", "castle"), RU)).error().violations().get(0).field());
        assertEquals("from", assertThrows(ApiException.class, () -> engine.start(municipal, "test.organizations",
                Map.of("from", "2026-02-30"), RU)).error().violations().get(0).field());
        assertEquals("colour", assertThrows(ApiException.class, () -> engine.start(municipal, "test.organizations",
                Map.of("colour", "red"), RU)).error().violations().get(0).field());
        assertEquals(404, assertThrows(ApiException.class, () -> engine.start(municipal, "test.nothing", Map.of(), RU)).status());
    }

    @Test
    void aFailingFormFailsItsOwnRunOnly() throws Exception {
        register(new TestForms.Failing(), "1.0.0");
        register(new TestForms.ReadingCoreTables(), "1.0.0");
        register(new TestForms.WrongType(), "1.0.0");
        Caller caller = caller(Scope.region());

        ReportRun failing = finished(engine.start(caller, "test.failing", Map.of(), RU));
        assertEquals(ReportRun.Status.FAILED, failing.status());
        assertEquals("Отчёт «Падающий отчёт» завершился с ошибкой: the form's own bug", failing.error());

        ReportRun sneaky = finished(engine.start(caller, "test.sneaky", Map.of(), RU));
        assertEquals(ReportRun.Status.FAILED, sneaky.status());
        assertTrue(sneaky.error().contains("permission denied"), sneaky.error());

        ReportRun wrong = finished(engine.start(caller, "test.wrong-type", Map.of(), RU));
        assertTrue(wrong.error().contains("column n (INTEGER) cannot hold the String seven"), wrong.error());

        assertEquals(ReportRun.Status.DONE, finished(engine.start(caller, "test.organizations", Map.of(), RU)).status());
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".partial")), "failed runs leave no half-written result");
        }
    }

    @Test
    void reusesAResultUntilTheDataChange() throws Exception {
        Caller caller = caller(Scope.region());
        ReportRun first = finished(engine.start(caller, "test.organizations", Map.of("organizationType", "kindergarten"), RU));
        ReportRun again = finished(engine.start(caller(Scope.region(), 2), "test.organizations",
                Map.of("organizationType", "kindergarten"), RU));
        assertFalse(first.cached());
        assertTrue(again.cached());
        assertEquals(first.result().rows(0, 10), again.result().rows(0, 10));
        ReportRun otherScope = finished(engine.start(caller(Scope.authority(EngineFixture.BARNAUL)), "test.organizations",
                Map.of("organizationType", "kindergarten"), RU));
        assertFalse(otherScope.cached(), "another scope is another result");

        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO registry.organization (id, authority_id, full_name, type_code, education_level)"
                    + " VALUES (13, 3, 'МБДОУ «Детский сад № 7»', 'kindergarten', 'preschool')");
        }
        try {
            ReportRun changed = finished(engine.start(caller, "test.organizations", Map.of("organizationType", "kindergarten"), RU));
            assertFalse(changed.cached());
            assertEquals(2L, changed.result().rows(0, 1).get(0).values()[2]);
        } finally {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("DELETE FROM registry.organization WHERE id = 13");
            }
        }
    }

    @Test
    void aRunIsItsOwnersAndCanBeCancelled() throws Exception {
        TestForms.Blocking blocking = new TestForms.Blocking("blocking");
        engine.catalogue().remove(1);
        register(blocking, "1.0.0");
        ReportRun run = engine.start(caller(Scope.region()), "test.organizations", Map.of(), RU);
        assertTrue(engine.run(caller(Scope.region()), run.id()).isPresent());
        assertTrue(engine.run(caller(Scope.region(), 2), run.id()).isEmpty(), "another account does not see the run");
        blocking.started.await();
        run.cancel();
        blocking.release.countDown();
        assertEquals(ReportRun.Status.CANCELLED, finished(run).status());
    }

    @Test
    void aFormReplacedDuringARunIsRunAgainOnItsNewVersion() throws Exception {
        TestForms.Blocking old = new TestForms.Blocking("v1");
        old.failAfterRelease = true;
        engine.catalogue().remove(1);
        long oldService = register(old, "1.0.0");
        ReportRun run = engine.start(caller(Scope.region()), "test.organizations", Map.of(), RU);
        old.started.await();
        engine.catalogue().remove(oldService);
        register(new TestForms.OrganizationsByType("v2"), "1.1.0");
        old.release.countDown();
        ReportRun done = finished(run);
        assertEquals(ReportRun.Status.DONE, done.status(), done.error());
        assertEquals("v2", done.result().rows(0, 1).get(0).values()[3]);
    }

    @Test
    void aRunAskedForBetweenTwoVersionsOfAFormWaitsForTheNewOne() throws Exception {
        engine.catalogue().remove(1);
        Thread upgrade = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            register(new TestForms.OrganizationsByType("v2"), "1.1.0");
        });
        upgrade.start();
        ReportRun run = finished(engine.start(caller(Scope.region()), "test.organizations", Map.of(), RU));
        upgrade.join();
        assertEquals(ReportRun.Status.DONE, run.status(), run.error());
        assertEquals("v2", run.result().rows(0, 1).get(0).values()[3]);

        engine.catalogue().remove(nextService - 1);
        Thread.sleep(5_100);
        assertEquals(404, assertThrows(ApiException.class,
                () -> engine.start(caller(Scope.region()), "test.organizations", Map.of(), RU)).status(),
                "a form gone longer than the wait is gone");
    }

    private long register(org.kontingent.report.api.ReportForm form, String version) {
        long id = nextService++;
        engine.catalogue().add(id, 0, "test-forms", Version.parseVersion(version), form);
        return id;
    }

    private static Caller caller(Scope scope) {
        return caller(scope, 1);
    }

    private static Caller caller(Scope scope, long account) {
        return EngineFixture.caller(account, scope);
    }

    private static ResultRow row(ResultRow.Kind kind, Object... values) {
        return new ResultRow(kind, values);
    }

    private static ReportRun finished(ReportRun run) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!run.status().finished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        return run;
    }
}
