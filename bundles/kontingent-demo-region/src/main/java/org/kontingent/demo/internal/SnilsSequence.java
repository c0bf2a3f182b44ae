package org.kontingent.demo.internal;

import org.kontingent.registry.api.identifiers.Snils;

/**
 * Hands out distinct valid СНИЛС: consecutive nine-digit numbers from a start, each with its
 * check digits. Numbers below 001-001-999 have no check digits and are never used.
 */
final class SnilsSequence {
    private static final long FIRST = 2_000_000L;
    private static final long LAST = 999_999_999L;
    private long next;

    SnilsSequence(long start) {
        if (start < FIRST || start > LAST) {
            throw new IllegalArgumentException("a СНИЛС sequence starts between " + FIRST + " and " + LAST + ", not " + start);
        }
        this.next = start;
    }

    String next() {
        if (next > LAST) {
            throw new IllegalStateException("the СНИЛС sequence is exhausted");
        }
        String nine = String.format("%09d", next++);
        return nine + Snils.checkDigits(nine);
    }
}
