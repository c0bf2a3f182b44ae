package org.kontingent.database.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.kontingent.platform.api.health.Health;
import org.kontingent.platform.api.health.HealthIndicator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Whether the shared database answers. A background probe runs {@code SELECT version()} every
 * two seconds so that the health endpoint answers at once, also while the database hangs.
 */
@Component(service = HealthIndicator.class, immediate = true)
public class DatabaseHealth implements HealthIndicator {
    private static final long PROBE_INTERVAL_MS = 2_000;

    private final DatabaseProvisioner provisioner;
    private final ScheduledExecutorService prober =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "kontingent-database-probe"));
    private volatile DataSource dataSource;
    private volatile Probe last = new Probe(false, "not checked yet", null);

    @Activate
    public DatabaseHealth(@Reference DatabaseProvisioner provisioner) {
        this.provisioner = provisioner;
        prober.scheduleWithFixedDelay(this::probe, 0, PROBE_INTERVAL_MS, TimeUnit.MILLISECONDS);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = DatabaseProvisioner.DATA_SOURCE_FILTER)
    void bindDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
        prober.execute(this::probe);
    }

    void unbindDataSource(DataSource dataSource) {
        if (this.dataSource == dataSource) {
            this.dataSource = null;
        }
    }

    @Deactivate
    void deactivate() {
        prober.shutdownNow();
    }

    private void probe() {
        DataSource current = dataSource;
        if (current == null) {
            last = new Probe(false, "the DataSource is not available: " + provisioner.state(), null);
            return;
        }
        try (Connection c = current.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(5);
            try (ResultSet rs = s.executeQuery("SELECT current_setting('server_version')")) {
                rs.next();
                last = new Probe(true, "PostgreSQL " + rs.getString(1) + " answers (" + provisioner.state() + ")", rs.getString(1));
            }
        } catch (SQLException | RuntimeException e) {
            String where = provisioner.jdbcUrl() == null ? "(" + provisioner.state() + ")" : "at " + provisioner.jdbcUrl();
            last = new Probe(false, "cannot reach the database " + where + ": " + rootMessage(e), null);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e ? message : e.getMessage() + " (" + message + ")";
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public Health check() {
        Probe probe = last;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("embedded", provisioner.isEmbedded());
        if (provisioner.jdbcUrl() != null) {
            details.put("url", provisioner.jdbcUrl());
        }
        if (probe.serverVersion() != null) {
            details.put("serverVersion", probe.serverVersion());
        }
        return probe.up() ? Health.up(probe.message(), details) : Health.down(probe.message(), details);
    }

    private record Probe(boolean up, String message, String serverVersion) {
    }
}
