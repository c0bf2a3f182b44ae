package org.kontingent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Inside the container: a report form run through the REST API to its end, and its rows read. */
final class Reports {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private Reports() {
    }

    /** Runs a form with the arguments (a JSON object) to its end: the answer of its rows, with the columns. */
    static JsonNode run(Http http, String form, String arguments) {
        Http.Answer answer = http.post("/api/v1/reports/" + form + "/runs", arguments);
        assertTrue(answer.status() + " " + answer.body(), answer.status() / 100 == 2);
        JsonNode run = finished(http, answer.body());
        assertEquals(run.toString(), "done", run.path("status").asText());
        return http.get("/api/v1/reports/runs/" + run.path("id").asText() + "/rows?limit=100").body();
    }

    /** A run as it is once done, failed or cancelled. */
    static JsonNode finished(Http http, JsonNode started) {
        String id = started.path("id").asText();
        JsonNode[] run = {started};
        Eventually.await("run " + id + " finished", PATIENCE, () -> {
            run[0] = http.get("/api/v1/reports/runs/" + id).body();
            return List.of("done", "failed", "cancelled").contains(run[0].path("status").asText());
        });
        return run[0];
    }

    /** The rows of an answer, each as its values by column key (the kind of row under "kind"). */
    static List<Map<String, String>> rows(JsonNode answer) {
        List<String> keys = new ArrayList<>();
        answer.path("columns").forEach(c -> keys.add(c.path("key").asText()));
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode row : answer.path("rows")) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("kind", row.path("kind").asText());
            for (int i = 0; i < keys.size(); i++) {
                values.put(keys.get(i), row.path("values").path(i).asText());
            }
            rows.add(values);
        }
        return rows;
    }
}
