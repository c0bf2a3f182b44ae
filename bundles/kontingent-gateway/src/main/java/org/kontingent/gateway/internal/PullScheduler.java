package org.kontingent.gateway.internal;

import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import org.kontingent.connector.api.pull.Fetched;
import org.kontingent.connector.api.pull.LearnerQuery;
import org.kontingent.connector.api.pull.PullContext;
import org.kontingent.connector.api.pull.PullSource;
import org.kontingent.connector.api.pull.SourceUnavailableException;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the providers whose systems are pulled for their changes when they are due, and keeps
 * each answer as a package for the workers; asks a source about one learner when the registry
 * needs to clarify data.
 */
@Component(service = PullScheduler.class, configurationPid = GatewayConfiguration.PID)
public class PullScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(PullScheduler.class);

    private final PullStore pulls;
    private final PackageStore packages;
    private final ProviderStore providers;
    private final Connectors connectors;
    private final PackageWorkers workers;
    private final Object signal = new Object();
    private final Thread thread;
    private final long checkMillis;
    private volatile boolean running = true;

    @Activate
    public PullScheduler(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=kontingent-gateway)") MigratedSchema schema,
            @Reference Connectors connectors, @Reference PackageWorkers workers, GatewayConfiguration configuration) {
        this(new Jdbc(dataSource), connectors, workers, configuration.pullCheckSeconds() * 1000L);
        thread.start();
    }

    PullScheduler(Jdbc jdbc, Connectors connectors, PackageWorkers workers, long checkMillis) {
        this.pulls = new PullStore(jdbc);
        this.packages = new PackageStore(jdbc);
        this.providers = new ProviderStore(jdbc);
        this.connectors = connectors;
        this.workers = workers;
        this.checkMillis = checkMillis;
        this.thread = new Thread(this::run, "kontingent-gateway-pulls");
        thread.setDaemon(true);
    }

    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        wake();
        thread.join(60_000);
    }

    /** Looks for due pulls now. */
    void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private void run() {
        while (running) {
            boolean pulled;
            try {
                pulled = pullNext();
            } catch (RuntimeException e) {
                LOG.warn("The gateway could not look for due pulls: {}", e.getMessage());
                pulled = false;
            }
            if (!pulled) {
                synchronized (signal) {
                    try {
                        signal.wait(checkMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    /** Asks the provider due soonest for its changes; false when none is due. */
    boolean pullNext() {
        PullStore.Pull pull = pulls.claimDue();
        if (pull == null) {
            return false;
        }
        PullSource source = connectors.source(pull.source());
        if (source == null) {
            pulls.failed(pull.providerId(), "No installed connector brings the pull source " + pull.source());
            return true;
        }
        String provider = providers.find(pull.providerId()).code();
        try {
            Fetched fetched = source.changesSince(pull.watermark(), new PullContext(provider, pull.settings()));
            Long id = pulls.fetched(pull, fetched.empty() ? null : incoming(pull, source, fetched), fetched.watermark(),
                    fetched.more());
            if (id != null) {
                workers.wake();
            }
        } catch (SourceUnavailableException e) {
            pulls.failed(pull.providerId(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("The pull source {} of provider {} failed", pull.source(), provider, e);
            pulls.failed(pull.providerId(), "The connector failed: " + e);
        }
        return true;
    }

    /**
     * Asks a provider's source about one learner and keeps the answer as a package.
     *
     * @return the package's id; empty when the source does not know the learner
     * @throws IllegalStateException when the provider is not pulled or its connector is not installed
     */
    Optional<Long> lookup(long providerId, LearnerQuery query) throws SourceUnavailableException {
        PullStore.Pull pull = pulls.find(providerId);
        if (pull == null) {
            throw new IllegalStateException("Provider " + providerId + " is not asked for data: set its pull first");
        }
        PullSource source = connectors.source(pull.source());
        if (source == null) {
            throw new IllegalStateException("No installed connector brings the pull source " + pull.source());
        }
        Optional<Fetched> answer = source.learner(query, new PullContext(providers.find(providerId).code(), pull.settings()));
        if (answer.isEmpty() || answer.get().empty()) {
            return Optional.empty();
        }
        PackageStore.Receipt receipt = packages.receive(incoming(pull, source, answer.get()));
        workers.wake();
        return Optional.of(receipt.id());
    }

    private static PackageStore.Incoming incoming(PullStore.Pull pull, PullSource source, Fetched fetched) {
        String fileName = fetched.fileName() == null ? source.id() + "-" + Instant.now() : fetched.fileName();
        return new PackageStore.Incoming(pull.providerId(), null, source.mediaType(), fileName, fetched.body(),
                "pull:" + source.id(), null, null);
    }
}
