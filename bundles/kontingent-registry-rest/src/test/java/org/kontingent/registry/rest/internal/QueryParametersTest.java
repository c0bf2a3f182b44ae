package org.kontingent.registry.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.rest.ApiException;

class QueryParametersTest {

    @Test
    void pagesDefaultToTheFirstTen() {
        assertEquals(0, QueryParameters.page(null, null).offset());
        assertEquals(10, QueryParameters.page(null, null).limit());
        assertEquals(50, QueryParameters.page(100, 50).limit());
    }

    @Test
    void aWrongPageNamesTheParameterAndTheValue() {
        ApiException limit = assertThrows(ApiException.class, () -> QueryParameters.page(0, 30));
        assertEquals(400, limit.status());
        assertEquals("limit", limit.error().violations().get(0).field());
        assertEquals("30", limit.error().violations().get(0).value());

        ApiException offset = assertThrows(ApiException.class, () -> QueryParameters.page(-5, 10));
        assertEquals("offset", offset.error().violations().get(0).field());
    }

    @Test
    void theAcademicYearTurnsOnTheFirstOfSeptember() {
        assertEquals("2025-2026", QueryParameters.academicYear(LocalDate.of(2026, 8, 31)));
        assertEquals("2026-2027", QueryParameters.academicYear(LocalDate.of(2026, 9, 1)));
        assertEquals("2024-2025", QueryParameters.academicYear("year", "2024-2025", LocalDate.of(2026, 9, 1)));
        assertThrows(ApiException.class, () -> QueryParameters.academicYear("year", "2024-2026", LocalDate.now()));
    }

    @Test
    void datesAreIsoOrTheyAreRefused() {
        assertEquals(LocalDate.of(2026, 9, 1), QueryParameters.day("asOf", "2026-09-01"));
        ApiException refused = assertThrows(ApiException.class, () -> QueryParameters.day("asOf", "01.09.2026"));
        assertEquals("asOf", refused.error().violations().get(0).field());
    }
}
