package org.kontingent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.itests.Http.Answer;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.command.PersonData;
import org.kontingent.registry.api.command.RegistryCommands;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.identity.IdentityKey;
import org.kontingent.registry.api.identity.PersonIdentity;
import org.kontingent.registry.api.query.PageRequest;
import org.kontingent.registry.api.query.PersonMatch;
import org.kontingent.registry.api.query.PersonQueries;
import org.kontingent.registry.api.query.PersonSearch;
import org.kontingent.registry.api.query.SearchPage;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The distribution on its embedded database: health, API description, the registry's published
 * services, and plugins coming and going at runtime — as a feature through the plugin manager and
 * as a jar dropped into deploy/.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT {
    private static final String PLUGIN = "kontingent-example-plugin";
    private static final String PLUGIN_ENDPOINT = "/api/v1/example/visits";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    private FeaturesService features;

    /** Karaf registers it when the boot features are installed: a plugin is installed only after that. */
    @Inject
    private BootFinished bootFinished;

    @Inject
    private RegistryCommands commands;

    @Inject
    private PersonQueries persons;

    @Inject
    private PersonIdentity identity;

    private Http http;

    @Configuration
    public Option[] configuration() {
        return KontingentDistribution.options(Map.of());
    }

    @Before
    public void platformIsHealthy() {
        Http anonymous = KontingentDistribution.http();
        Eventually.await("health 200", PATIENCE, () -> anonymous.status("/api/v1/health") == 200);
        http = KontingentDistribution.admin();
    }

    @Test
    public void healthNamesTheDatabaseMigrationsBundlesAndPlugins() {
        Answer health = http.get("/api/v1/health");
        assertEquals("UP", health.body().path("status").asText());
        JsonNode checks = health.body().path("checks");
        JsonNode database = checks.path("database");
        assertEquals("UP", database.path("status").asText());
        assertTrue(database.path("details").path("embedded").asBoolean());
        assertTrue("server version reported", database.path("details").path("serverVersion").asText().startsWith("17"));
        assertEquals("UP", checks.path("migrations").path("status").asText());
        assertEquals(0, checks.path("bundles").path("details").path("failed").size());
        assertTrue(checks.path("plugins").path("message").asText().contains("available"));
        assertEquals(http.get("/api/v1/version").body().path("kontingent").asText(), health.body().path("version").asText());
    }

    @Test
    public void openApiDocumentDescribesTheDeployedEndpoints() {
        Answer document = http.get("/api/openapi.json");
        assertEquals(200, document.status());
        assertTrue(document.body().path("openapi").asText().startsWith("3."));
        JsonNode paths = document.body().path("paths");
        assertTrue(paths.has("/api/v1/health"));
        assertTrue(paths.path("/api/v1/plugins").has("post"));
        assertTrue(paths.path("/api/v1/plugins/{id}").has("delete"));
        assertEquals("kind", paths.path("/api/v1/plugins").path("get").path("parameters").path(0).path("name").asText());
        assertTrue(document.body().path("components").path("schemas").has("PluginView"));
        assertFalse("plugin not installed yet", paths.has(PLUGIN_ENDPOINT));
    }

    @Test
    public void theRegistryServesItsDictionariesAndLists() {
        Answer documents = http.get("/api/v1/dictionaries/document-type");
        assertEquals(200, documents.status());
        assertEquals(4, documents.body().size());
        assertEquals("birth-certificate", documents.body().path(0).path("code").asText());
        assertEquals(404, http.get("/api/v1/dictionaries/no-such-dictionary").status());

        Answer organizations = http.get("/api/v1/organizations?name=%D1%88%D0%BA%D0%BE%D0%BB%D0%B0&limit=25");
        assertEquals(200, organizations.status());
        assertEquals("the distribution starts with an empty registry", 0, organizations.body().path("total").asLong());
        assertEquals(25, organizations.body().path("limit").asInt());

        Answer wrongPage = http.get("/api/v1/organizations?limit=30");
        assertEquals(400, wrongPage.status());
        assertEquals("limit", wrongPage.body().path("violations").path(0).path("field").asText());
        assertEquals(404, http.get("/api/v1/authorities/1").status());
        assertEquals(400, http.get("/api/v1/authorities/1?asOf=01.09.2026").status());
        assertTrue(http.get("/api/openapi.json").body().path("paths").has("/api/v1/organizations/{id}"));
        assertTrue(http.get("/api/v1/health").body().path("checks").path("migrations").path("details").path("sets")
                .path("kontingent-registry-core").path("applied").asBoolean());
    }

    @Test
    public void theRegistryWritesSearchesAndIdentifiesThroughItsPublishedServices() {
        PersonData learner = new PersonData("Тестова", "Алёна", null, LocalDate.of(2015, 3, 8), "F", "123-456-789 64", null,
                null, null, null, null, null, List.of());
        long id = commands.createPerson(learner, Source.user("itest"));

        assertEquals(Long.valueOf(id), identity.identify(new IdentityKey("12345678964", null, null, null, null, null, null,
                null)).personId());
        SearchPage<PersonMatch> found = persons.search(PersonSearch.everyone().withNames("тестов", "ален", null),
                PageRequest.first(10), null, Scope.region());
        assertEquals(1, found.total());
        assertEquals(id, found.items().get(0).person().id());
        InvalidRecordException refused = assertThrows(InvalidRecordException.class,
                () -> commands.createPerson(learner, Source.user("itest")));
        assertEquals("snils.unique", refused.violations().get(0).rule());
    }

    @Test
    public void pluginFeatureIsInstalledAndUninstalledAtRuntimeKeepingItsData() {
        Answer listed = http.get("/api/v1/plugins?kind=extension");
        assertEquals(200, listed.status());
        JsonNode example = find(listed.body(), PLUGIN);
        assertEquals("extension", example.path("kind").asText());
        assertTrue(example.path("installedVersion").isMissingNode());

        Answer installed = http.post("/api/v1/plugins", "{\"id\":\"" + PLUGIN + "\"}");
        assertEquals(installed.body().toString(), 200, installed.status());
        assertEquals("ACTIVE", installed.body().path("bundles").path(0).path("state").asText());
        Eventually.await("the plugin endpoint", PATIENCE, () -> http.status(PLUGIN_ENDPOINT) == 200);
        long before = http.get(PLUGIN_ENDPOINT).body().path("visits").asLong();
        assertEquals(before + 1, http.post(PLUGIN_ENDPOINT, "").body().path("visits").asLong());
        assertTrue(http.get("/api/openapi.json").body().path("paths").has(PLUGIN_ENDPOINT));
        assertTrue(http.get("/api/v1/health").body().path("checks").path("migrations").path("details")
                .path("sets").path(PLUGIN).path("applied").asBoolean());

        assertEquals(204, http.delete("/api/v1/plugins/" + PLUGIN).status());
        Eventually.await("the plugin endpoint gone", PATIENCE, () -> http.status(PLUGIN_ENDPOINT) == 404);
        assertEquals(409, http.delete("/api/v1/plugins/" + PLUGIN).status());
        assertEquals(200, http.status("/api/v1/health"));

        assertEquals(200, http.post("/api/v1/plugins", "{\"id\":\"" + PLUGIN + "\"}").status());
        Eventually.await("the plugin endpoint", PATIENCE, () -> http.status(PLUGIN_ENDPOINT) == 200);
        assertEquals("the plugin's rows outlive its uninstallation", before + 1,
                http.get(PLUGIN_ENDPOINT).body().path("visits").asLong());
        assertEquals(204, http.delete("/api/v1/plugins/" + PLUGIN).status());
    }

    @Test
    public void otherEndpointsKeepServingWhilePluginsComeAndGo() throws InterruptedException {
        AtomicBoolean cycling = new AtomicBoolean(true);
        AtomicInteger served = new AtomicInteger();
        List<String> failures = new CopyOnWriteArrayList<>();
        Thread load = new Thread(() -> {
            for (int i = 0; cycling.get() && i < 100_000; i++) {
                String path = i % 2 == 0 ? "/api/v1/version" : "/api/v1/plugins";
                int status = http.status(path);
                if (status == 200) {
                    served.incrementAndGet();
                } else {
                    failures.add(path + " answered " + status);
                }
            }
        }, "steady-load");
        load.start();
        try {
            for (int cycle = 0; cycle < 3; cycle++) {
                assertEquals(200, http.post("/api/v1/plugins", "{\"id\":\"" + PLUGIN + "\"}").status());
                Eventually.await("the plugin endpoint", PATIENCE, () -> http.status(PLUGIN_ENDPOINT) == 200);
                assertEquals(204, http.delete("/api/v1/plugins/" + PLUGIN).status());
                Eventually.await("the plugin endpoint gone", PATIENCE, () -> http.status(PLUGIN_ENDPOINT) == 404);
            }
        } finally {
            cycling.set(false);
            load.join();
        }
        assertTrue("requests were made during the cycles", served.get() > 10);
        assertEquals("failed requests: " + failures, List.of(), failures);
    }

    @Test
    public void pluginIsUpgradedToAnotherVersionInOneStep() throws Exception {
        String bundle = "mvn:org.kontingent/kontingent-example-plugin/" + System.getProperty(KontingentDistribution.VERSION);
        Path repository = Files.createTempFile("example-plugin-next", ".xml");
        Files.writeString(repository, """
                <features name="example-plugin-next" xmlns="http://karaf.apache.org/xmlns/features/v1.6.0">
                  <feature name="kontingent-example-plugin" version="9.0.0">
                    <bundle>%s</bundle>
                    <capability>kontingent.plugin;kind=extension;id=kontingent-example-plugin;name="Example plugin"</capability>
                  </feature>
                </features>
                """.formatted(bundle));
        URI uri = repository.toUri();
        features.addRepository(uri);
        try {
            Answer installed = http.post("/api/v1/plugins", "{\"id\":\"" + PLUGIN + "\"}");
            assertEquals(installed.body().toString(), "9.0.0", installed.body().path("installedVersion").asText());
            JsonNode versions = installed.body().path("availableVersions");
            assertEquals("9.0.0", versions.path(versions.size() - 1).asText());

            String older = versions.path(0).asText();
            Answer downgraded = http.post("/api/v1/plugins", "{\"id\":\"" + PLUGIN + "\",\"version\":\"" + older + "\"}");
            assertEquals(downgraded.body().toString(), 200, downgraded.status());
            assertEquals(older, downgraded.body().path("installedVersion").asText());
            assertEquals("the other version was replaced, not installed beside it", 1, installedFeatureVersions());
            Eventually.await("the plugin endpoint", PATIENCE, () -> http.status(PLUGIN_ENDPOINT) == 200);

            Answer unknown = http.post("/api/v1/plugins", "{\"id\":\"" + PLUGIN + "\",\"version\":\"7.7.7\"}");
            assertEquals(404, unknown.status());
            assertTrue(unknown.body().path("message").asText().contains("9.0.0"));
        } finally {
            http.delete("/api/v1/plugins/" + PLUGIN);
            features.removeRepository(uri);
            Files.deleteIfExists(repository);
        }
    }

    private long installedFeatureVersions() throws Exception {
        return java.util.Arrays.stream(features.listInstalledFeatures())
                .filter(feature -> PLUGIN.equals(feature.getName()))
                .count();
    }

    @Test
    public void pluginWithAnUnresolvableRequirementIsRefusedNamingIt() throws Exception {
        Path repository = Files.createTempFile("broken-plugin", ".xml");
        Files.writeString(repository, """
                <features name="broken-plugins" xmlns="http://karaf.apache.org/xmlns/features/v1.6.0">
                  <feature name="kontingent-broken-plugin" version="1.0.0">
                    <requirement>osgi.wiring.package;filter:="(osgi.wiring.package=org.kontingent.missing.api)"</requirement>
                    <capability>kontingent.plugin;kind=connector;id=kontingent-broken-plugin;name="Broken connector"</capability>
                  </feature>
                </features>
                """);
        URI uri = repository.toUri();
        features.addRepository(uri);
        try {
            Answer refused = http.post("/api/v1/plugins", "{\"id\":\"kontingent-broken-plugin\"}");
            assertEquals(refused.body().toString(), 409, refused.status());
            assertEquals("plugin.unresolvable", refused.body().path("code").asText());
            assertTrue(refused.body().path("message").asText(), refused.body().path("message").asText().contains("org.kontingent.missing.api"));
            assertTrue(find(http.get("/api/v1/plugins?kind=connector").body(), "kontingent-broken-plugin")
                    .path("installedVersion").isMissingNode());
            assertEquals(200, http.status("/api/v1/health"));
        } finally {
            features.removeRepository(uri);
            Files.deleteIfExists(repository);
        }
    }

    @Test
    public void pluginJarDroppedIntoDeployComesUpAndGoesAway() throws IOException {
        Path deploy = Path.of(System.getProperty("karaf.base"), "deploy");
        Path jar = deploy.resolve("example-plugin.jar");
        Files.copy(Path.of(System.getProperty(KontingentDistribution.EXAMPLE_PLUGIN)), jar, StandardCopyOption.REPLACE_EXISTING);

        Eventually.await("the plugin endpoint", PATIENCE, () -> http.status(PLUGIN_ENDPOINT) == 200);
        JsonNode deployed = find(http.get("/api/v1/plugins").body(), PLUGIN);
        assertEquals("deploy", deployed.path("source").asText());
        assertEquals("ACTIVE", deployed.path("bundles").path(0).path("state").asText());

        assertEquals(204, http.delete("/api/v1/plugins/" + PLUGIN).status());
        assertFalse("the plugin manager removed the jar", Files.exists(jar));
        Eventually.await("the plugin endpoint gone", PATIENCE, () -> http.status(PLUGIN_ENDPOINT) == 404);
        assertEquals("feature", find(http.get("/api/v1/plugins").body(), PLUGIN).path("source").asText());
    }

    private static JsonNode find(JsonNode plugins, String id) {
        for (JsonNode plugin : plugins) {
            if (id.equals(plugin.path("id").asText())) {
                return plugin;
            }
        }
        throw new AssertionError("plugin " + id + " not listed in " + plugins);
    }
}
