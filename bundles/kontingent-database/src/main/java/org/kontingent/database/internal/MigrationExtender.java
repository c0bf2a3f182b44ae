package org.kontingent.database.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.kontingent.platform.api.PluginCapability;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.platform.api.health.Health;
import org.kontingent.platform.api.health.HealthIndicator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The migration extender: notices every starting or active bundle that declares the
 * {@value Migrations#HEADER} header, applies its scripts to the shared database, and then
 * registers a {@link MigratedSchema} service for it, on which the bundle's own components
 * wait. When the database cannot be reached the set is retried with a growing delay, so a
 * database that comes up late (or comes back) is caught up with by itself.
 */
@Component(service = HealthIndicator.class, immediate = true)
public class MigrationExtender implements BundleTrackerCustomizer<String>, HealthIndicator {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationExtender.class);
    private static final long MAX_RETRY_DELAY_MS = 30_000;
    private static final long AFTER_POLL_MS = 200;

    private final BundleContext context;
    private final SchemaMigrator migrator;
    private final ScheduledExecutorService worker =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "kontingent-migrations"));
    private final Map<String, OwnerState> owners = new ConcurrentHashMap<>();
    private final BundleTracker<String> tracker;

    @Activate
    public MigrationExtender(BundleContext context,
            @Reference(target = DatabaseProvisioner.DATA_SOURCE_FILTER) DataSource dataSource) {
        this.context = context;
        this.migrator = new SchemaMigrator(dataSource);
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, this);
        tracker.open();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        tracker.close();
        worker.shutdownNow();
        worker.awaitTermination(30, TimeUnit.SECONDS);
        owners.values().forEach(OwnerState::unregister);
        owners.clear();
    }

    @Override
    public String addingBundle(Bundle bundle, BundleEvent event) {
        String folder = bundle.getHeaders("").get(Migrations.HEADER);
        if (folder == null || folder.isBlank()) {
            return null;
        }
        String owner = bundle.getSymbolicName();
        OwnerState state = new OwnerState(owner, bundle, folder.trim(), after(bundle));
        owners.put(owner, state);
        worker.execute(() -> migrate(state, 1_000));
        return owner;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, String owner) {
        // STARTING -> ACTIVE: nothing to do, the set was taken up when the bundle was added.
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, String owner) {
        OwnerState state = owners.remove(owner);
        if (state != null) {
            state.cancelled = true;
            state.unregister();
        }
    }

    private static List<String> after(Bundle bundle) {
        String names = bundle.getHeaders("").get(Migrations.AFTER_HEADER);
        if (names == null || names.isBlank()) {
            return List.of();
        }
        return Arrays.stream(names.split(",")).map(String::trim).filter(n -> !n.isEmpty()).toList();
    }

    private void migrate(OwnerState state, long retryDelayMs) {
        if (state.cancelled) {
            return;
        }
        List<String> waitingFor = state.after.stream().filter(name -> {
            OwnerState first = owners.get(name);
            return first == null || first.registration == null;
        }).toList();
        if (!waitingFor.isEmpty()) {
            state.status = "waiting for the migrations of " + String.join(", ", waitingFor);
            worker.schedule(() -> migrate(state, retryDelayMs), AFTER_POLL_MS, TimeUnit.MILLISECONDS);
            return;
        }
        try {
            List<MigrationScript> scripts = readScripts(state.bundle, state.folder);
            state.status = "applying " + scripts.size() + " migration script(s)";
            int version = migrator.migrate(state.owner, scripts);
            state.register(context, version);
            state.status = "applied up to version " + version;
            state.failure = null;
            LOG.info("Schema of {} is at version {}", state.owner, version);
        } catch (MigrationException e) {
            state.failure = e.getMessage();
            if (e.isConnectionProblem()) {
                long next = Math.min(retryDelayMs * 2, MAX_RETRY_DELAY_MS);
                state.status = "waiting for the database; retrying in " + (retryDelayMs / 1000) + " s";
                LOG.warn("Migrations of {} wait for the database: {}", state.owner, e.getMessage());
                worker.schedule(() -> migrate(state, next), retryDelayMs, TimeUnit.MILLISECONDS);
            } else {
                state.status = "failed";
                LOG.error("Migrations of {} failed; the bundle's services stay down until it is fixed and updated",
                        state.owner, e);
            }
        } catch (RuntimeException e) {
            state.failure = e.getMessage();
            state.status = "failed";
            LOG.error("Migrations of {} could not be read", state.owner, e);
        }
    }

    static List<MigrationScript> readScripts(Bundle bundle, String folder) {
        Enumeration<URL> entries = bundle.findEntries(folder, "*.sql", false);
        if (entries == null) {
            throw new IllegalArgumentException("Bundle " + bundle.getSymbolicName() + " declares " + Migrations.HEADER
                    + ": " + folder + " but has no .sql scripts there");
        }
        List<MigrationScript> scripts = new ArrayList<>();
        for (URL url : Collections.list(entries)) {
            String path = url.getPath();
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                scripts.add(MigrationScript.of(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException("Could not read migration " + path + " of " + bundle.getSymbolicName(), e);
            }
        }
        return scripts;
    }

    @Override
    public String name() {
        return "migrations";
    }

    @Override
    public Health check() {
        Map<String, Object> sets = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        boolean coreProblem = false;
        for (OwnerState state : owners.values()) {
            Map<String, Object> set = new LinkedHashMap<>();
            set.put("applied", state.registration != null);
            set.put("status", state.status);
            if (state.failure != null) {
                set.put("error", state.failure);
            }
            sets.put(state.owner, set);
            if (state.registration == null) {
                problems.add(state.owner + ": " + state.status + (state.failure == null ? "" : " (" + state.failure + ")"));
                coreProblem |= !state.plugin;
            }
        }
        Map<String, Object> details = Map.of("sets", sets);
        if (problems.isEmpty()) {
            return Health.up(sets.size() + " migration set(s) applied", details);
        }
        String message = "Migrations not applied: " + String.join("; ", problems);
        // A plugin's tables not (yet) there take that plugin down, not the platform.
        return coreProblem ? Health.down(message, details) : Health.degraded(message, details);
    }

    /** What the extender knows of one bundle's migration set. */
    private static final class OwnerState {
        final String owner;
        final Bundle bundle;
        final String folder;
        final List<String> after;
        final boolean plugin;
        volatile boolean cancelled;
        volatile String status = "pending";
        volatile String failure;
        volatile ServiceRegistration<MigratedSchema> registration;

        OwnerState(String owner, Bundle bundle, String folder, List<String> after) {
            this.owner = owner;
            this.bundle = bundle;
            this.folder = folder;
            this.after = after;
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            this.plugin = revision != null && !revision.getDeclaredCapabilities(PluginCapability.NAMESPACE).isEmpty();
        }

        synchronized void register(BundleContext context, int version) {
            if (registration != null || cancelled) {
                return;
            }
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put(Migrations.OWNER_PROPERTY, owner);
            properties.put(Migrations.VERSION_PROPERTY, version);
            registration = context.registerService(MigratedSchema.class, new AppliedSchema(owner, version), properties);
        }

        synchronized void unregister() {
            if (registration != null) {
                try {
                    registration.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // the framework removed it with the extender's bundle
                }
                registration = null;
            }
        }
    }

    private record AppliedSchema(String owner, int version) implements MigratedSchema {
    }
}
