package org.kontingent.connector.support.pull;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kontingent.connector.api.pull.SourceUnavailableException;
import org.kontingent.connector.testkit.FixtureServer;

class HttpSourceTest {
    private static final byte[] JSON = "[1, 2]".getBytes(StandardCharsets.UTF_8);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private FixtureServer server;
    private HttpSource source;

    @BeforeEach
    void start() throws IOException {
        server = FixtureServer.start();
        source = new HttpSource(http, "Acme", server.uri(), (status, request, what) -> status == 401
                ? "Acme refused the token (HTTP 401) on " + what : null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aSuccessfulAnswerIsHandedBackWithTheRequestAsSent() throws Exception {
        server.answer("/v1/items?page=1", 200, "application/json", JSON);
        server.answer("/v1/many", 200, "application/json", JSON);

        assertArrayEquals(JSON, source.send(source.request("/v1/items?page=1").GET().build()).body());
        assertArrayEquals(JSON, source.send(source.postJson("/v1/many", "[7]").build()).body());

        assertEquals("application/json", server.requests().get(0).headers().get("Accept").get(0));
        assertEquals("POST", server.requests().get(1).method());
        assertEquals("application/json", server.requests().get(1).headers().get("Content-type").get(0));
    }

    @Test
    void aStatusTheSystemExplainsSaysWhatItMeans() {
        server.answer("/v1/items?snils=112-233-445%2095", 401, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        SourceUnavailableException e = assertThrows(SourceUnavailableException.class,
                () -> source.send(source.request("/v1/items?snils=112-233-445%2095").GET().build()));
        assertEquals("Acme refused the token (HTTP 401) on GET /v1/items", e.getMessage());
    }

    @Test
    void commonRefusalsAreWordedInCommonWithoutTheQuery() {
        server.answer("/v1/busy?q=secret", 503, "text/plain", new byte[0]);
        server.answer("/v1/odd?q=secret", 418, "text/plain", "x".repeat(300).getBytes(StandardCharsets.UTF_8));

        String failed = assertThrows(SourceUnavailableException.class,
                () -> source.send(source.request("/v1/busy?q=secret").GET().build())).getMessage();
        String refused = assertThrows(SourceUnavailableException.class,
                () -> source.send(source.request("/v1/odd?q=secret").GET().build())).getMessage();

        assertEquals("Acme failed (HTTP 503) on GET /v1/busy; the pull is tried again later", failed);
        assertEquals("Acme answered HTTP 418 to GET /v1/odd: " + "x".repeat(200) + "…", refused);
        assertFalse(failed.contains("secret") || refused.contains("secret"));
    }

    @Test
    void anUnreachableServerIsUnavailableWithoutTheUserOfTheAddress() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        HttpSource unreachable = new HttpSource(http, "Acme", URI.create("http://user:secret@127.0.0.1:" + closed),
                (status, request, what) -> null);
        SourceUnavailableException e = assertThrows(SourceUnavailableException.class,
                () -> unreachable.send(unreachable.request("/v1/items").GET().build()));
        assertTrue(e.getMessage().startsWith("Acme at http://127.0.0.1:" + closed + " cannot be reached (GET /v1/items)"),
                e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }
}
