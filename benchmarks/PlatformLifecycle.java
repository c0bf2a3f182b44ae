import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the platform's lifecycle on the distribution a region installs:
 * <ol>
 * <li>boot to healthy: from starting {@code bin/karaf run} to {@code GET /api/v1/health} = 200,
 * on a first start (initdb of the embedded PostgreSQL) and on restarts;</li>
 * <li>plugin install and uninstall through {@code /api/v1/plugins}: the REST call, and until the
 * plugin's endpoint is served or gone;</li>
 * <li>failed requests to the other endpoints while plugins are installed and uninstalled under a
 * steady request load.</li>
 * </ol>
 * Run it with {@code benchmarks/run-platform-lifecycle.sh}; it prints a Markdown report.
 * Every request goes to 127.0.0.1; every loop is bounded in count and time.
 */
public class PlatformLifecycle {
    private static final String PLUGIN = "kontingent-example-plugin";
    private static final String PLUGIN_ENDPOINT = "/api/v1/example/visits";
    private static final List<String> LOAD_PATHS =
            List.of("/api/v1/health", "/api/v1/version", "/api/v1/plugins", "/api/openapi.json");
    private static final Duration LIMIT = Duration.ofSeconds(120);
    /** The first administrator's password, set before the first start; plugins are managed signed in as them. */
    private static final String ADMIN_PASSWORD = "Benchmark-Kontingent-2026";
    /** The administrator's session cookie and CSRF token, once signed in. */
    private volatile String sessionCookie;
    private volatile String csrfToken;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Path home;
    private final String base;

    PlatformLifecycle(Path home, int httpPort) {
        this.home = home;
        this.base = "http://127.0.0.1:" + httpPort;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: PlatformLifecycle <distribution.tar.gz> <work-dir> [boots] [cycles] [load-threads]");
            System.exit(2);
        }
        Path archive = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int boots = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int cycles = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 4;

