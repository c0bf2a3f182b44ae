package org.kontingent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.After;
import org.junit.Test;
import org.kontingent.connector.testkit.ExchangeSamples;
import org.kontingent.itests.Http.Answer;

/**
 * The distribution as a region runs it, on its own PostgreSQL, killed (SIGKILL, no shutdown)
 * while its workers apply a provider's packages, and started again: every package it had
 * accepted is applied exactly once — each ends applied with all its records, the registry holds
 * each person and enrollment once, and the journal records each creation once.
 */
public class CrashRecoveryIT {
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final int PACKAGES = 24;
    private static final int PERSONS_PER_PACKAGE = 500;
    private static final String DATABASE = "crash_recovery";

    private final Path home = Paths.get("target", "crash-recovery", "kontingent").toAbsolutePath();
    private final int httpPort = Integer.parseInt(KontingentDistribution.freePort());
    private Process karaf;

    @After
    public void killKaraf() {
        kill();
    }

    @Test
    public void everyAcceptedPackageIsAppliedExactlyOnceAfterAKillMidProcessing() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + ExternalDatabase.port() + "/" + DATABASE;
        unpackAndConfigure(url);
        start();
        Http admin = KontingentDistribution.signedIn(new Http(httpPort), "admin", KontingentDistribution.ADMIN_PASSWORD);
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            execute(c, "INSERT INTO registry.authority (id, parent_id, full_name, level) VALUES (9101, NULL, 'Министерство', 'regional')");
            execute(c, "INSERT INTO registry.organization (id, authority_id, full_name, type_code, education_level)"
                    + " VALUES (9201, 9101, 'МБОУ «СОШ № 1»', 'secondary-school', 'general')");
        }
        Http system = providerSystem(admin);

        List<Long> accepted = new ArrayList<>();
        for (int p = 0; p < PACKAGES; p++) {
            Answer sent = system.post("/api/v1/gateway/packages", "application/json", pack(p).getBytes(StandardCharsets.UTF_8));
            assertEquals(sent.body().toString(), 202, sent.status());
            accepted.add(sent.body().path("id").asLong());
        }
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            Eventually.await("a package applied and another being applied", PATIENCE,
                    () -> count(c, "p.status IN ('applied', 'partially-applied')") >= 1 && count(c, "p.status = 'validating'") >= 1);
            kill();
            assertTrue("the kill came while packages were unfinished",
                    count(c, "p.status IN ('received', 'validating')") > 0);
        }

        start();
        Http again = KontingentDistribution.signedIn(new Http(httpPort), "admin", KontingentDistribution.ADMIN_PASSWORD);
        for (long id : accepted) {
            Eventually.await("package " + id + " finished after the restart", PATIENCE,
                    () -> again.get("/api/v1/gateway/packages/" + id).body().path("summary").path("finishedAt").isTextual());
            Answer report = again.get("/api/v1/gateway/packages/" + id);
            assertEquals(report.body().toString(), "applied", report.body().path("summary").path("status").asText());
            assertEquals(2 * PERSONS_PER_PACKAGE, report.body().path("summary").path("applied").asInt());
        }
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            int persons = PACKAGES * PERSONS_PER_PACKAGE;
            assertEquals(persons, single(c, "SELECT count(*) FROM registry.person WHERE surname = 'Сбойнова'"));
            assertEquals(persons, single(c, "SELECT count(DISTINCT snils) FROM registry.person WHERE surname = 'Сбойнова'"));
            assertEquals(persons, single(c, "SELECT count(*) FROM registry.membership WHERE organization_id = 9201"));
            assertEquals("each person's creation journaled once", persons, single(c, "SELECT count(*) FROM registry.change ch"
                    + " JOIN registry.source s ON s.id = ch.source_id WHERE s.reference = 'crash-journal'"
                    + " AND ch.entity = 'person' AND ch.action = 'create'"));
        }
    }

    private void unpackAndConfigure(String url) throws Exception {
        Path target = home.getParent();
        deleteRecursively(target);
        Files.createDirectories(target);
        run(target, "tar", "-xzf", Paths.get(System.getProperty("kontingent.distribution")).toAbsolutePath().toString());
        Path unpacked;
        try (java.util.stream.Stream<Path> entries = Files.list(target)) {
            unpacked = entries.findFirst().orElseThrow();
        }
        Files.move(unpacked, home);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + ExternalDatabase.port() + "/postgres",
                "postgres", "")) {
            execute(c, "DROP DATABASE IF EXISTS " + DATABASE);
            execute(c, "CREATE DATABASE " + DATABASE);
        }
        setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort));
        setProperty("etc/org.kontingent.security.cfg", "initialAdminPassword", KontingentDistribution.ADMIN_PASSWORD);
        setProperty("etc/org.kontingent.security.cfg", "passwordIterations", "210000");
        setProperty(KontingentDistribution.DATABASE_CFG, "url", url);
        setProperty(KontingentDistribution.DATABASE_CFG, "user", "postgres");
        setProperty(KontingentDistribution.DATABASE_CFG, "password", "");
    }

    private void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        karaf = builder.start();
        Http anonymous = new Http(httpPort);
        Eventually.await("health 200", PATIENCE, () -> anonymous.status("/api/v1/health") == 200);
    }

    /** Kills the platform's processes at once, as a power cut would: no shutdown hooks, no bundle stopping. */
    private void kill() {
        if (karaf == null) {
            return;
        }
        karaf.descendants().forEach(ProcessHandle::destroyForcibly);
        karaf.destroyForcibly();
        try {
            karaf.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        karaf = null;
    }

    private Http providerSystem(Http admin) {
        Answer registered = admin.post("/api/v1/gateway/providers", "{\"code\":\"crash-journal\",\"name\":\"Журнал\","
                + "\"operator\":\"ООО «Школьные системы»\",\"contacts\":\"support@example.org\",\"passport\":{}}");
        assertEquals(registered.body().toString(), 201, registered.status());
        long provider = registered.body().path("id").asLong();
        assertEquals(200, admin.send("PUT", "/api/v1/gateway/providers/" + provider + "/organizations",
                "[{\"organizationId\":9201,\"code\":\"SCH-1\",\"priority\":1}]").status());
        Answer user = admin.post("/api/v1/admin/users", "{\"login\":\"crash.system\",\"displayName\":\"Журнал\","
                + "\"role\":\"PROVIDER_REPRESENTATIVE\",\"scope\":{\"kind\":\"PROVIDER\",\"id\":" + provider + "}}");
        assertEquals(user.body().toString(), 201, user.status());
        Answer key = admin.post("/api/v1/admin/users/" + user.body().path("user").path("id").asLong() + "/keys", "{}");
        return new Http(httpPort).withApiKey(key.body().path("credential").asText());
    }

    /** Package number p: its persons, each with an enrollment in the school. */
    private static String pack(int p) {
        StringBuilder persons = new StringBuilder();
        StringBuilder memberships = new StringBuilder();
        for (int i = 0; i < PERSONS_PER_PACKAGE; i++) {
            int n = p * PERSONS_PER_PACKAGE + i;
            String separator = i == 0 ? "" : ",";
            persons.append(separator).append("{\"id\":\"c-").append(n).append("\",\"surname\":\"Сбойнова\",\"name\":\"Анна\",")
                    .append("\"birthDate\":\"2015-05-05\",\"sex\":\"F\",\"snils\":\"")
                    .append(ExchangeSamples.snils(200_000_000 + n)).append("\"}");
            memberships.append(separator).append("{\"id\":\"m-").append(n).append("\",\"person\":\"c-").append(n)
                    .append("\",\"organization\":\"SCH-1\",\"role\":\"learner\",\"startsOn\":\"2026-09-01\"}");
        }
        return "{\"version\":\"1.0\",\"persons\":[" + persons + "],\"memberships\":[" + memberships + "]}";
    }

    /** How many of the provider's packages meet the condition. */
    private static long count(Connection c, String condition) {
        try {
            return single(c, "SELECT count(*) FROM gateway.package p JOIN gateway.provider pr ON pr.id = p.provider_id"
                    + " WHERE pr.code = 'crash-journal' AND " + condition);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private void setProperty(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        String text = Files.exists(path) ? Files.readString(path) : "";
        String line = key + " = " + escaped(value);
        Matcher existing = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*=.*$").matcher(text);
        Files.writeString(path, existing.find() ? existing.replaceAll(Matcher.quoteReplacement(line)) : text + "\n" + line + "\n");
    }

    /** A value as a .cfg file holds it: Karaf reads those files in ISO-8859-1, so other characters are \\u escapes. */
    private static String escaped(String value) {
        StringBuilder escaped = new StringBuilder();
        value.chars().forEach(ch -> escaped.append(ch < 128 ? Character.toString(ch) : String.format("\\u%04x", ch)));
        return escaped.toString();
    }

    private static void run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (java.util.stream.Stream<Path> all = Files.walk(path)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
