package org.kontingent.registry.api.query;

import java.util.List;

/**
 * Which page of a list: the rows from {@code offset}, at most {@code limit} of them, in the
 * list's own order or sorted by one of its columns. The sizes are the ones the console offers.
 *
 * @param sort the column to sort by, {@code -column} for descending; null for the list's own
 *        order. Each list names the columns it sorts by and refuses others
 *        ({@link IllegalArgumentException} naming them)
 */
public record PageRequest(int offset, int limit, String sort) {
    /** The page sizes a list can be read in. */
    public static final List<Integer> SIZES = List.of(10, 25, 50, 100);

    /**
     * @throws IllegalArgumentException naming the value when the offset is negative or the size is not one of {@link #SIZES}
     */
    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset + " is negative");
        }
        if (!SIZES.contains(limit)) {
            throw new IllegalArgumentException("page size " + limit + " is not one of " + SIZES);
        }
        if (sort != null && sort.isBlank()) {
            sort = null;
        }
    }

    /** A page in the list's own order. */
    public PageRequest(int offset, int limit) {
        this(offset, limit, null);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }

    /** The column sorted by, without its direction; null for the list's own order. */
    public String sortColumn() {
        return sort == null ? null : sort.startsWith("-") ? sort.substring(1) : sort;
    }

    /** Whether the sort is descending. */
    public boolean descending() {
        return sort != null && sort.startsWith("-");
    }
}