        Files.createDirectories(work);
        run(work, "tar", "-xzf", archive.toAbsolutePath().toString());
        Path home;
        try (var entries = Files.list(work)) {
            home = entries.filter(p -> Files.isDirectory(p.resolve("bin"))).findFirst().orElseThrow();
        }
        int httpPort = freePort();
        configure(home, httpPort, freePort());
        new PlatformLifecycle(home, httpPort).measure(boots, cycles, threads);
    }

    private void measure(int boots, int cycles, int threads) throws Exception {
        List<Long> bootMs = new ArrayList<>();
        Process karaf = null;
        for (int i = 0; i < boots; i++) {
            if (karaf != null) {
                stop(karaf);
            }
            long started = System.nanoTime();
            karaf = start();
            awaitStatus("/api/v1/health", 200);
            bootMs.add(millisSince(started));
        }
        signIn();
        List<Long> install = new ArrayList<>();
        List<Long> installServed = new ArrayList<>();
        List<Long> uninstall = new ArrayList<>();
        List<Long> uninstallGone = new ArrayList<>();
        Load load = new Load(threads);
        load.start();
        try {
            for (int i = 0; i < cycles; i++) {
                long t = System.nanoTime();
                expect(send("POST", "/api/v1/plugins", "{\"id\":\"" + PLUGIN + "\"}"), 200, "install");
                install.add(millisSince(t));
                awaitStatus(PLUGIN_ENDPOINT, 200);
                installServed.add(millisSince(t));
                t = System.nanoTime();
                expect(send("DELETE", "/api/v1/plugins/" + PLUGIN, null), 204, "uninstall");
                uninstall.add(millisSince(t));
                awaitStatus(PLUGIN_ENDPOINT, 404);
                uninstallGone.add(millisSince(t));
            }
        } finally {
            load.stop();
            stop(karaf);
        }
        report(bootMs, install, installServed, uninstall, uninstallGone, load, cycles, threads);
    }

    private static void report(List<Long> bootMs, List<Long> install, List<Long> installServed, List<Long> uninstall,
            List<Long> uninstallGone, Load load, int cycles, int threads) {
        System.out.println("| measure | runs | median | max | target |");
        System.out.println("|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| boot to healthy, first start (initdb) | 1 | %s | %s | ≤ 15 s |%n",
                seconds(bootMs.get(0)), seconds(bootMs.get(0)));
        if (bootMs.size() > 1) {
            List<Long> restarts = bootMs.subList(1, bootMs.size());
            System.out.printf(Locale.ROOT, "| boot to healthy, restart | %d | %s | %s | ≤ 15 s |%n",
                    restarts.size(), seconds(median(restarts)), seconds(Collections.max(restarts)));
        }
        // The first install after a start also applies the plugin's migration, creates the first
        // persistence unit (EclipseLink's classes load then) and warms the feature resolver.
        row("plugin install, first after start: REST call", install.subList(0, 1), "≤ 3 s");
        row("plugin install, first after start: until its endpoint serves", installServed.subList(0, 1), "≤ 3 s");
        if (install.size() > 1) {
            row("plugin install, later: REST call", install.subList(1, install.size()), "≤ 3 s");
            row("plugin install, later: until its endpoint serves", installServed.subList(1, installServed.size()), "≤ 3 s");
        }
        row("plugin uninstall, REST call", uninstall, "≤ 3 s");
        row("plugin uninstall, until its endpoint is gone", uninstallGone, "≤ 3 s");
        System.out.println();
        System.out.printf(Locale.ROOT, "Steady load during %d install/uninstall cycles: %d threads on %s; "
                + "%d requests, %d failed, latency p50 %d ms, p95 %d ms, max %d ms.%n",
                cycles, threads, String.join(", ", LOAD_PATHS), load.requests.get(), load.failed.get(),
                load.percentile(50), load.percentile(95), load.percentile(100));
        load.failures.forEach((what, count) -> System.out.printf("- failed: %s × %d%n", what, count));
    }

    private static void row(String what, List<Long> values, String target) {
        System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s |%n", what, values.size(),
                seconds(median(values)), seconds(Collections.max(values)), target);
    }

    private Process start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "run")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("karaf-console.log").toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder.start();
    }

    private void stop(Process karaf) throws Exception {
        run(home, home.resolve("bin/stop").toString());
        if (!karaf.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            karaf.destroyForcibly();
            karaf.waitFor();
        }
    }

    private void awaitStatus(String path, int status) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (statusOf(path) != status) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(path + " did not answer " + status + " within " + LIMIT);
            }
            Thread.sleep(20);
        }
    }

    private int statusOf(String path) {
        try {
            return send("GET", path, null).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Signs in as the first administrator, once signing in is served (it may come up just after health). */
    private void signIn() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        HttpResponse<String> answer;
        do {
            answer = send("POST", "/api/v1/session", "{\"login\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
            if (answer.statusCode() == 404) {
                Thread.sleep(200);
            }
        } while (answer.statusCode() == 404 && System.nanoTime() < deadline);
        expect(answer, 200, "sign-in");
        String cookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(answer.body());
        csrf.find();
        csrfToken = csrf.group(1);
        sessionCookie = cookie.substring(0, cookie.indexOf(';'));
    }

    private HttpResponse<String> send(String method, String path, String json) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (sessionCookie != null) {
            request.header("Cookie", sessionCookie).header("X-CSRF-Token", csrfToken);
        }
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** A steady request load on the endpoints that must keep serving while plugins come and go. */
    private final class Load {
        final AtomicLong requests = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final ConcurrentHashMap<String, Long> failures = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> workers = new ArrayList<>();
        private final long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();

        Load(int threads) {
            for (int i = 0; i < threads; i++) {
                int offset = i;
                workers.add(new Thread(() -> loop(offset), "load-" + i));
            }
        }

        void start() {
            workers.forEach(Thread::start);
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread worker : workers) {
                worker.join();
            }
        }

        private void loop(int offset) {
            for (int i = offset; running.get() && System.nanoTime() < deadline; i++) {
                String path = LOAD_PATHS.get(i % LOAD_PATHS.size());
                long t = System.nanoTime();
                String failure;
                try {
                    HttpResponse<String> answer = send("GET", path, null);
                    failure = answer.statusCode() == 200 ? null
                            : path + " answered " + answer.statusCode() + " " + downChecks(answer.body());
                } catch (IOException e) {
                    failure = path + " " + e.getClass().getSimpleName();
                }
                latencies.add(millisSince(t));
                requests.incrementAndGet();
                if (failure != null) {
                    failed.incrementAndGet();
                    failures.merge(failure, 1L, Long::sum);
                }
            }
        }

        long percentile(int p) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return 0;
            }
            return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }
    }

    /** The checks a 503 health answer names as down, with their words: what the load has to say. */
    private static String downChecks(String body) {
        java.util.regex.Matcher down = java.util.regex.Pattern
                .compile("\"(\\w+)\":\\{\"status\":\"DOWN\",\"critical\":true,\"message\":\"([^\"]{0,160})")
                .matcher(body);
        StringBuilder checks = new StringBuilder();
        while (down.find()) {
            checks.append(checks.length() == 0 ? "" : "; ").append(down.group(1)).append(": ").append(down.group(2));
        }
        return checks.toString();
    }

    private static void configure(Path home, int httpPort, int databasePort) throws IOException {
        setProperty(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", Integer.toString(httpPort));
        setProperty(home.resolve("etc/org.kontingent.security.cfg"), "initialAdminPassword", ADMIN_PASSWORD);
        setProperty(home.resolve("etc/org.kontingent.database.cfg"), "embedded.port", Integer.toString(databasePort));
    }

    private static void setProperty(Path file, String key, String value) throws IOException {
        String text = Files.exists(file) ? Files.readString(file) : "";
        String line = key + " = " + value;
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("(?m)^" + java.util.regex.Pattern.quote(key) + "\\s*=.*$");
        Files.writeString(file, pattern.matcher(text).find()
                ? pattern.matcher(text).replaceAll(line) : text + "\n" + line + "\n");
    }

    private static void run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
