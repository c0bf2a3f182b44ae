package org.kontingent.database.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns {@code etc/org.kontingent.database.cfg} into a running database and a pooled
 * DataSource: starts the embedded PostgreSQL when no external URL is configured, then writes
 * the pax-jdbc-config factory configuration {@code org.ops4j.datasource~kontingent}, from
 * which pax-jdbc creates the HikariCP-pooled {@code javax.sql.DataSource} service
 * ({@code dataSourceName=kontingent}) that every bundle uses.
 */
@Component(service = DatabaseProvisioner.class, immediate = true, configurationPid = DatabaseConfiguration.PID)
@Designate(ocd = DatabaseConfiguration.class)
public class DatabaseProvisioner {
    static final String DATA_SOURCE_NAME = "kontingent";
    static final String DATA_SOURCE_FILTER = "(dataSourceName=" + DATA_SOURCE_NAME + ")";
    private static final String PAX_JDBC_FACTORY_PID = "org.ops4j.datasource";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseProvisioner.class);

    private static final long EMBEDDED_RETRY_S = 15;

    private final ConfigurationAdmin configurationAdmin;
    /** Runs every provisioning step, one at a time: activation, changes, retries. */
    private final ScheduledExecutorService provisioner =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "kontingent-database-provisioner"));
    /** Counts configuration changes; a step of an older configuration does nothing. */
    private final AtomicInteger generation = new AtomicInteger();
    private volatile DatabaseConfiguration config;
    private volatile EmbeddedDatabase embedded;
    private volatile String state;
    private volatile String jdbcUrl;

    @Activate
    public DatabaseProvisioner(@Reference ConfigurationAdmin configurationAdmin, DatabaseConfiguration config) {
        this.configurationAdmin = configurationAdmin;
        this.config = config;
        this.state = "starting";
        apply(config);
    }

    /** A changed {@code etc/org.kontingent.database.cfg} is applied in place: the health check and the rest stay bound. */
    @Modified
    void modified(DatabaseConfiguration changed) {
        apply(changed);
    }

    private void apply(DatabaseConfiguration next) {
        int current = generation.incrementAndGet();
        provisioner.execute(() -> provision(next, current));
    }

    private void provision(DatabaseConfiguration next, int current) {
        if (current != generation.get()) {
            return;
        }
        DatabaseConfiguration previous = config;
        config = next;
        EmbeddedDatabase running = embedded;
        if (running != null && !(isEmbedded() && sameEmbeddedServer(previous, next))) {
            stopEmbedded();
        }
        if (isEmbedded()) {
            if (embedded == null) {
                state = "starting the embedded PostgreSQL";
                jdbcUrl = null;
                startEmbedded(current);
            }
            return;
        }
        jdbcUrl = next.url().trim();
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            state = "the configured url '" + jdbcUrl + "' in etc/" + DatabaseConfiguration.PID
                    + ".cfg is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)";
            LOG.error("Database not configured: {}", state);
            withdrawDataSource();
            return;
        }
        state = "external PostgreSQL at " + jdbcUrl;
        publishDataSource(jdbcUrl, next.user(), next.password());
    }

    private static boolean sameEmbeddedServer(DatabaseConfiguration a, DatabaseConfiguration b) {
        return a.url().isBlank() && a.embedded_port() == b.embedded_port()
                && a.embedded_dataDirectory().equals(b.embedded_dataDirectory());
    }

    boolean isEmbedded() {
        return config.url().isBlank();
    }

    /** Plain words on how the database is provisioned, for the health report. */
    String state() {
        return state;
    }

    /** The JDBC URL in use (no credentials), or null while the embedded server is starting. */
    String jdbcUrl() {
        return jdbcUrl;
    }

    private void startEmbedded(int current) {
        if (current != generation.get()) {
            return;
        }
        Path dir = dataDirectory();
        try {
            long started = System.nanoTime();
            EmbeddedDatabase database = EmbeddedDatabase.start(dir, config.embedded_port());
            embedded = database;
            jdbcUrl = database.jdbcUrl();
            state = "embedded PostgreSQL in " + dir;
            LOG.info("Embedded PostgreSQL started in {} ms at {}, data in {}",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), jdbcUrl, dir);
            Map<String, String> credentials = database.credentials();
            publishDataSource(jdbcUrl, credentials.get("user"), credentials.get("password"));
        } catch (Exception | LinkageError e) {
            state = "the embedded PostgreSQL did not start (data directory " + dir + ", port "
                    + config.embedded_port() + "): " + e.getMessage() + "; retrying every " + EMBEDDED_RETRY_S + " s";
            LOG.error("Embedded PostgreSQL did not start; retrying in {} s", EMBEDDED_RETRY_S, e);
            if (!provisioner.isShutdown()) {
                provisioner.schedule(() -> startEmbedded(current), EMBEDDED_RETRY_S, TimeUnit.SECONDS);
            }
        }
    }

    private void stopEmbedded() {
        EmbeddedDatabase database = embedded;
        embedded = null;
        if (database != null) {
            try {
                database.close();
                LOG.info("Embedded PostgreSQL stopped");
            } catch (IOException e) {
                LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }

    private Path dataDirectory() {
        String configured = config.embedded_dataDirectory();
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("karaf.data", "data"), "postgresql");
    }

    private void publishDataSource(String url, String user, String password) {
        Map<String, Object> wanted = new LinkedHashMap<>();
        wanted.put("osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
        wanted.put("dataSourceName", DATA_SOURCE_NAME);
        wanted.put("url", url);
        wanted.put("user", user == null ? "" : user);
        wanted.put("password", password == null ? "" : password);
        wanted.put("pool", "hikari");
        wanted.put("xa", "false");
        wanted.put("hikari.poolName", DATA_SOURCE_NAME);
        wanted.put("hikari.maximumPoolSize", Integer.toString(config.pool_maximumSize()));
        wanted.put("hikari.connectionTimeout", Integer.toString(config.pool_connectionTimeoutMs()));
        // Start the pool even while the database is unreachable, and reconnect when it returns.
        wanted.put("hikari.initializationFailTimeout", "-1");
        try {
            Configuration configuration = configurationAdmin.getFactoryConfiguration(PAX_JDBC_FACTORY_PID, DATA_SOURCE_NAME, "?");
            if (!sameProperties(configuration.getProperties(), wanted)) {
                configuration.update(new Hashtable<>(wanted));
                LOG.info("DataSource '{}' configured for {}", DATA_SOURCE_NAME, url);
            }
        } catch (IOException e) {
            state = "could not write the DataSource configuration: " + e.getMessage();
            LOG.error("Could not write the DataSource configuration", e);
        }
    }

    /** Removes the DataSource, so that nothing keeps working against a database the configuration no longer names. */
    private void withdrawDataSource() {
        try {
            Configuration[] existing = configurationAdmin.listConfigurations(
                    "(&(service.factoryPid=" + PAX_JDBC_FACTORY_PID + ")(dataSourceName=" + DATA_SOURCE_NAME + "))");
            if (existing != null) {
                for (Configuration configuration : existing) {
                    configuration.delete();
                }
            }
        } catch (IOException | InvalidSyntaxException e) {
            LOG.error("Could not remove the DataSource configuration", e);
        }
    }

    private static boolean sameProperties(Dictionary<String, Object> current, Map<String, Object> wanted) {
        if (current == null) {
            return false;
        }
        for (Map.Entry<String, Object> entry : wanted.entrySet()) {
            if (!Objects.equals(String.valueOf(current.get(entry.getKey())), String.valueOf(entry.getValue()))) {
                return false;
            }
        }
        return true;
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        generation.incrementAndGet();
        provisioner.shutdownNow();
        provisioner.awaitTermination(30, TimeUnit.SECONDS);
        stopEmbedded();
    }
}
