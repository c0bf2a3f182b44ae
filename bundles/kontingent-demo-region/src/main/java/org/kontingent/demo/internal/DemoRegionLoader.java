package org.kontingent.demo.internal;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.platform.api.health.Health;
import org.kontingent.platform.api.health.HealthIndicator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo region into an empty registry, in the background, once: with
 * {@code etc/org.kontingent.demo.cfg} present and the registry's schema migrated. A registry
 * that already holds persons is never touched. Its health entry tells how far it is; it never
 * takes the platform down.
 */
@Component(service = HealthIndicator.class, immediate = true, configurationPid = DemoRegionConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DemoRegionConfiguration.class)
public class DemoRegionLoader implements HealthIndicator {
    private static final Logger LOG = LoggerFactory.getLogger(DemoRegionLoader.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "kontingent-demo-region"));
    private volatile String state = "waiting to start";
    private volatile boolean failed;

    @Activate
    public DemoRegionLoader(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=kontingent-registry-core)") MigratedSchema registrySchema,
            DemoRegionConfiguration config) {
        worker.execute(() -> load(dataSource, config));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(30, TimeUnit.SECONDS);
    }

    private void load(DataSource dataSource, DemoRegionConfiguration config) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            if (!RegistryCopyLoader.registryIsEmpty(connection)) {
                state = "not loaded: the registry already holds persons";
                return;
            }
            state = "generating and loading " + config.learners() + " learners";
            LOG.info("Loading a demo region of {} learners (seed {})", config.learners(), config.seed());
            try (RegistryCopyLoader loader = new RegistryCopyLoader(connection)) {
                new DemoRegionGenerator(new RussianNames(), RegionTerritory.altaiKrai(), config.seed(), config.learners(),
                        LocalDate.now()).generate(loader);
                loader.commit();
                long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
                state = "loaded " + config.learners() + " learners (" + loader.rows() + " rows) in " + seconds + " s: "
                        + loader.phases();
                LOG.info("Demo region {}", state);
            }
        } catch (Exception e) {
            failed = true;
            state = "failed: " + e.getMessage();
            LOG.error("The demo region could not be loaded", e);
        }
    }

    @Override
    public String name() {
        return "demo-region";
    }

    @Override
    public Health check() {
        return failed ? Health.degraded("Demo region " + state, Map.of()) : Health.up("Demo region " + state, Map.of());
    }
}
