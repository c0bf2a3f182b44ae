package org.kontingent.gateway.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.connector.api.pull.Fetched;
import org.kontingent.connector.api.pull.LearnerQuery;
import org.kontingent.connector.api.pull.PullContext;
import org.kontingent.connector.api.pull.PullSource;
import org.kontingent.connector.api.pull.SourceUnavailableException;
import org.kontingent.connector.json.internal.JsonPackageFormat;
import org.kontingent.registry.core.internal.JdbcRegistryBatches;
import org.kontingent.registry.core.internal.JdbcRegistryQueries;
import org.kontingent.registry.core.testing.RegistryDatabase;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Pulls on a real PostgreSQL: a due provider is asked from its watermark, each answer is kept
 * as a package and the watermark moves on with it, more waiting means asking again at once, a
 * source that cannot be reached leaves the watermark where it was, and one learner is looked up.
 */
class PullSchedulerTest {
    private static EmbeddedPostgres postgres;
    private static Jdbc jdbc;
    private static Connectors connectors;
    private static PackageWorkers workers;
    private static PullStore pulls;
    private static ProviderStore providers;
    private static PackageStore packages;

    /** A school system answering from pages of exchange JSON, the watermark being the page number. */
    private static final class PagedSource implements PullSource {
        private final List<String> pages;
        private final List<String> asked = new ArrayList<>();
        private volatile boolean down;

        PagedSource(List<String> pages) {
            this.pages = pages;
        }

        @Override
        public String id() {
            return "paged";
        }

        @Override
        public String mediaType() {
            return "application/json";
        }

        @Override
        public Fetched changesSince(String watermark, PullContext context) throws SourceUnavailableException {
            asked.add(watermark + " " + context.required("url"));
            if (down) {
                throw new SourceUnavailableException("Connection refused: " + context.required("url"));
            }
            int page = watermark == null ? 0 : Integer.parseInt(watermark);
            if (page >= pages.size()) {
                return new Fetched(new byte[0], null, Integer.toString(page), false);
            }
            return new Fetched(pages.get(page).getBytes(StandardCharsets.UTF_8), "page-" + page + ".json",
                    Integer.toString(page + 1), page + 1 < pages.size());
        }

        @Override
        public Optional<Fetched> learner(LearnerQuery query, PullContext context) {
            return "112-233-445 95".equals(query.snils()) ? Optional.of(new Fetched(pages.get(0).getBytes(StandardCharsets.UTF_8),
                    "learner.json", null, false)) : Optional.empty();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        postgres = GatewayDatabase.start();
        jdbc = new Jdbc(postgres.getPostgresDatabase());
        connectors = new Connectors();
        connectors.addFormat(new JsonPackageFormat());
        workers = new PackageWorkers(jdbc, new JdbcRegistryBatches(postgres.getPostgresDatabase(), RegistryDatabase.schema()),
                new JdbcRegistryQueries(postgres.getPostgresDatabase(), RegistryDatabase.schema()), connectors,
                new PackageWorkers.Settings(0, 50, 20, 2));
        pulls = new PullStore(jdbc);
        providers = new ProviderStore(jdbc);
        packages = new PackageStore(jdbc);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static String page(String id, String surname) {
        return "{\"persons\": [{\"id\": \"" + id + "\", \"surname\": \"" + surname + "\", \"name\": \"Илья\","
                + " \"birthDate\": \"2013-03-03\"}]}";
    }

    @Test
    void answersAreKeptAsPackagesAndTheWatermarkMovesOnWithThem() {
        PagedSource source = new PagedSource(List.of(page("n-1", "Первов"), page("n-2", "Второв")));
        connectors.addSource(source);
        long provider = providers.create(new ProviderStore.Details("netschool-test", "Сетевой город (тест)", null, null, Map.of()));
        pulls.configure(provider, new PullStore.Settings("paged", 60, Map.of("url", "http://school.example"), null));
        PullScheduler scheduler = new PullScheduler(jdbc, connectors, workers, 1000);

        assertTrue(scheduler.pullNext(), "due at once");
        assertTrue(scheduler.pullNext(), "more was waiting: due again at once");
        assertFalse(scheduler.pullNext(), "then not before its interval");
        assertEquals(List.of("null http://school.example", "1 http://school.example"), source.asked);
        PullStore.Pull pull = pulls.find(provider);
        assertEquals("2", pull.watermark());
        assertNull(pull.lastError());
        while (workers.next()) {
            // apply what was pulled
        }
        PackageStore.Summary last = packages.summary(pull.lastPackageId());
        assertEquals(PackageStore.APPLIED, last.status());
        assertEquals("page-1.json", last.fileName());
        assertEquals("pull:paged", last.receivedBy());

        source.down = true;
        pulls.now(provider);
        assertTrue(scheduler.pullNext());
        assertEquals("2", pulls.find(provider).watermark(), "kept for the next call");
        assertEquals("Connection refused: http://school.example", pulls.find(provider).lastError());
        connectors.removeSource(source);
    }

    @Test
    void aSourceNoConnectorBringsIsReportedAndOneLearnerIsLookedUp() throws SourceUnavailableException {
        long provider = providers.create(new ProviderStore.Details("dnevnik-test", "Дневник (тест)", null, null, Map.of()));
        pulls.configure(provider, new PullStore.Settings("paged", 60, Map.of("url", "http://dnevnik.example"), true));
        PullScheduler scheduler = new PullScheduler(jdbc, connectors, workers, 1000);
        assertTrue(scheduler.pullNext());
        assertEquals("No installed connector brings the pull source paged", pulls.find(provider).lastError());

        PagedSource source = new PagedSource(List.of(page("d-1", "Дневникова")));
        connectors.addSource(source);
        Optional<Long> found = scheduler.lookup(provider, new LearnerQuery("112-233-445 95", null, null, null, null));
        assertTrue(found.isPresent());
        assertEquals("learner.json", packages.summary(found.get()).fileName());
        assertTrue(scheduler.lookup(provider, new LearnerQuery("123-456-789 64", null, null, null, null)).isEmpty());
        connectors.removeSource(source);
    }
}
