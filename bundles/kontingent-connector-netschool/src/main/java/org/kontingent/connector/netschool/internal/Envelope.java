package org.kontingent.connector.netschool.internal;

import org.kontingent.connector.support.envelope.ApiEnvelopes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    static final String VERSION = "netschool/1";
    static final String YEAR = "year";
    static final String CLASSES = "classes";
    static final String STUDENTS = "students";
    static final String MARKS = "marks";

    private Envelope() {
    }

    /** A new envelope for a school in a school year. */
    static ObjectNode of(ObjectMapper mapper, String school, JsonNode year) {
        ObjectNode envelope = ApiEnvelopes.of(mapper, VERSION, school);
        envelope.set(YEAR, year);
        return envelope;
    }
}
