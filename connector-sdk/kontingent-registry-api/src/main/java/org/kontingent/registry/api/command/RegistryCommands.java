package org.kontingent.registry.api.command;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes persons, organizations and memberships. Each call is one transaction: it is checked
 * whole (identifiers with their checksums, documents per type, dates, dictionary values,
 * references), stored whole or not at all, and journaled with the source and the record before
 * and after.
 *
 * @throws InvalidRecordException (from every method) naming the record and each broken rule
 * @throws NoSuchRecordException (from every method taking an id) when there is no such record
 */
@ProviderType
public interface RegistryCommands {

    /** @return the new person's id */
    long createPerson(PersonData person, Source source);

    void updatePerson(long personId, PersonData person, Source source);

    /**
     * Links a learner with a legal representative.
     *
     * @param relationshipCode a code of the {@code relationship-kind} dictionary
     */
    void linkRepresentative(long learnerId, long representativeId, String relationshipCode, Source source);

    /** @return the new organization's id */
    long createOrganization(OrganizationData organization, Source source);

    void updateOrganization(long organizationId, OrganizationData organization, Source source);

    /** @return the new membership's id */
    long enroll(Enrollment enrollment, Source source);

    /** Ends a membership, and its class placement, on the day given. */
    void leave(long membershipId, Leaving leaving, Source source);

    /** Moves a member to another class or group of the same organization from a day. */
    void moveToClass(long membershipId, long classGroupId, LocalDate from, Order order, Source source);

    /**
     * Moves a learner to another organization: the membership ends with the reason
     * {@code transfer-within-region} and a new one starts on the same day, in one transaction.
     *
     * @return the new membership's id
     */
    long transfer(long membershipId, Enrollment to, Order leavingOrder, Source source);
}
