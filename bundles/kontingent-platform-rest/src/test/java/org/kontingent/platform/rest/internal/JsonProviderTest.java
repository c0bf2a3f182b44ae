package org.kontingent.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

class JsonProviderTest {
    record Enrolment(String learner, LocalDate start, String note) {
    }

    record Stamp(Instant at) {
    }

    private final ObjectMapper mapper = JsonProvider.objectMapper();

    @Test
    void writesDatesAsIsoTextAndOmitsNulls() throws Exception {
        String json = mapper.writeValueAsString(new Enrolment("Anna", LocalDate.of(2024, 9, 1), null));

        assertEquals("{\"learner\":\"Anna\",\"start\":\"2024-09-01\"}", json);
    }

    @Test
    void writesInstantsAsIsoText() throws Exception {
        assertEquals("{\"at\":\"2024-09-01T08:30:00Z\"}", mapper.writeValueAsString(new Stamp(Instant.parse("2024-09-01T08:30:00Z"))));
    }

    @Test
    void readsIsoDates() throws Exception {
        Enrolment enrolment = mapper.readValue("{\"learner\":\"Anna\",\"start\":\"2024-09-01\"}", Enrolment.class);

        assertEquals(new Enrolment("Anna", LocalDate.of(2024, 9, 1), null), enrolment);
    }

    @Test
    void refusesUnknownProperties() {
        UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class,
                () -> mapper.readValue("{\"learner\":\"Anna\",\"strat\":\"2024-09-01\"}", Enrolment.class));

        assertEquals("strat", e.getPropertyName());
    }
}
