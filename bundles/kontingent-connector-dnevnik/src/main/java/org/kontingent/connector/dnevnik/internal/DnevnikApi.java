package org.kontingent.connector.dnevnik.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.kontingent.connector.api.pull.SourceUnavailableException;
import org.kontingent.connector.support.pull.HttpSource;

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
    private final HttpSource source;
    private final ObjectMapper mapper;
    private final Settings settings;

    DnevnikApi(HttpClient http, ObjectMapper mapper, Settings settings) {
        this.source = new HttpSource(http, "Dnevnik", settings.url(), DnevnikApi::refusal);
        this.mapper = mapper;
        this.settings = settings;
    }

    /** GETs a path (with its query) answered by a JSON array. */
    ArrayNode array(String pathAndQuery) throws SourceUnavailableException {
        return array(authorized(source.request(pathAndQuery)).GET().build());
    }

    /** POSTs a JSON body to a path answered by a JSON array. */
    ArrayNode postForArray(String path, String json) throws SourceUnavailableException {
        return array(authorized(source.postJson(path, json)).build());
    }

    /** GETs a path answered by a JSON object. */
    JsonNode object(String path) throws SourceUnavailableException {
        HttpRequest request = authorized(source.request(path)).GET().build();
        JsonNode answer = send(request);
        if (!answer.isObject()) {
            throw new SourceUnavailableException("Dnevnik answered " + HttpSource.describe(request)
                    + " with JSON that is not an object");
        }
        return answer;
    }

    private ArrayNode array(HttpRequest request) throws SourceUnavailableException {
        JsonNode answer = send(request);
        if (!answer.isArray()) {
            throw new SourceUnavailableException("Dnevnik answered " + HttpSource.describe(request) + " with JSON that is not a list");
        }
        return (ArrayNode) answer;
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return request.header("Access-Token", settings.accessToken());
    }

    private JsonNode send(HttpRequest request) throws SourceUnavailableException {
        HttpResponse<byte[]> response = source.send(request);
        try {
            return mapper.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new SourceUnavailableException("Dnevnik answered " + HttpSource.describe(request)
                    + " with something that is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SourceUnavailableException("Dnevnik's answer to " + HttpSource.describe(request) + " could not be read: " + e,
                    e);
        }
    }

    /** What Dnevnik's refusals of the token mean; the others are worded in common. */
    private static String refusal(int status, HttpRequest request, String what) {
        return switch (status) {
            case 401 -> "Dnevnik refused the access token (HTTP 401) on " + what
                    + "; it has expired or been revoked: put a new one into the provider's pull setting '"
                    + Settings.ACCESS_TOKEN + "'";
            case 403 -> "Dnevnik denied the access token (HTTP 403) on " + what
                    + "; the token needs the EducationalInfo scope and the rights to the school";
            default -> null;
        };
    }
}
