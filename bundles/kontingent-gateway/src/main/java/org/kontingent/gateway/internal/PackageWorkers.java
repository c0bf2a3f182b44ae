package org.kontingent.gateway.internal;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.RecordError;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.batch.RegistryBatches;
import org.kontingent.registry.api.query.RegistryQueries;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads that take waiting packages and apply them. A package is taken by one worker only;
 * what a stopped platform left half-done is put back at start and done again, and since applying
 * is one transaction, nothing of it is applied twice.
 */
@Component(service = PackageWorkers.class, configurationPid = GatewayConfiguration.PID)
@Designate(ocd = GatewayConfiguration.class)
public class PackageWorkers {
    private static final Logger LOG = LoggerFactory.getLogger(PackageWorkers.class);

    private final PackageStore packages;
    private final ProviderStore providers;
    private final PackageProcessor processor;
    private final Settings settings;
    private final List<Thread> threads = new ArrayList<>();
    private final Object signal = new Object();
    private volatile boolean running = true;

    @Activate
    public PackageWorkers(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=kontingent-gateway)") MigratedSchema schema,
            @Reference RegistryBatches registry, @Reference RegistryQueries queries, @Reference Connectors connectors,
            GatewayConfiguration configuration) {
        this(new Jdbc(dataSource), registry, queries, connectors, new Settings(configuration.workers(), configuration.pollMillis(),
                configuration.suspendAfterRejected(), configuration.maxAttempts()));
    }

    /** How the workers go about it. */
    record Settings(int workers, int pollMillis, int suspendAfterRejected, int maxAttempts) {
    }

    PackageWorkers(Jdbc jdbc, RegistryBatches registry, RegistryQueries queries, Connectors connectors, Settings settings) {
        this.packages = new PackageStore(jdbc);
        this.providers = new ProviderStore(jdbc);
        this.processor = new PackageProcessor(providers, connectors, registry, queries);
        this.settings = settings;
        int abandoned = packages.reclaimAbandoned();
        if (abandoned > 0) {
            LOG.info("{} packages left unfinished by the last run wait to be applied again", abandoned);
        }
        for (int i = 1; i <= settings.workers(); i++) {
            Thread t = new Thread(this::work, "kontingent-gateway-worker-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        wake();
        for (Thread t : threads) {
            t.join(60_000);
        }
    }

    /** Tells an idle worker a package has come. */
    void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private void work() {
        while (running) {
            boolean worked;
            try {
                worked = next();
            } catch (RuntimeException e) {
                LOG.warn("The gateway could not take a package: {}", e.getMessage());
                worked = false;
            }
            if (!worked) {
                synchronized (signal) {
                    try {
                        signal.wait(settings.pollMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    /** Applies the next waiting package; false when none waits. */
    boolean next() {
        PackageStore.Claimed claimed = packages.claim();
        if (claimed == null) {
            return false;
        }
        PackageStore.Finish finish;
        try {
            finish = processor.process(claimed);
        } catch (RuntimeException e) {
            if (claimed.attempts() < settings.maxAttempts()) {
                LOG.warn("Package {} could not be applied (attempt {}), it waits: {}", claimed.id(), claimed.attempts(),
                        e.getMessage());
                packages.retryLater(claimed.id(), claimed.attempts());
                return false;
            }
            LOG.error("Package {} failed {} times and is rejected", claimed.id(), claimed.attempts(), e);
            finish = new PackageStore.Finish(PackageStore.REJECTED, null, 0, 0, 0, 0, List.of(RecordError.ofPackage(
                    ErrorCode.INTERNAL, "The platform failed to apply the package " + claimed.attempts() + " times: " + e)));
        }
        packages.finish(claimed.id(), finish);
        if (PackageStore.REJECTED.equals(finish.status())
                && packages.lastRejected(claimed.providerId(), settings.suspendAfterRejected())
                && providers.suspend(claimed.providerId(), "The last " + settings.suspendAfterRejected()
                        + " packages were rejected (the last one, " + claimed.id() + ": " + finish.errors().get(0).message()
                        + "); fix the errors and ask the operator to lift the suspension")) {
            LOG.warn("Provider {} suspended after {} rejected packages in a row", claimed.providerId(),
                    settings.suspendAfterRejected());
        }
        return true;
    }
}
