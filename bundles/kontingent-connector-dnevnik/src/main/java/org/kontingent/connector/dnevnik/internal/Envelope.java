package org.kontingent.connector.dnevnik.internal;

import org.kontingent.connector.support.envelope.ApiEnvelopes;

import com.fasterxml.jackson.databind.ObjectMapper;
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
    static final String VERSION = "dnevnik/1";
    static final String EDU_GROUPS = "eduGroups";
    static final String PERSONS = "persons";
    static final String USERS = "users";
    static final String LESSONS = "lessons";
    static final String MARKS = "marks";

    private Envelope() {
    }

    /** A new envelope for a school. */
    static ObjectNode of(ObjectMapper mapper, String school) {
        ObjectNode envelope = ApiEnvelopes.of(mapper, VERSION, school);
        return envelope;
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
}
