package org.kontingent.connector.api.exchange;

import java.time.LocalDate;

/**
 * A person's time in an organization, as a learner or staff, by enrollment and (once ended)
 * leaving orders. A later record with the same {@code id} replaces it: that is how a leaving is
 * sent.
 *
 * @param id the provider's own id of the membership (the enrollment), stable across packages
 * @param person the provider's id of the person
 * @param organization the organization's code for the provider
 * @param role learner or staff
 * @param endsOn the first day no longer in the organization, or null while there
 * @param studyForm a code of the {@code study-form} dictionary, or null
 * @param leavingReason a code of the {@code leaving-reason} dictionary; given exactly when
 *        {@code endsOn} is
 * @param classGroup the provider's id of the class or group, or null
 */
public record MembershipRecord(String id, String person, String organization, String role, LocalDate startsOn,
        LocalDate endsOn, String studyForm, OrderRecord enrollmentOrder, String leavingReason, OrderRecord leavingOrder,
        String classGroup) {

    /** An administrative order: its number and date. */
    public record OrderRecord(String number, LocalDate date) {
    }
}
