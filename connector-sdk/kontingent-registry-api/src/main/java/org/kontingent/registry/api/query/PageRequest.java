package org.kontingent.registry.api.query;

import java.util.List;

/**
 * Which page of a list: the rows from {@code offset}, at most {@code limit} of them. The sizes
 * are the ones the console offers.
 */
public record PageRequest(int offset, int limit) {
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
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }
}
