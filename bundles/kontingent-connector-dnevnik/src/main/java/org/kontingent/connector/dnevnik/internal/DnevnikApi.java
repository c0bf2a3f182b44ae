package org.kontingent.connector.dnevnik.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.kontingent.connector.api.pull.SourceUnavailableException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * The Dnevnik REST API v2 for one provider's settings: JSON answers read as trees whose numbers are
 * kept exactly, so that what is stored is what the API said. Every failure to get an answer is a
 * {@link SourceUnavailableException} whose message says what to do; paths are named without their
 * query, which may hold a learner's name or СНИЛС.
 */
final class DnevnikApi {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final Settings settings;

    DnevnikApi(HttpClient http, ObjectMapper mapper, Settings settings) {
        this.http = http;
        this.mapper = mapper;
        this.settings = settings;
    }

    /** GETs a path (with its query) answered by a JSON array. */
    ArrayNode array(String pathAndQuery) throws SourceUnavailableException {
        return array(request(pathAndQuery).GET().build());
    }

    /** POSTs a JSON body to a path answered by a JSON array. */
    ArrayNode postForArray(String path, String json) throws SourceUnavailableException {
        return array(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** GETs a path answered by a JSON object. */
    JsonNode object(String path) throws SourceUnavailableException {
        HttpRequest request = request(path).GET().build();
        JsonNode answer = send(request);
        if (!answer.isObject()) {
            throw new SourceUnavailableException("Dnevnik answered " + describe(request) + " with JSON that is not an object");
        }
        return answer;
    }

    private ArrayNode array(HttpRequest request) throws SourceUnavailableException {
        JsonNode answer = send(request);
        if (!answer.isArray()) {
            throw new SourceUnavailableException("Dnevnik answered " + describe(request) + " with JSON that is not a list");
        }
        return (ArrayNode) answer;
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(settings.url() + pathAndQuery)).timeout(TIMEOUT)
                .header("Access-Token", settings.accessToken()).header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest request) throws SourceUnavailableException {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new SourceUnavailableException("Dnevnik at " + settings.url() + " cannot be reached (" + describe(request)
                    + "): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException("The pull from Dnevnik was interrupted at " + describe(request), e);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new SourceUnavailableException(refusal(request, response));
        }
        try {
            return mapper.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new SourceUnavailableException("Dnevnik answered " + describe(request) + " with something that is not JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SourceUnavailableException("Dnevnik's answer to " + describe(request) + " could not be read: " + e, e);
        }
    }

    private static String refusal(HttpRequest request, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String what = describe(request);
        return switch (status) {
            case 401 -> "Dnevnik refused the access token (HTTP 401) on " + what
                    + "; it has expired or been revoked: put a new one into the provider's pull setting '"
                    + Settings.ACCESS_TOKEN + "'";
            case 403 -> "Dnevnik denied the access token (HTTP 403) on " + what
                    + "; the token needs the EducationalInfo scope and the rights to the school";
            case 429 -> "Dnevnik limits the request rate (HTTP 429) on " + what + response.headers().firstValue("Retry-After")
                    .map(after -> "; it asks to retry after " + after + " s").orElse("") + "; the pull is tried again later";
            default -> status >= 500 ? "Dnevnik failed (HTTP " + status + ") on " + what + "; the pull is tried again later"
                    : "Dnevnik answered HTTP " + status + " to " + what + ": " + excerpt(response.body());
        };
    }

    private static String describe(HttpRequest request) {
        return request.method() + " " + request.uri().getRawPath();
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
