package org.kontingent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.inject.Inject;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.kontingent.itests.Http.Answer;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reports in the distribution on a small demo region: the catalogue of the installed form bundles,
 * a run with its rows and its Excel, PDF and CSV files, and a form bundle replaced by a new
 * version through the plugin manager while clients keep reading the catalogue and running the
 * form.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ReportIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String FEATURE = "kontingent-reports-statistics";
    private static final String BY_TYPE = "statistics.organizations-by-type";
    private static final String LEARNERS = "statistics.learners-by-organization-type";

    @Inject
    private FeaturesService features;

    @Inject
    private BootFinished bootFinished;

    private Http http;

    @Configuration
    public Option[] configuration() {
        // a small demo region to report on
        return KontingentDistribution.options(Map.of(), editConfigurationFilePut("etc/org.kontingent.demo.cfg", "learners", "3000"));
    }

    @Before
    public void platformIsHealthy() {
        Http anonymous = KontingentDistribution.http();
        Eventually.await("health 200", PATIENCE, () -> anonymous.status("/api/v1/health") == 200);
        http = KontingentDistribution.admin();
        Eventually.await("the demo region's organizations", PATIENCE,
                () -> http.get("/api/v1/organizations?limit=10").body().path("total").asLong() > 0);
    }

    @Test
    public void theCatalogueListsTheInstalledFormsAndARunIsExported() throws Exception {
        JsonNode categories = http.get("/api/v1/reports").body().path("categories");
        List<String> ids = new CopyOnWriteArrayList<>();
        categories.forEach(c -> c.path("forms").forEach(f -> ids.add(f.path("id").asText())));
        assertTrue(ids.toString(), ids.containsAll(List.of(BY_TYPE, LEARNERS, "contingent.attending",
                "movement.leaving-reasons")));
        assertEquals("Статистика", categories.path(categoryIndex(categories, "statistics")).path("title").asText());

        JsonNode run = Reports.finished(http, http.post("/api/v1/reports/" + BY_TYPE + "/runs", "{}").body());
        assertEquals(run.toString(), "done", run.path("status").asText());
        JsonNode rows = http.get("/api/v1/reports/runs/" + run.path("id").asText() + "/rows?limit=1000").body();
        JsonNode total = rows.path("rows").path(rows.path("rows").size() - 1);
        assertEquals("TOTAL", total.path("kind").asText());
        long organizations = http.get("/api/v1/organizations?limit=10").body().path("total").asLong();
        int countColumn = columnIndex(rows.path("columns"), "organizations");
        assertEquals("the total counts every organization of the demo region", organizations,
                total.path("values").path(countColumn).asLong());

        String export = "/api/v1/reports/runs/" + run.path("id").asText() + "/export?format=";
        HttpResponse<byte[]> xlsx = http.download(export + "xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals("PK", new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII));
        HttpResponse<byte[]> pdf = http.download(export + "pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        HttpResponse<byte[]> csv = http.download(export + "csv");
        assertEquals(200, csv.statusCode());
        assertTrue(new String(csv.body(), StandardCharsets.UTF_8).startsWith("\uFEFF"));
        assertEquals(400, http.download(export + "docx").statusCode());

        Answer wrongPeriod = http.post("/api/v1/reports/statistics.provider-load/runs",
                "{\"from\":\"2026-12-01\",\"to\":\"2026-01-01\"}");
        assertEquals(400, wrongPeriod.status());
        assertEquals("from", wrongPeriod.body().path("violations").path(0).path("field").asText());
        assertEquals(404, http.post("/api/v1/reports/no.such-form/runs", "{}").status());
    }

    @Test
    public void aFormBundleIsReplacedWhileClientsKeepUsingIt() throws Exception {
        Path next = nextVersion(Path.of(System.getProperty(KontingentDistribution.STATISTICS_FORMS)), "9.0.0");
        Path repository = Files.createTempFile("reports-statistics-next", ".xml");
        Files.writeString(repository, """
                <features name="reports-statistics-next" xmlns="http://karaf.apache.org/xmlns/features/v1.6.0">
                  <feature name="%s" version="9.0.0">
                    <bundle>%s</bundle>
                    <capability>kontingent.plugin;kind=report;id=%s;name="Отчёты: статистика"</capability>
                  </feature>
                </features>
                """.formatted(FEATURE, next.toUri(), FEATURE));
        URI uri = repository.toUri();
        features.addRepository(uri);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        List<String> failures = new CopyOnWriteArrayList<>();
        Thread catalogue = new Thread(() -> {
            while (!stop.get()) {
                Answer answer = http.get("/api/v1/reports");
                requests.incrementAndGet();
                if (answer.status() != 200) {
                    failures.add("catalogue " + answer.status() + " " + answer.body());
                }
            }
        });
        Thread runner = new Thread(() -> {
            LocalDate day = LocalDate.of(2026, 1, 1);
            while (!stop.get()) {
                // a new day each time: a run, not a cached result
                day = day.plusDays(1);
                Answer started = http.post("/api/v1/reports/" + LEARNERS + "/runs", "{\"date\":\"" + day + "\"}");
                if (started.status() != 202) {
                    failures.add("run " + started.status() + " " + started.body());
                    continue;
                }
                JsonNode run = Reports.finished(http, started.body());
                runs.incrementAndGet();
                if (!run.path("status").asText().equals("done")) {
                    failures.add("run " + run);
                }
            }
        });
        String original = installedVersion(FEATURE);
        try {
            catalogue.start();
            runner.start();
            Eventually.await("runs going on", PATIENCE, () -> runs.get() >= 3);
            Answer upgraded = http.post("/api/v1/plugins", "{\"id\":\"" + FEATURE + "\",\"version\":\"9.0.0\"}");
            assertEquals(upgraded.body().toString(), 200, upgraded.status());
            int runsAtUpgrade = runs.get();
            Eventually.await("the new version served", PATIENCE, () -> formVersion(BY_TYPE).equals("9.0.0"));
            Eventually.await("runs on the new version", PATIENCE, () -> runs.get() >= runsAtUpgrade + 3);
        } finally {
            stop.set(true);
            catalogue.join(60_000);
            runner.join(60_000);
            http.post("/api/v1/plugins", "{\"id\":\"" + FEATURE + "\",\"version\":\"" + original + "\"}");
            features.removeRepository(uri);
            Files.deleteIfExists(repository);
            Files.deleteIfExists(next);
        }
        assertEquals("no failed request while the form bundle was replaced", List.of(), failures);
        assertTrue("the catalogue was read throughout: " + requests.get(), requests.get() > 10);
    }

    private String installedVersion(String plugin) {
        for (JsonNode installed : http.get("/api/v1/plugins").body()) {
            if (installed.path("id").asText().equals(plugin)) {
                return installed.path("installedVersion").asText();
            }
        }
        throw new AssertionError("the plugin " + plugin + " is not listed");
    }

    private String formVersion(String id) {
        JsonNode categories = http.get("/api/v1/reports").body().path("categories");
        for (JsonNode category : categories) {
            for (JsonNode form : category.path("forms")) {
                if (form.path("id").asText().equals(id)) {
                    return form.path("version").asText();
                }
            }
        }
        return "";
    }

    /** Waits for a run to finish and answers its last state. */
    private static int categoryIndex(JsonNode categories, String id) {
        for (int i = 0; i < categories.size(); i++) {
            if (categories.path(i).path("id").asText().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static int columnIndex(JsonNode columns, String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.path(i).path("key").asText().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no column " + key + " in " + columns);
    }

    /** A copy of a bundle with another Bundle-Version: the same forms, released again. */
    private static Path nextVersion(Path jar, String version) throws IOException {
        Path next = Files.createTempFile("kontingent-report-forms-statistics-" + version, ".jar");
        try (InputStream in = Files.newInputStream(jar); JarInputStream source = new JarInputStream(in)) {
            Manifest manifest = new Manifest(source.getManifest());
            manifest.getMainAttributes().put(new Attributes.Name("Bundle-Version"), version);
            try (OutputStream out = Files.newOutputStream(next); JarOutputStream target = new JarOutputStream(out, manifest)) {
                for (JarEntry entry = source.getNextJarEntry(); entry != null; entry = source.getNextJarEntry()) {
                    target.putNextEntry(new JarEntry(entry.getName()));
                    source.transferTo(target);
                    target.closeEntry();
                }
            }
        }
        return next;
    }
}
