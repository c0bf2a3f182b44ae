package org.kontingent.connector.api.exchange;

/**
 * A legal representative of a learner. Both are persons of the same package or sent before.
 *
 * @param learner the provider's id of the learner
 * @param representative the provider's id of the representative
 * @param relationship a code of the {@code relationship-kind} dictionary
 */
public record RepresentativeRecord(String learner, String representative, String relationship) {
}
