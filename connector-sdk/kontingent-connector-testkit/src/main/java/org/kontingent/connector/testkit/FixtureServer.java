package org.kontingent.connector.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server standing in for a regional system's API in a pull source's tests: it
 * answers each path (with its query) with a fixture, and keeps the requests it got.
 *
 * <pre>
 * try (FixtureServer api = FixtureServer.start()) {
 *     api.answer("/v2/persons?page=1", 200, "application/json", bytes("/persons-1.json"));
 *     ... new PullContext("dnevnik", Map.of("url", api.uri().toString())) ...
 * }
 * </pre>
 */
public final class FixtureServer implements AutoCloseable {
    /** One canned answer. */
    public record Answer(int status, String mediaType, byte[] body) {
    }

    /** A request the server got: method, path with query, and the headers. */
    public record Request(String method, String pathAndQuery, Map<String, List<String>> headers) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private FixtureServer(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.start();
    }

    /** A server on a free port of the loopback address. */
    public static FixtureServer start() throws IOException {
        return new FixtureServer(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
    }

    /** Where the server listens, for example {@code http://127.0.0.1:40123}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers a path (with its query, exactly as requested) with a fixture; 404 for what has none. */
    public FixtureServer answer(String pathAndQuery, int status, String mediaType, byte[] body) {
        answers.put(pathAndQuery, new Answer(status, mediaType, body));
        return this;
    }

    /** The requests got so far, in order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        requests.add(new Request(exchange.getRequestMethod(), target, Map.copyOf(exchange.getRequestHeaders())));
        Answer answer = answers.getOrDefault(target, new Answer(404, "text/plain", ("no fixture for " + target).getBytes()));
        exchange.getResponseHeaders().add("Content-Type", answer.mediaType());
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
