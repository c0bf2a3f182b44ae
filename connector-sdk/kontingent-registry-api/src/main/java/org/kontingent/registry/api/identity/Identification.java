package org.kontingent.registry.api.identity;

import java.util.List;

/**
 * Which person an outside record is about, and how that was decided.
 *
 * @param personId the person, or null when none or more than one was found
 * @param method how the person was found, or why not
 * @param candidates the persons that fit equally well when the answer is {@link Method#AMBIGUOUS}
 */
public record Identification(Long personId, Method method, List<Long> candidates) {

    public Identification {
        candidates = List.copyOf(candidates);
    }

    /** How an identification ended. */
    public enum Method {
        /** The СНИЛС belongs to the person. */
        SNILS,
        /** The name, birth date and identity document are the person's. */
        COMBINED,
        /** The name and birth date are one person's only, and no document was given. */
        NAME_AND_BIRTH_DATE,
        /** Nobody fits. */
        NOT_FOUND,
        /** Several persons fit equally; see the candidates. */
        AMBIGUOUS
    }
}
