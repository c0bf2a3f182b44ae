package org.kontingent.registry.api.batch;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kontingent.registry.api.command.Order;
import org.kontingent.registry.api.command.PersonData;

/** Records from one source to apply together, each named by the source's own key. */
public record Batch(List<PersonEntry> persons, List<RepresentativeEntry> representatives, List<ClassGroupEntry> classes,
        List<MembershipEntry> memberships, List<ExtensionEntry> extensions) {

    public Batch {
        persons = List.copyOf(persons);
        representatives = List.copyOf(representatives);
        classes = List.copyOf(classes);
        memberships = List.copyOf(memberships);
        extensions = List.copyOf(extensions);
    }

    /** A batch without extension data. */
    public Batch(List<PersonEntry> persons, List<RepresentativeEntry> representatives, List<ClassGroupEntry> classes,
            List<MembershipEntry> memberships) {
        this(persons, representatives, classes, memberships, List.of());
    }

    /** How many entries the batch holds. */
    public int size() {
        return persons.size() + representatives.size() + classes.size() + memberships.size() + extensions.size();
    }

    /** A person, whole: a later entry with the key replaces every field. */
    public record PersonEntry(String key, PersonData person) {
    }

    /** @param relationshipCode a code of the {@code relationship-kind} dictionary */
    public record RepresentativeEntry(String learnerKey, String representativeKey, String relationshipCode) {
    }

    /** A class or group of an organization in an academic year. */
    public record ClassGroupEntry(String key, long organizationId, String academicYear, String name, Integer grade,
            String specialization, String studyFormCode, Integer capacity) {
    }

    /**
     * A membership, whole. A later entry with the key that gives {@code endsOn} ends it; one that
     * names another class moves the member there from the day it is applied.
     *
     * @param personKey the key of a person of this batch or of an earlier one
     * @param classGroupKey the key of a class of this batch or of an earlier one, or null
     */
    public record MembershipEntry(String key, String personKey, long organizationId, String role, LocalDate startsOn,
            LocalDate endsOn, String studyFormCode, Order enrollmentOrder, String leavingReasonCode, Order leavingOrder,
            String classGroupKey) {
    }

    /**
     * Data of an education-level extension about a person, written by the extension's
     * {@link org.kontingent.registry.api.extension.ExtensionData} service after the memberships.
     *
     * @param key the source's own key of the record, unique within the extension's entity
     * @param extension the extension's id, for example general
     * @param entity what the data is, in the extension's terms, for example mark
     * @param personKey the key of a person of this batch or of an earlier one
     * @param organizationId the organization the record is about, or null
     * @param data the fields as the source sent them
     */
    public record ExtensionEntry(String key, String extension, String entity, String personKey, Long organizationId,
            Map<String, Object> data) {

        public ExtensionEntry {
            data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
        }
    }
}
