package org.kontingent.connector.support;

/**
 * How much of a zip {@link ZipGuard} inflates before it refuses the package as too large: a guard
 * against zip bombs. Counted on the bytes actually inflated, not on the sizes the zip declares.
 *
 * @param maxEntries how many entries, of any kind, a zip may hold
 * @param maxUncompressedBytes how many bytes all its entries may inflate to together
 */
public record ZipLimits(int maxEntries, long maxUncompressedBytes) {

    public ZipLimits {
        if (maxEntries < 1 || maxUncompressedBytes < 0) {
            throw new IllegalArgumentException("a zip may hold at least one entry and inflate to no less than 0 bytes");
        }
    }
}
