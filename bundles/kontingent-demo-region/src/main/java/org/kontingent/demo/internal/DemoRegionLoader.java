package org.kontingent.demo.internal;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.platform.api.health.Health;
import org.kontingent.platform.api.health.HealthIndicator;
import org.kontingent.registry.api.extension.DemoData;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo region into an empty registry, in the background, once: with
 * {@code etc/org.kontingent.demo.cfg} present and the registry's schema migrated. A registry
 * that already holds persons is never touched. Then each installed extension's part of the
 * region ({@link DemoData}): at once for those installed, and when it arrives for an extension
 * installed later; once per database ({@link DemoRecords}). Its health entry tells how far it
 * is; it never takes the platform down.
 */
@Component(service = HealthIndicator.class, immediate = true, configurationPid = DemoRegionConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DemoRegionConfiguration.class)
public class DemoRegionLoader implements HealthIndicator {
    private static final Logger LOG = LoggerFactory.getLogger(DemoRegionLoader.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "kontingent-demo-region"));
    private volatile String state = "waiting to start";
    private volatile boolean failed;
    /** Each extension's part of the region: how far it is. */
    private final Map<String, Object> extensions = new ConcurrentHashMap<>();
    private final DataSource dataSource;

    @Activate
    public DemoRegionLoader(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=kontingent-demo-region)") MigratedSchema demoSchema,
            DemoRegionConfiguration config) {
        this.dataSource = dataSource;
        worker.execute(() -> load(config));
    }

    /** An extension arrived: its part of the region is generated after the region itself. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindDemoData(DemoData extension) {
        extensions.put(extension.id(), "waiting");
        worker.execute(() -> generate(extension));
    }

    /** An extension left: the health entry lists the installed ones only. */
    void unbindDemoData(DemoData extension) {
        extensions.remove(extension.id());
    }

    private void generate(DemoData extension) {
        String id = extension.id();
        try (Connection connection = dataSource.getConnection()) {
            extensions.put(id, "generating");
            extensions.put(id, DemoRecords.generate(connection, extension)
                    .map(done -> {
                        LOG.info("Demo data of extension {}: {} rows in {} s", id, done.rows(), Math.round(done.seconds()));
                        return "generated " + done.rows() + " rows in " + Math.round(done.seconds()) + " s";
                    })
                    .orElse("nothing to generate: no demo region, or generated before"));
        } catch (Exception e) {
            extensions.put(id, "failed: " + e.getMessage());
            LOG.error("The demo data of extension {} could not be generated", id, e);
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(30, TimeUnit.SECONDS);
    }

    private void load(DemoRegionConfiguration config) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            if (!RegistryCopyLoader.registryIsEmpty(connection)) {
                state = "not loaded: the registry already holds persons";
                return;
            }
            state = "generating and loading " + config.learners() + " learners";
            LOG.info("Loading a demo region of {} learners (seed {})", config.learners(), config.seed());
            LocalDate today = LocalDate.now();
            try (RegistryCopyLoader loader = new RegistryCopyLoader(connection)) {
                new DemoRegionGenerator(new RussianNames(), RegionTerritory.altaiKrai(), config.seed(), config.learners(),
                        today).generate(loader);
                loader.commit();
                DemoRecords.regionLoaded(connection, config.seed(), config.learners(), today);
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
        Map<String, Object> details = Map.copyOf(extensions);
        return failed ? Health.degraded("Demo region " + state, details) : Health.up("Demo region " + state, details);
    }
}
