package org.kontingent.connector.edfi.internal;

/**
 * How much of a zip the connector inflates before it refuses the package as too large: a guard
 * against zip bombs. Counted on the bytes actually inflated, not on the sizes the zip declares.
 *
 * @param maxEntries how many entries, of any kind, a zip may hold
 * @param maxUncompressedBytes how many bytes all its entries may inflate to together
 */
record PackageLimits(int maxEntries, long maxUncompressedBytes) {

    /** A thousand entries and 512 MiB: far above a district's interchanges, far below the memory of a gateway. */
    static final PackageLimits DEFAULT = new PackageLimits(1_000, 512L * 1024 * 1024);
}
