package org.kontingent.itests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Headless Chromium driven through chromedriver over the W3C WebDriver protocol, with nothing
 * but java.net.http and Jackson (Selenium is no OSGi bundle, and these tests run inside the
 * container). It starts chromedriver on a free port with a fresh profile and stops both when
 * closed. Every wait names what it waited for.
 */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** How long a page may take to show what a test waits for. */
    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final ObjectMapper JSON = Json.mapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Process driver;
    private final Path profile;
    private final Path log;
    private final String endpoint;
    private final String session;
    private final String base;
    private final Path screenshots;

    /**
     * @param base the address pages are opened under, {@code http://127.0.0.1:8181}
     * @param screenshots where {@link #screenshot} writes its files
     * @throws AssertionError naming the Debian packages when Chromium or chromedriver is missing
     */
    static Browser start(String base, Path screenshots) {
        for (String binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!new File(binary).canExecute()) {
                throw new AssertionError(binary + " is missing: the browser tests need headless Chromium;"
                        + " install it with `apt-get install chromium chromium-driver` (.ci/run does)");
            }
        }
        return new Browser(base, screenshots);
    }

    private Browser(String base, Path screenshots) {
        this.base = base;
        this.screenshots = screenshots;
        String port = KontingentDistribution.freePort();
        endpoint = "http://127.0.0.1:" + port;
        try {
            profile = Files.createTempDirectory("kontingent-chromium");
            log = Files.createTempFile("chromedriver", ".log");
            driver = new ProcessBuilder(CHROMEDRIVER, "--port=" + port, "--allowed-ips=127.0.0.1")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        waitUntil("chromedriver ready on port " + port, Duration.ofSeconds(30), () -> {
            try {
                return call("GET", "/status", null).path("ready").asBoolean();
            } catch (RuntimeException notYet) {
                return false;
            }
        });
        ObjectNode options = JSON.createObjectNode().put("binary", CHROMIUM);
        ArrayNode args = options.putArray("args");
        for (String arg : List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--lang=ru-RU", "--window-size=1366,900", "--user-data-dir=" + profile)) {
            args.add(arg);
        }
        ObjectNode capabilities = JSON.createObjectNode();
        ObjectNode always = capabilities.putObject("capabilities").putObject("alwaysMatch");
        always.put("browserName", "chrome");
        always.set("goog:chromeOptions", options);
        JsonNode created;
        try {
            created = call("POST", "/session", capabilities);
        } catch (RuntimeException e) {
            String output;
            try {
                output = Files.readString(log);
            } catch (IOException unreadable) {
                output = "";
            }
            close(driver, profile, log);
            throw new IllegalStateException("chromedriver could not start " + CHROMIUM + ": " + e.getMessage() + "\n" + output, e);
        }
        session = "/session/" + created.path("sessionId").asText();
        call("POST", session + "/timeouts", JSON.createObjectNode().put("script", 60_000).put("pageLoad", 60_000));
    }

    /** A failure the WebDriver protocol answered, with its error code (no such element, stale element, ...). */
    static final class WebDriverException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String error;

        WebDriverException(String error, String message) {
            super(error + ": " + message);
            this.error = error;
        }
    }

    /** Opens a page of the console: a path ({@code /contingent}) or a whole address. */
    void open(String pathOrUrl) {
        call("POST", session + "/url", JSON.createObjectNode().put("url", pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl));
    }

    /** The address of the current page, without the base. */
    String path() {
        String url = call("GET", session + "/url", null).asText();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /** Forgets the signed-in session and the stored settings (a new user's browser, as far as the console can tell). */
    void forgetEverything() {
        open("/signin");
        call("DELETE", session + "/cookie", null);
        script("localStorage.clear(); sessionStorage.clear(); return true;");
    }

    void resize(int width, int height) {
        call("POST", session + "/window/rect", JSON.createObjectNode().put("width", width).put("height", height));
    }

    /** The first element a CSS selector finds, once there is one. */
    Element find(String css) {
        return waitFor("an element " + css, PATIENCE, () -> {
            List<Element> found = findAll(css);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** The elements a CSS selector finds now (possibly none). */
    List<Element> findAll(String css) {
        JsonNode found = call("POST", session + "/elements", JSON.createObjectNode().put("using", "css selector").put("value", css));
        List<Element> elements = new ArrayList<>();
        found.forEach(e -> elements.add(new Element(e.path(ELEMENT).asText(), css)));
        return elements;
    }

    /** Whether a CSS selector finds anything now. */
    boolean present(String css) {
        return !findAll(css).isEmpty();
    }

    /** The text of the first element a selector finds, once it holds some text. */
    String text(String css) {
        return waitFor("text in " + css, PATIENCE, () -> {
            List<Element> found = findAll(css);
            String text = found.isEmpty() ? "" : found.get(0).text();
            return text.isBlank() ? null : text;
        });
    }

    /** Waits for the text of an element to hold a part. */
    String waitForText(String css, String part) {
        return waitFor("«" + part + "» in " + css, PATIENCE, () -> {
            List<Element> found = findAll(css);
            String text = found.isEmpty() ? "" : found.get(0).text();
            return text.contains(part) ? text : null;
        });
    }

    /** Clicks the first element a selector finds, once it is there (again if the page replaced it meanwhile). */
    void click(String css) {
        waitFor("a click on " + css, PATIENCE, () -> {
            find(css).click();
            return Boolean.TRUE;
        });
    }

    /** Types into a field after clearing it. */
    void type(String css, String text) {
        waitFor("typing into " + css, PATIENCE, () -> {
            Element field = find(css);
            field.clear();
            field.sendKeys(text);
            return Boolean.TRUE;
        });
    }

    /** Chooses an option of a select by its value. */
    void select(String css, String value) {
        click(css + " option[value=\"" + value + "\"]");
    }

    /** Runs a script in the page; its {@code return} value comes back as JSON. */
    JsonNode script(String js, Object... args) {
        ObjectNode body = JSON.createObjectNode().put("script", js);
        ArrayNode arguments = body.putArray("args");
        for (Object arg : args) {
            arguments.add(JSON.valueToTree(arg));
        }
        return call("POST", session + "/execute/sync", body);
    }

    /** Runs an asynchronous script: it ends by calling its last argument with the result. */
    JsonNode asyncScript(String js, Object... args) {
        ObjectNode body = JSON.createObjectNode().put("script", js);
        ArrayNode arguments = body.putArray("args");
        for (Object arg : args) {
            arguments.add(JSON.valueToTree(arg));
        }
        return call("POST", session + "/execute/async", body);
    }

    /**
     * A GET of the console's session from inside the page (its cookie, its language): the status,
     * the content type and the first bytes of the body as Latin-1 text.
     */
    JsonNode fetch(String path, int firstBytes) {
        return asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => r.arrayBuffer().then(b => done({status: r.status, type: r.headers.get('content-type'),
                     head: Array.from(new Uint8Array(b.slice(0, arguments[1]))).map(c => String.fromCharCode(c)).join(''),
                     size: b.byteLength})))
                  .catch(e => done({status: -1, error: String(e)}));
                """, path, firstBytes);
    }

    /** A GET of JSON from inside the page, with the page's session: the status and the parsed body. */
    JsonNode fetchJson(String path) {
        return asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin', headers: {Accept: 'application/json'}})
                  .then(r => r.text().then(t => done({status: r.status, body: t ? JSON.parse(t) : null})))
                  .catch(e => done({status: -1, error: String(e)}));
                """, path);
    }

    /** Writes a PNG of the page as it is now; the file's path. */
    Path screenshot(String name) {
        return screenshot(screenshots, name);
    }

    /** Writes a PNG of the page (the window's visible part) as it is now into a folder; the file's path. */
    Path screenshot(Path folder, String name) {
        String png = call("GET", session + "/screenshot", null).asText();
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode(png));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until a condition holds; protocol errors meanwhile (a page re-rendering) count as not yet. */
    static void waitUntil(String what, Duration limit, Supplier<Boolean> condition) {
        waitFor(what, limit, () -> Boolean.TRUE.equals(condition.get()) ? Boolean.TRUE : null);
    }

    /** Waits for a value (non-null); protocol errors meanwhile count as not yet, and the last is told when time runs out. */
    static <T> T waitFor(String what, Duration limit, Supplier<T> value) {
        long deadline = System.nanoTime() + limit.toNanos();
        RuntimeException last = null;
        while (true) {
            try {
                T found = value.get();
                if (found != null) {
                    return found;
                }
            } catch (WebDriverException | AssertionError e) {
                last = e instanceof WebDriverException w ? w : new IllegalStateException(e);
            }
            if (System.nanoTime() > deadline) {
                AssertionError timeout = new AssertionError("Waited " + limit.toSeconds() + " s for " + what
                        + (last == null ? "" : "; last: " + last.getMessage()));
                if (last != null) {
                    timeout.initCause(last);
                }
                throw timeout;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    /** An element of the page. */
    final class Element {
        private final String id;
        private final String selector;

        private Element(String id, String selector) {
            this.id = id;
            this.selector = selector;
        }

        void click() {
            call("POST", session + "/element/" + id + "/click", JSON.createObjectNode());
        }

        void clear() {
            call("POST", session + "/element/" + id + "/clear", JSON.createObjectNode());
        }

        void sendKeys(String text) {
            call("POST", session + "/element/" + id + "/value", JSON.createObjectNode().put("text", text));
        }

        String text() {
            return call("GET", session + "/element/" + id + "/text", null).asText();
        }

        /** An attribute as written in the page; null when absent. */
        String attribute(String name) {
            JsonNode value = call("GET", session + "/element/" + id + "/attribute/" + name, null);
            return value.isNull() ? null : value.asText();
        }

        /** A property of the element (a field's current value: {@code value}). */
        String property(String name) {
            JsonNode value = call("GET", session + "/element/" + id + "/property/" + name, null);
            return value.isNull() ? null : value.asText();
        }

        /** The elements under this one a selector finds. */
        List<Element> findAll(String css) {
            JsonNode found = call("POST", session + "/element/" + id + "/elements",
                    JSON.createObjectNode().put("using", "css selector").put("value", css));
            List<Element> elements = new ArrayList<>();
            found.forEach(e -> elements.add(new Element(e.path(ELEMENT).asText(), selector + " " + css)));
            return elements;
        }

        @Override
        public String toString() {
            return selector;
        }
    }

    private JsonNode call(String method, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + path)).timeout(Duration.ofSeconds(90))
                .header("Content-Type", "application/json; charset=utf-8");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode answer = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
            JsonNode value = answer.path("value");
            if (response.statusCode() >= 400 || value.has("error")) {
                throw new WebDriverException(value.path("error").asText("http " + response.statusCode()), value.path("message").asText());
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("WebDriver " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            call("DELETE", session, null);
        } catch (RuntimeException alreadyGone) {
            // the browser is stopped with its driver below
        }
        close(driver, profile, log);
    }

    private static void close(Process driver, Path profile, Path log) {
        driver.descendants().forEach(ProcessHandle::destroy);
        driver.destroy();
        try {
            if (!driver.waitFor(10, TimeUnit.SECONDS)) {
                driver.descendants().forEach(ProcessHandle::destroyForcibly);
                driver.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            Files.deleteIfExists(log);
        } catch (IOException | UncheckedIOException leftBehind) {
            // temporary files: the system cleans them
        }
    }
}
