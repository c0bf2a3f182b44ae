package org.kontingent.connector.api.format;

import java.util.List;
import java.util.Map;

import org.kontingent.connector.api.exchange.ExchangePackage;
import org.kontingent.connector.api.exchange.RecordError;

/**
 * What a format read: the records it could read, where in the package each came from, and an
 * error for each record it could not read.
 *
 * @param places for each list of the package ({@code persons}, {@code memberships}, ...), where
 *        each of its records stands in the package as received, in the format's own words: the
 *        JSON connector says {@code persons[5]}, the Excel connector {@code Ученики, row 17}.
 *        Errors found later name the record by it. A list left out is named by index.
 * @param unreadable how many records were left out; each has at least one error
 */
public record ReadResult(ExchangePackage exchangePackage, Map<String, List<String>> places, List<RecordError> errors,
        int unreadable) {

    public ReadResult {
        places = Map.copyOf(places);
        errors = List.copyOf(errors);
        if (unreadable < 0) {
            throw new IllegalArgumentException("unreadable < 0");
        }
    }

    /** A package read whole, its records named by list and index. */
    public static ReadResult of(ExchangePackage exchangePackage) {
        return new ReadResult(exchangePackage, Map.of(), List.of(), 0);
    }

    /** Where a record of a list stands in the package as received. */
    public String place(String list, int index) {
        List<String> named = places.get(list);
        return named != null && index < named.size() ? named.get(index) : list + "[" + index + "]";
    }

    /** How many records the package held, read or not. */
    public int received() {
        return exchangePackage.size() + unreadable;
    }
}
