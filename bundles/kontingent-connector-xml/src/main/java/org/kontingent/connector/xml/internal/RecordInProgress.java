package org.kontingent.connector.xml.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.RecordError;

/**
 * The record being read: where it stands, its elements so far, and what is wrong with it — one
 * finding per field, the first, since one bad value makes the XSD validator report it twice.
 */
final class RecordInProgress {
    /** How much of a value an error repeats. */
    private static final int SHOWN = 100;

    private final String list;
    private final String place;
    private final XmlElement element;
    private final Map<String, Refusal> refusals = new LinkedHashMap<>();

    private record Refusal(ErrorCode code, String field, String value, String message) {
    }

    /**
     * @param list the list it is in, for example persons
     * @param place where it stands, for example {@code persons/person[3]}
     */
    RecordInProgress(String list, String place, XmlElement element) {
        this.list = list;
        this.place = place;
        this.element = element;
    }

    String list() {
        return list;
    }

    String place() {
        return place;
    }

    XmlElement element() {
        return element;
    }

    /** Notes why the record cannot be read; a later finding about the same field is dropped. */
    void refuse(ErrorCode code, String field, String value, String message) {
        refusals.putIfAbsent(field == null ? "" : field, new Refusal(code, field, shown(value), message));
    }

    boolean refused() {
        return !refusals.isEmpty();
    }

    /** Its errors, naming it by its place and, when it has one, its id. */
    List<RecordError> errors() {
        XmlElement id = element.child("id");
        String label = place + (id == null || id.text().isBlank() ? "" : " (id " + shown(id.text()) + ")");
        return refusals.values().stream().map(r -> new RecordError(r.code(), label, r.field(), r.value(), r.message())).toList();
    }

    private static String shown(String value) {
        return value == null || value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "…";
    }
}
