package org.kontingent.registry.api.query;

import java.util.List;

/**
 * One page of a list and how long the whole list is ("1 – 10 из 5659").
 *
 * @param items the rows of this page
 * @param total how many rows the whole list has
 * @param offset where this page starts (0 for the first row)
 * @param limit the page size asked for
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }

    /** The number of the first row of this page, counted from 1; 0 for an empty list. */
    public long first() {
        return items.isEmpty() ? 0 : offset + 1L;
    }

    /** The number of the last row of this page, counted from 1; 0 for an empty list. */
    public long last() {
        return items.isEmpty() ? 0 : offset + (long) items.size();
    }
}
