package org.kontingent.connector.netschool.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What one pull stores: the Web API's answers side by side, each as the API gave it.
 *
 * <pre>
 * {"envelope": "netschool/1",
 *  "school": "1001",                                  the school signed in to (the organization's code)
 *  "window": {"since": "...", "until": "..."},        the changes' window; absent for one learner
 *  "year":     {...},  GET /webapi/years/current
 *  "classes":  [...],  GET /webapi/integration/classes (with the first page of students)
 *  "students": [...],  the items of a page of GET /webapi/integration/students, or of .../students/search
 *  "marks":    [...]}  the items of a page of GET /webapi/integration/marks
 * </pre>
 */
final class Envelope {
    static final String MEDIA_TYPE = "application/vnd.netschool.kontingent+json";
    static final String MARKER = "envelope";
    static final String VERSION = "netschool/1";
    static final String SCHOOL = "school";
    static final String WINDOW = "window";
    static final String YEAR = "year";
    static final String CLASSES = "classes";
    static final String STUDENTS = "students";
    static final String MARKS = "marks";

    private Envelope() {
    }

    /** A mapper that keeps numbers exactly as received (no double anywhere) and refuses trailing data. */
    static ObjectMapper mapper() {
        return JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
    }

    /** A new envelope for a school in a school year. */
    static ObjectNode of(ObjectMapper mapper, String school, JsonNode year) {
        ObjectNode envelope = mapper.createObjectNode();
        envelope.put(MARKER, VERSION);
        envelope.put(SCHOOL, school);
        envelope.set(YEAR, year);
        return envelope;
    }

    /** Puts the window the changes were asked for. */
    static void window(ObjectNode envelope, Watermark round) {
        envelope.putObject(WINDOW).put("since", round.since().toString()).put("until", round.until().toString());
    }

    /** The text of a field of an API object (a number's digits as written), or null when missing, null or blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
