package org.kontingent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import javax.inject.Inject;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.kontingent.itests.Http.Answer;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The platform on an external PostgreSQL that is down at start, comes up, is lost while the
 * platform runs and comes back, and then on a wrong URL: the platform keeps serving, health
 * says in plain words what is wrong, and it recovers by itself.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DatabaseResilienceIT {
    private static final String DATABASE_PORT = "kontingent.it.database.port";
    private static final String PROXY_PORT = "kontingent.it.proxy.port";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String PLUGIN_ENDPOINT = "/api/v1/example/visits";

    @Inject
    private FeaturesService features;

    /** Karaf registers it when the boot features are installed: a plugin is installed only after that. */
    @Inject
    private BootFinished bootFinished;

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Configuration
    public Option[] configuration() {
        String proxyPort = KontingentDistribution.freePort();
        return KontingentDistribution.options(
                Map.of("url", databaseUrl(proxyPort), "user", "postgres", "password", ""),
                systemProperty(DATABASE_PORT).value(Integer.toString(ExternalDatabase.port())),
                systemProperty(PROXY_PORT).value(proxyPort));
    }

    private static String databaseUrl(String port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    @Test
    public void platformServesThroughDatabaseOutagesAndRecoversByItself() throws Exception {
        Http http = KontingentDistribution.http();
        int proxyPort = Integer.getInteger(PROXY_PORT);
        try (TcpProxy database = new TcpProxy(proxyPort, Integer.getInteger(DATABASE_PORT))) {
            // down at start: the platform serves, health says why it cannot
            Eventually.await("the REST API", PATIENCE, () -> http.status("/api/v1/version") == 200);
            Eventually.await("health naming the database", PATIENCE, () -> databaseMessage(http).contains("cannot reach the database"));
            assertEquals(503, http.get("/api/v1/health").status());
            assertTrue(databaseMessage(http), databaseMessage(http).contains("127.0.0.1:" + proxyPort));
            assertEquals("no sign-in without the accounts' database", 404, http.post("/api/v1/session", "{}").status());
            features.installFeature("kontingent-example-plugin");

            // the database comes up: migrations are applied late, the plugin's endpoint comes up
            database.start();
            Eventually.await("health 200 once the database is up", PATIENCE, () -> http.status("/api/v1/health") == 200);
            Http admin = KontingentDistribution.admin();
            Eventually.await("the plugin endpoint", PATIENCE, () -> admin.status(PLUGIN_ENDPOINT) == 200);
            long visits = admin.post(PLUGIN_ENDPOINT, "").body().path("visits").asLong();

            // lost while running, and back
            database.stop();
            Eventually.await("health 503 while the database is lost", PATIENCE, () -> http.status("/api/v1/health") == 503);
            assertTrue(databaseMessage(http).contains("cannot reach the database"));
            assertEquals(200, http.status("/api/v1/version"));
            database.start();
            Eventually.await("health 200 after the database returned", PATIENCE, () -> http.status("/api/v1/health") == 200);
            Eventually.await("the plugin serving again, the session kept", PATIENCE,
                    () -> admin.post(PLUGIN_ENDPOINT, "").status() == 200);
            assertTrue(admin.get(PLUGIN_ENDPOINT).body().path("visits").asLong() > visits);

            // a wrong URL in the configuration: named in plain words; fixing the file recovers
            updateDatabaseUrl("jdbc:mysql://127.0.0.1:3306/kontingent");
            Eventually.await("health naming the wrong URL", PATIENCE,
                    () -> databaseMessage(http).contains("is not a PostgreSQL JDBC URL"));
            Answer wrong = http.get("/api/v1/health");
            assertEquals(503, wrong.status());
            updateDatabaseUrl(databaseUrl(Integer.toString(proxyPort)));
            Eventually.await("health 200 with the URL fixed", PATIENCE, () -> http.status("/api/v1/health") == 200);
        } finally {
            if (features.isInstalled(features.getFeature("kontingent-example-plugin"))) {
                features.uninstallFeature("kontingent-example-plugin");
            }
        }
    }

    private static String databaseMessage(Http http) {
        return http.get("/api/v1/health").body().path("checks").path("database").path("message").asText();
    }

    private void updateDatabaseUrl(String url) throws IOException {
        org.osgi.service.cm.Configuration configuration = configurationAdmin.getConfiguration("org.kontingent.database", "?");
        Dictionary<String, Object> properties = configuration.getProperties() == null ? new Hashtable<>() : configuration.getProperties();
        properties.put("url", url);
        configuration.update(properties);
    }
}
