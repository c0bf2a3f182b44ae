package org.kontingent.registry.api.query;

import java.util.List;

/**
 * One page of search results, how many there are ("1 – 10 из 5659", or "из более 10 000" when
 * counting stopped), and where the next page starts.
 *
 * @param items the rows of this page
 * @param total how many results there are, or how many were counted when {@code totalCapped}
 * @param totalCapped whether counting stopped at {@code total} and there are more
 * @param offset the number of results before this page (as the caller gave it for a page read
 *        after a cursor)
 * @param limit the page size asked for
 * @param next the cursor to read the page after this one with; null on the last page
 */
public record SearchPage<T>(List<T> items, long total, boolean totalCapped, long offset, int limit, String next) {

    public SearchPage {
        items = List.copyOf(items);
    }

    /** The number of the first row of this page, counted from 1; 0 for an empty page. */
    public long first() {
        return items.isEmpty() ? 0 : offset + 1;
    }

    /** The number of the last row of this page, counted from 1; 0 for an empty page. */
    public long last() {
        return items.isEmpty() ? 0 : offset + items.size();
    }
}
