package org.kontingent.connector.support.envelope;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.kontingent.connector.support.RecordRefusal;
import org.kontingent.connector.support.StrictText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An envelope: one JSON object holding a system's answers side by side as the system gave them,
 * with {@value #MARKER} naming the envelope's kind and version, {@value #SCHOOL} the school asked
 * about and {@value #WINDOW} the window of changes asked for.
 */
public final class ApiEnvelopes {
    public static final String MARKER = "envelope";
    public static final String SCHOOL = "school";
    public static final String WINDOW = "window";

    private ApiEnvelopes() {
    }

    /** A mapper that keeps numbers exactly as received (no double anywhere) and refuses trailing data. */
    public static ObjectMapper mapper() {
        return JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
    }

    /** A new envelope of a version for a school. */
    public static ObjectNode of(ObjectMapper mapper, String version, String school) {
        ObjectNode envelope = mapper.createObjectNode();
        envelope.put(MARKER, version);
        envelope.put(SCHOOL, school);
        return envelope;
    }

    /** Puts the window the changes were asked for. */
    public static void window(ObjectNode envelope, Object since, Object until) {
        envelope.putObject(WINDOW).put("since", since.toString()).put("until", until.toString());
    }

    /** The envelope as bytes. */
    public static byte[] bytes(ObjectMapper mapper, JsonNode envelope) {
        try {
            return mapper.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An envelope of JSON trees could not be written", e);
        }
    }

    /**
     * Reads a package as an envelope of the version: a JSON object with the marker, whose lists,
     * where present, are lists.
     *
     * @param system how the package's system is named in messages, for example "Dnevnik"
     * @throws UnreadablePackageException MALFORMED, EMPTY or UNSUPPORTED_VERSION with what is wrong
     */
    public static JsonNode open(InputStream body, ObjectMapper mapper, String system, String version, String... lists)
            throws UnreadablePackageException {
        JsonNode envelope = parse(mapper, StrictText.utf8Package(body, null));
        String marker = envelope.isObject() ? text(envelope, MARKER) : null;
        if (marker == null) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package is not a " + system + " envelope: a JSON"
                    + " object with \"" + MARKER + "\": \"" + version + "\" and the API's answers");
        }
        if (!version.equals(marker)) {
            throw new UnreadablePackageException(ErrorCode.UNSUPPORTED_VERSION, "The envelope is " + marker
                    + "; this connector reads " + version);
        }
        for (String list : lists) {
            JsonNode value = envelope.path(list);
            if (!value.isMissingNode() && !value.isNull() && !value.isArray()) {
                throw new UnreadablePackageException(ErrorCode.MALFORMED, "The envelope's \"" + list + "\" is not a list");
            }
        }
        return envelope;
    }

    private static JsonNode parse(ObjectMapper mapper, byte[] bytes) throws UnreadablePackageException {
        try {
            JsonNode root = mapper.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw new UnreadablePackageException(ErrorCode.EMPTY, "The package is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package is not valid JSON" + (e.getLocation() == null
                    ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()) + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package could not be read: " + e.getMessage(), e);
        }
    }

    /** The text of a field of an API object (a number's digits as written), or null when missing, null or blank. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** The day of an API date or date-time such as 2015-03-14T00:00:00, or null when there is none. */
    public static LocalDate date(JsonNode node, String field) throws RecordRefusal {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new RecordRefusal(ErrorCode.FORMAT, field, text, "The " + field + " is not an ISO date");
        }
    }

    /** A record's place in the envelope with its id, for example {@code persons[2] (id 1000)}. */
    public static String label(String place, JsonNode node, String idField) {
        String id = node.isObject() ? text(node, idField) : null;
        return id == null ? place : place + " (id " + id + ")";
    }
}
