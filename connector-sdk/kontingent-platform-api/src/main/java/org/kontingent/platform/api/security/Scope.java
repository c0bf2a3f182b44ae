package org.kontingent.platform.api.security;

import java.util.Objects;

/**
 * The part of the region a caller may see: the whole region, an authority with everything
 * subordinate to it, one organization, or (for a data provider's representative) one provider.
 *
 * @param kind which part
 * @param id the authority's, organization's or provider's id; null for the region
 */
public record Scope(Kind kind, Long id) {

    /** Which part of the region a scope is. */
    public enum Kind {
        /** The whole region. */
        REGION,
        /** An authority and every authority and organization under it. */
        AUTHORITY,
        /** One organization with its branches. */
        ORGANIZATION,
        /** One data provider; no persons or organizations at all. */
        PROVIDER
    }

    /**
     * @throws IllegalArgumentException when the region is given an id or another kind lacks one
     */
    public Scope {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.REGION) != (id == null)) {
            throw new IllegalArgumentException(kind == Kind.REGION ? "the region scope has no id"
                    : "a scope of kind " + kind + " needs an id");
        }
    }

    public static Scope region() {
        return new Scope(Kind.REGION, null);
    }

    public static Scope authority(long id) {
        return new Scope(Kind.AUTHORITY, id);
    }

    public static Scope organization(long id) {
        return new Scope(Kind.ORGANIZATION, id);
    }

    public static Scope provider(long id) {
        return new Scope(Kind.PROVIDER, id);
    }

    /** Whether this is the whole region. */
    public boolean wholeRegion() {
        return kind == Kind.REGION;
    }

    @Override
    public String toString() {
        return kind == Kind.REGION ? "region" : kind.name().toLowerCase(java.util.Locale.ROOT) + " " + id;
    }
}
