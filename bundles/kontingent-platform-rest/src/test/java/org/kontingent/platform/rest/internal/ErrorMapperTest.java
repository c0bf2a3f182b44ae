package org.kontingent.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.ws.rs.NotFoundException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.rest.ApiError;
import org.kontingent.platform.api.rest.ApiException;

import com.fasterxml.jackson.core.JsonProcessingException;

class ErrorMapperTest {
    private static final Pattern INCIDENT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    record Address(String city, int zip) {
    }

    record Learner(String name, Address address) {
    }

    private final ErrorMapper mapper = new ErrorMapper();

    @Test
    void apiExceptionAnswersWithItsStatusAndBody() {
        ApiError error = ApiError.of("learner.conflict", "Learner 7 is already enrolled");

        Response response = mapper.toResponse(new ApiException(409, error));

        assertEquals(409, response.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        assertEquals(error, response.getEntity());
    }

    @Test
    void unknownFieldIsNamedWithoutJavaClassNames() {
        JsonProcessingException parsed = parse("{\"name\": \"Anna\", \"nmae\": \"Anna\"}");

        ApiError error = answer(400, parsed);

        assertEquals("request.unknown-field", error.code());
        assertTrue(error.message().contains("'nmae'"), error.message());
        assertTrue(error.message().contains("line 1, column"), error.message());
        assertTrue(error.message().contains("name") && error.message().contains("address"), error.message());
        assertNoJavaNames(error.message());
        assertEquals(List.of(new ApiError.Violation(null, "nmae", null, "unknown field")), error.violations());
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        JsonProcessingException parsed = parse("{\n  \"name\": \"Anna\",\n  }");

        ApiError error = answer(400, parsed);

        assertEquals("request.malformed-json", error.code());
        assertTrue(error.message().contains("line 3, column 3"), error.message());
        assertNoJavaNames(error.message());
    }

    @Test
    void wrongValueNamesTheFieldPath() {
        JsonProcessingException parsed = parse("{\"name\": \"Anna\", \"address\": {\"city\": \"Kazan\", \"zip\": \"twelve\"}}");

        ApiError error = answer(400, parsed);

        assertEquals("request.invalid-field", error.code());
        assertTrue(error.message().contains("'address.zip'"), error.message());
        assertEquals("address.zip", error.violations().get(0).field());
        assertNoJavaNames(error.message());
    }

    @Test
    void jaxRsClientErrorKeepsItsStatus() {
        ApiError error = answer(404, new NotFoundException("No resource for /api/v1/nothing"));

        assertEquals("http.404", error.code());
        assertEquals("No resource for /api/v1/nothing", error.message());
    }

    @Test
    void unexpectedFailureAnswers500WithAnIncidentButNotTheCause() {
        ApiError first = answer(500, new IllegalStateException("password=secret for jdbc:postgresql://db/kontingent"));
        ApiError second = answer(500, new IllegalStateException("password=secret for jdbc:postgresql://db/kontingent"));

        assertEquals("internal", first.code());
        assertFalse(first.message().contains("secret"), first.message());
        assertFalse(first.message().contains("IllegalStateException"), first.message());
        assertNotEquals(incident(first), incident(second));
    }

    private ApiError answer(int expectedStatus, Throwable exception) {
        Response response = mapper.toResponse(exception);
        assertEquals(expectedStatus, response.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        return assertInstanceOf(ApiError.class, response.getEntity());
    }

    private static JsonProcessingException parse(String json) {
        return assertThrows(JsonProcessingException.class, () -> JsonProvider.objectMapper().readValue(json, Learner.class));
    }

    private static String incident(ApiError error) {
        Matcher m = INCIDENT.matcher(error.message());
        assertTrue(m.find(), "no incident id in: " + error.message());
        return m.group();
    }

    @Test
    void jacksonWordsLoseNestedClassNamesAndTokenNames() {
        String cleaned = ErrorMapper.withoutJavaNames(
                "Cannot deserialize value of type `org.kontingent.x.Outer$Level` from Array value (token `JsonToken.START_ARRAY`)");

        assertEquals("Cannot deserialize value of type Level from Array value (token an array)", cleaned);
    }

    private static void assertNoJavaNames(String message) {
        for (String javaName : List.of("org.kontingent", "ErrorMapperTest", "Learner", "Address", "$", "(class")) {
            assertFalse(message.contains(javaName), "'" + javaName + "' in: " + message);
        }
    }
}
