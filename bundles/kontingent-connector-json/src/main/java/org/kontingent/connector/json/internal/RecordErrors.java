package org.kontingent.connector.json.internal;

import java.util.stream.Collectors;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.RecordError;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** A record Jackson could not map, as an error naming the field and the value received. */
final class RecordErrors {
    private RecordErrors() {
    }

    static RecordError of(String label, JsonNode record, JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? path(m) : null;
        if (e instanceof UnrecognizedPropertyException u) {
            return new RecordError(ErrorCode.UNKNOWN_FIELD, label, field, null, "The field '" + u.getPropertyName()
                    + "' is not in the exchange model; known: " + u.getKnownPropertyIds());
        }
        JsonNode value = field == null ? null : record.at("/" + field.replace('.', '/').replaceAll("\\[(\\d+)]", "/$1"));
        return new RecordError(ErrorCode.FORMAT, label, field, value == null || value.isMissingNode() ? null : value.asText(),
                "The value of '" + field + "' is not in its format: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
