package org.kontingent.connector.api.format;

import java.util.List;
import org.kontingent.connector.api.exchange.ExchangePackage;
import org.kontingent.connector.api.exchange.RecordError;

/**
 * What a format read: the records it could read, and an error for each one it could not.
 *
 * @param unreadable how many records were left out; each has at least one error
 */
public record ReadResult(ExchangePackage exchangePackage, List<RecordError> errors, int unreadable) {

    public ReadResult {
        errors = List.copyOf(errors);
        if (unreadable < 0) {
            throw new IllegalArgumentException("unreadable < 0");
        }
    }

    /** A package read whole. */
    public static ReadResult of(ExchangePackage exchangePackage) {
        return new ReadResult(exchangePackage, List.of(), 0);
    }

    /** How many records the package held, read or not. */
    public int received() {
        return exchangePackage.size() + unreadable;
    }
}
