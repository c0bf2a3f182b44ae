package org.kontingent.connector.support.pull;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.kontingent.connector.api.pull.SourceUnavailableException;

/**
 * A system's HTTP API asked for JSON under one root address. Every failure to get a successful answer
 * is a {@link SourceUnavailableException} whose message names the system, the request and what to do:
 * an unreachable server, an interrupted pull, a status the system gives its own meaning (through
 * {@link Refusals}), rate limiting, a server failure, or another refusal with the start of its body.
 * <p>
 * Messages never carry a secret: requests are named by method and path without their query (which
 * may hold a learner's name or СНИЛС), the root without user information, and no header is quoted.
 */
public final class HttpSource {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int EXCERPT = 200;

    /** What the statuses a system gives its own meaning say to do. */
    @FunctionalInterface
    public interface Refusals {
        /**
         * The message for a refused request, or null to use the common wording.
         *
         * @param what the request as {@link HttpSource#describe(HttpRequest)} names it
         */
        String message(int status, HttpRequest request, String what);
    }

    private final HttpClient http;
    private final String system;
    private final URI root;
    private final Refusals refusals;

    /**
     * @param system the system as messages name it, for example {@code Dnevnik}
     * @param root the address paths are appended to, without a trailing slash
     */
    public HttpSource(HttpClient http, String system, URI root, Refusals refusals) {
        this.http = http;
        this.system = system;
        this.root = root;
        this.refusals = refusals;
    }

    /** A request for a path with its query under the root, accepting JSON, with the pull's timeout. */
    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(root + pathAndQuery)).timeout(TIMEOUT).header("Accept", "application/json");
    }

    /** A POST of a JSON body to a path under the root. */
    public HttpRequest.Builder postJson(String path, String json) {
        return request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    /** Sends a request; the answer is successful (2xx). */
    public HttpResponse<byte[]> send(HttpRequest request) throws SourceUnavailableException {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new SourceUnavailableException(system + " at " + withoutUserInfo(root) + " cannot be reached ("
                    + describe(request) + "): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException("The pull from " + system + " was interrupted at " + describe(request), e);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new SourceUnavailableException(refusal(request, response));
        }
        return response;
    }

    /** A request named by its method and path, never its query. */
    public static String describe(HttpRequest request) {
        return request.method() + " " + request.uri().getRawPath();
    }

    private String refusal(HttpRequest request, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String what = describe(request);
        String own = refusals.message(status, request, what);
        if (own != null) {
            return own;
        }
        if (status == 429) {
            return system + " limits the request rate (HTTP 429) on " + what + response.headers().firstValue("Retry-After")
                    .map(after -> "; it asks to retry after " + after + " s").orElse("") + "; the pull is tried again later";
        }
        return status >= 500 ? system + " failed (HTTP " + status + ") on " + what + "; the pull is tried again later"
                : system + " answered HTTP " + status + " to " + what + ": " + excerpt(response.body());
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
    }

    private static URI withoutUserInfo(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return uri;
        }
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The address " + uri.getHost() + " cannot be written without its user", e);
        }
    }
}
