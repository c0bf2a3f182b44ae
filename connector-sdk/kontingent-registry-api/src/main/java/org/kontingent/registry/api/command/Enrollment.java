package org.kontingent.registry.api.command;

import java.time.LocalDate;

/**
 * A person joining an organization (as a learner or staff) from a day, by an order, and
 * (optionally) into a class or group.
 *
 * @param role learner or staff
 * @param studyFormCode a code of the {@code study-form} dictionary, or null
 * @param classGroupId the class or group of the organization, or null
 */
public record Enrollment(long personId, long organizationId, String role, LocalDate startsOn, String studyFormCode,
        Order order, Long classGroupId) {
}
