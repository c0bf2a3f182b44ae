package org.kontingent.registry.api.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.kontingent.platform.api.security.Permission;

/**
 * The sections of a person's portfolio shown to a caller ({@link PersonQueries#sections(long,
 * java.time.LocalDate, java.util.Set)}).
 *
 * @param shown the sections the caller may see, by section id, in the order of the ids
 * @param restricted of those, the ones shown only because the caller's role holds a permission
 *        (health data), each with that permission: a read of a special category of personal data
 *        that the caller journals on its own
 * @since 2.1
 */
public record PortfolioSections(Map<String, Map<String, Object>> shown, Map<String, Permission> restricted) {

    public PortfolioSections {
        shown = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(shown, "shown")));
        restricted = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(restricted, "restricted")));
        if (!shown.keySet().containsAll(restricted.keySet())) {
            throw new IllegalArgumentException("Restricted sections " + restricted.keySet() + " are not all shown: "
                    + shown.keySet());
        }
    }
}
