package org.kontingent.connector.oneroster.internal;

/**
 * How much of a zip the connector inflates before it refuses the package as too large: a guard
 * against zip bombs. Counted on the bytes actually inflated, not on the sizes the zip declares.
 *
 * @param maxEntries how many entries, of any kind, a zip may hold
 * @param maxUncompressedBytes how many bytes all its entries may inflate to together
 */
record PackageLimits(int maxEntries, long maxUncompressedBytes) {

    /** A hundred entries (OneRoster 1.1 defines fifteen files) and 512 MiB of CSV. */
    static final PackageLimits DEFAULT = new PackageLimits(100, 512L * 1024 * 1024);
}
