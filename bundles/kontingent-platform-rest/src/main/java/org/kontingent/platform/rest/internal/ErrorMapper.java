package org.kontingent.platform.rest.internal;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.kontingent.platform.api.rest.ApiError;
import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.platform.api.rest.RestApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into an {@link ApiError} body: the resource's own {@link ApiException}s
 * as they are, malformed JSON as 400 naming the place, JAX-RS errors (404, 405, 415) with
 * their status, and anything else as 500 with an incident id that is also in the log — never
 * a stack trace.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("kontingent.errors")
@JaxrsExtensionSelect(RestApi.JSON_EXTENSION_FILTER)
public class ErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof ApiException api) {
            return answer(api.status(), api.error());
        }
        if (exception instanceof JsonProcessingException json) {
            return answer(400, malformedJson(json));
        }
        if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return answer(status, ApiError.of("http." + status, web.getMessage()));
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Request failed, incident {}", incident, exception);
        return answer(500, ApiError.of("internal",
                "The request could not be completed; the administrator finds the cause in the log under incident " + incident));
    }

    /** Names the place and, for a wrong field, the field — without the server's class names. */
    static ApiError malformedJson(JsonProcessingException json) {
        String where = json.getLocation() == null ? ""
                : " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr();
        if (json instanceof UnrecognizedPropertyException unknown) {
            return new ApiError("request.unknown-field", "The request body has the unknown field '" + unknown.getPropertyName()
                    + "'" + where + "; known fields: " + unknown.getKnownPropertyIds(),
                    List.of(new ApiError.Violation(null, unknown.getPropertyName(), null, "unknown field")));
        }
        String field = json instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
        String message = withoutJavaNames(json.getOriginalMessage());
        if (field.isEmpty()) {
            return ApiError.of("request.malformed-json", "The request body is not valid JSON for this endpoint" + where + ": " + message);
        }
        return new ApiError("request.invalid-field", "The field '" + field + "' of the request body is invalid" + where + ": " + message,
                List.of(new ApiError.Violation(null, field, null, message)));
    }

    private static final Pattern CLASS_NOTE = Pattern.compile("\\s*\\(class [^)]*\\)");
    private static final Pattern QUOTED_TYPE = Pattern.compile("`([\\w.$]+)`");
    private static final Pattern TOKEN = Pattern.compile("`?JsonToken\\.([A-Z_]+)`?");

    /** Jackson's words without the server's class names: {@code `a.b.Outer$Inner`} becomes {@code Inner}. */
    static String withoutJavaNames(String message) {
        String text = CLASS_NOTE.matcher(message).replaceAll("");
        text = TOKEN.matcher(text).replaceAll(m -> switch (m.group(1)) {
            case "START_ARRAY" -> "an array";
            case "START_OBJECT" -> "an object";
            case "VALUE_STRING" -> "a string";
            case "VALUE_NUMBER_INT" -> "an integer";
            case "VALUE_NUMBER_FLOAT" -> "a number";
            case "VALUE_TRUE", "VALUE_FALSE" -> "a boolean";
            case "VALUE_NULL" -> "null";
            default -> "a value";
        });
        return QUOTED_TYPE.matcher(text).replaceAll(m -> {
            String name = m.group(1);
            return Matcher.quoteReplacement(name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1));
        });
    }

    private static String fieldPath(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Response answer(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
