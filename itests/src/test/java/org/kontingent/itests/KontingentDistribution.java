package org.kontingent.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Boots the distribution exactly as a region unpacks it (the tar.gz the assembly builds),
 * on free ports, with the test's helpers added.
 */
final class KontingentDistribution {
    static final String HTTP_PORT = "kontingent.it.http.port";
    /** The first administrator's password the tests configure (login {@code admin}). */
    static final String ADMIN_PASSWORD = "Проверка-Связи-2026";
    private static final String SECURITY_CFG = "etc/org.kontingent.security.cfg";
    static final String EXAMPLE_PLUGIN = "kontingent.examplePlugin";
    /** The statistics report forms' jar, released again as a new version by the hot-swap test. */
    static final String STATISTICS_FORMS = "kontingent.statisticsForms";
    static final String VERSION = "kontingent.version";
    static final String DATABASE_CFG = "etc/org.kontingent.database.cfg";
    /**
     * Where the console's tests write the screenshots of its main screens for the documentation
     * ({@code mvn verify -pl itests -Dit.test=ConsoleIT -Dkontingent.screenshots=../docs/screenshots});
     * unset, they write none.
     */
    static final String DOCUMENTATION_SCREENSHOTS = "kontingent.screenshots";

    private KontingentDistribution() {
    }

    /** Inside the container: the platform's REST API. */
    static Http http() {
        return new Http(Integer.parseInt(System.getProperty(HTTP_PORT)));
    }

    /** Inside the container: the REST API as the first administrator, once signing in is served. */
    static Http admin() {
        return signedIn("admin", ADMIN_PASSWORD);
    }

    /** Inside the container: the REST API as a user, once signing in is served (within two minutes). */
    static Http signedIn(String login, String password) {
        return signedIn(http(), login, password);
    }

    /** The REST API as a user, once signing in is served (within two minutes). */
    static Http signedIn(Http http, String login, String password) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
        while (true) {
            try {
                return http.signedIn(login, password);
            } catch (IllegalStateException | UncheckedIOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L);
            }
        }
    }

    /**
     * @param databaseConfig entries of {@code etc/org.kontingent.database.cfg}; the embedded
     *        database gets a free port unless an external url is given
     */
    static Option[] options(Map<String, String> databaseConfig, Option... extra) {
        String distribution = required("kontingent.distribution");
        String httpPort = freePort();
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(distribution).toURI().toString())
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false)
                        .name("Kontingent"),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.INFO),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
                systemProperty(HTTP_PORT).value(httpPort),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        required("org.ops4j.pax.url.mvn.localRepository")),
                editConfigurationFilePut(DATABASE_CFG, "embedded.port", freePort()),
                editConfigurationFilePut(SECURITY_CFG, "initialAdminPassword", ADMIN_PASSWORD),
                editConfigurationFilePut(SECURITY_CFG, "passwordIterations", "210000"),
                systemProperty(EXAMPLE_PLUGIN).value(required(EXAMPLE_PLUGIN)),
                systemProperty(STATISTICS_FORMS).value(required(STATISTICS_FORMS)),
                systemProperty(VERSION).value(required(VERSION))));
        String screenshots = System.getProperty(DOCUMENTATION_SCREENSHOTS);
        if (screenshots != null && !screenshots.isBlank()) {
            options.add(systemProperty(DOCUMENTATION_SCREENSHOTS).value(new File(screenshots).getAbsolutePath()));
        }
        databaseConfig.forEach((key, value) -> options.add(editConfigurationFilePut(DATABASE_CFG, key, value)));
        options.addAll(Arrays.asList(extra));
        return options.toArray(Option[]::new);
    }

    static String freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return Integer.toString(socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: run the tests through Maven");
        }
        return value;
    }
}
