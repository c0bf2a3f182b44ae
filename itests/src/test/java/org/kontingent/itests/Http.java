package org.kontingent.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small client of the platform's REST API, as an official's browser or a vendor's system
 * would call it.
 */
final class Http {
    private static final ObjectMapper JSON = Json.mapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    /** The session cookie and CSRF token of a signed-in client; null for an anonymous one. */
    private final String cookie;
    private final String csrf;
    private final String apiKey;

    Http(int port) {
        this("http://127.0.0.1:" + port, null, null, null);
    }

    private Http(String base, String cookie, String csrf, String apiKey) {
        this.base = base;
        this.cookie = cookie;
        this.csrf = csrf;
        this.apiKey = apiKey;
    }

    /**
     * A client signed in as a user: it sends the session cookie and the CSRF token with every request.
     *
     * @throws IllegalStateException when the sign-in is refused
     */
    Http signedIn(String login, String password) {
        HttpResponse<String> response = signIn(login, password);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(login + " could not sign in: " + response.statusCode() + " " + response.body());
        }
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        try {
            return new Http(base, setCookie.substring(0, setCookie.indexOf(';')),
                    JSON.readTree(response.body()).path("csrfToken").asText(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Set-Cookie header of a sign-in; empty when there is none. */
    String signInCookie(String login, String password) {
        return signIn(login, password).headers().firstValue("Set-Cookie").orElse("");
    }

    private HttpResponse<String> signIn(String login, String password) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode().put("login", login)
                            .put("password", password).toString())).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A client that sends a cookie of its own making. */
    Http withCookie(String cookie) {
        return new Http(base, cookie, null, null);
    }

    /** A data provider's system: every request carries its API key. */
    Http withApiKey(String credential) {
        return new Http(base, null, null, credential);
    }

    /** The same session without its CSRF token, as a forged cross-site request would come. */
    Http withoutCsrf() {
        return new Http(base, cookie, null, null);
    }

    /** An answer: status, parsed JSON body (a missing node when the body is empty or not JSON) and headers. */
    record Answer(int status, JsonNode body, java.net.http.HttpHeaders headers) {

        /** The first value of a header; null when absent. */
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST with a body of any media type and the headers given as name, value, name, value, ... */
    Answer post(String path, String mediaType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", mediaType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    Answer delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /** A request of any method with a JSON body (or none). */
    Answer send(String method, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Status only; -1 when the server does not answer. */
    int status(String path) {
        try {
            return get(path).status();
        } catch (UncheckedIOException e) {
            return -1;
        }
    }

    /** A GET answered with a file: its status and bytes. */
    HttpResponse<byte[]> download(String path) {
        HttpRequest.Builder request = authorized(HttpRequest.newBuilder(URI.create(base + path)).GET());
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) {
        authorized(request);
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body;
            try {
                body = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
            } catch (IOException notJson) {
                body = JSON.missingNode();
            }
            return new Answer(response.statusCode(), body, response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
