package org.kontingent.connector.api.exchange;

/**
 * A class (school) or group (preschool, vocational, additional) of an organization in an academic
 * year.
 *
 * @param id the provider's own id of the class
 * @param organization the organization's code for the provider
 * @param academicYear for example 2025-2026
 * @param grade the parallel, 0–12, or null for groups without one
 * @param studyForm a code of the {@code study-form} dictionary, or null
 */
public record ClassGroupRecord(String id, String organization, String academicYear, String name, Integer grade,
        String specialization, String studyForm, Integer capacity) {
}
