package org.kontingent.report.api;

import java.util.Locale;

/** The level a report gives its rows at: the whole region, each municipality, each organization. */
public enum Level {
    /** One row (or one group) for the region. */
    REGION,
    /** A row (or group) per municipality: the municipal authority an organization is under. */
    MUNICIPALITY,
    /** A row (or group) per organization. */
    ORGANIZATION;

    /** The value as written in requests: {@code region}, {@code municipality}, {@code organization}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
