package org.kontingent.registry.rest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;

import org.kontingent.platform.api.rest.ApiError;
import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.registry.api.query.PageRequest;

/**
 * Reads the query parameters every registry list shares, answering 400 with the parameter
 * and the value named when one is wrong.
 */
final class QueryParameters {
    private QueryParameters() {
    }

    static PageRequest page(Integer offset, Integer limit) {
        return page(offset, limit, null);
    }

    /** A page, sorted by a column ({@code -column}: descending) the service then checks. */
    static PageRequest page(Integer offset, Integer limit, String sort) {
        try {
            return new PageRequest(offset == null ? 0 : offset, limit == null ? 10 : limit, sort);
        } catch (IllegalArgumentException e) {
            String field = offset != null && offset < 0 ? "offset" : "limit";
            throw invalid(field, String.valueOf(field.equals("offset") ? offset : limit), e.getMessage());
        }
    }

    /** An ISO date (2026-11-23); today when absent. */
    static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(field, value, "expected a date as YYYY-MM-DD, e.g. 2026-09-01");
        }
    }

    /** The academic year a day falls in: from 1 September to 31 August, written 2026-2027. */
    static String academicYear(LocalDate day) {
        int start = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return start + "-" + (start + 1);
    }

    static String academicYear(String field, String value, LocalDate day) {
        if (value == null || value.isBlank()) {
            return academicYear(day);
        }
        String year = value.strip();
        if (!year.matches("[0-9]{4}-[0-9]{4}") || Integer.parseInt(year.substring(5)) != Integer.parseInt(year.substring(0, 4)) + 1) {
            throw invalid(field, value, "expected an academic year as YYYY-YYYY, e.g. 2026-2027");
        }
        return year;
    }

    static ApiException invalid(String field, String value, String rule) {
        return new ApiException(400, new ApiError("request.invalid-parameter",
                "The parameter '" + field + "' = '" + value + "' is invalid: " + rule,
                List.of(new ApiError.Violation(null, field, value, rule))));
    }

    /** Runs a query, answering 400 for a parameter the registry refuses (a sort column, a cursor, a criterion). */
    static <T> T refusing(Supplier<T> query) {
        try {
            return query.get();
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, new ApiError("request.invalid-parameter", e.getMessage(), List.of()));
        }
    }

    static ApiException notFound(String what, long id) {
        return new ApiException(404, "registry.not-found", "There is no " + what + " with id " + id);
    }
}
