package org.kontingent.connector.dnevnik.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What one pull stores: the Dnevnik API's answers side by side, each as the API gave it.
 *
 * <pre>
 * {"envelope": "dnevnik/1",
 *  "school": "1000002283077",                         the school asked about (the organization's code)
 *  "window": {"since": "...", "until": "..."},        the marks' window; absent for one learner
 *  "eduGroups": [...],  GET /v2/schools/{school}/edu-groups (the class read) or /v2/persons/{p}/schools/{school}/edu-groups
 *  "persons":   [...],  GET /v2/edu-groups/{group}/persons or /v2/person/search
 *  "users":     [...],  POST /v2/users/many (birthdays)
 *  "lessons":   [...],  GET /v2/edu-groups/{group}/lessons/{from}/{to} and /v2/lessons/{lesson} (subjects of the marks)
 *  "marks":     [...]}  GET /v2/edu-groups/{group}/marks/{from}/{to}
 * </pre>
 */
final class Envelope {
    static final String MEDIA_TYPE = "application/vnd.dnevnik.kontingent+json";
    static final String MARKER = "envelope";
    static final String VERSION = "dnevnik/1";
    static final String SCHOOL = "school";
    static final String WINDOW = "window";
    static final String EDU_GROUPS = "eduGroups";
    static final String PERSONS = "persons";
    static final String USERS = "users";
    static final String LESSONS = "lessons";
    static final String MARKS = "marks";

    private Envelope() {
    }

    /** A mapper that keeps numbers exactly as received (no double anywhere) and refuses trailing data. */
    static ObjectMapper mapper() {
        return JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
    }

    /** A new envelope for a school. */
    static ObjectNode of(ObjectMapper mapper, String school) {
        ObjectNode envelope = mapper.createObjectNode();
        envelope.put(MARKER, VERSION);
        envelope.put(SCHOOL, school);
        return envelope;
    }

    /** Puts the window the marks were asked for. */
    static void window(ObjectNode envelope, Watermark round) {
        envelope.putObject(WINDOW).put("since", round.since().toString()).put("until", round.until().toString());
    }

    /** Puts the answers. */
    static ObjectNode answers(ObjectNode envelope, ArrayNode eduGroups, ArrayNode persons, ArrayNode users, ArrayNode lessons,
            ArrayNode marks) {
        envelope.set(EDU_GROUPS, eduGroups);
        envelope.set(PERSONS, persons);
        envelope.set(USERS, users);
        envelope.set(LESSONS, lessons);
        envelope.set(MARKS, marks);
        return envelope;
    }

    /** The text of a field of an API object, or null when it is missing, null or blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
