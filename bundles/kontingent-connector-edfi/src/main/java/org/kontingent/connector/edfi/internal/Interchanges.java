package org.kontingent.connector.edfi.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The entities the connector maps, gathered from every interchange of a package in document
 * order, each with where it stands.
 */
final class Interchanges {
    static final String STUDENT = "Student";
    static final String CONTACT = "Contact";
    static final String SCHOOL = "School";
    static final String STUDENT_SCHOOL_ASSOCIATION = "StudentSchoolAssociation";
    static final String STUDENT_CONTACT_ASSOCIATION = "StudentContactAssociation";
    static final String STUDENT_EDUCATION_ORGANIZATION_ASSOCIATION = "StudentEducationOrganizationAssociation";

    /** The entities read; every other element of an interchange is skipped. */
    static final Set<String> MAPPED = Set.of(STUDENT, CONTACT, SCHOOL, STUDENT_SCHOOL_ASSOCIATION,
            STUDENT_CONTACT_ASSOCIATION, STUDENT_EDUCATION_ORGANIZATION_ASSOCIATION);

    /**
     * An entity and where it stands in the package.
     *
     * @param place the file, the entity with its ordinal in the file, and its line: {@code Student.xml, Student 3, line 35}
     */
    record Located(String place, XmlElement element) {
    }

    private final Set<String> seen = new LinkedHashSet<>();
    private final List<Located> persons = new ArrayList<>();
    private final List<Located> schools = new ArrayList<>();
    private final List<Located> schoolAssociations = new ArrayList<>();
    private final List<Located> contactAssociations = new ArrayList<>();
    private final List<Located> organizationAssociations = new ArrayList<>();

    /** Notes an interchange read, by its root element, for messages about what a package held. */
    void interchange(String rootName) {
        seen.add(rootName);
    }

    void add(Located entity) {
        switch (entity.element().name()) {
            case STUDENT, CONTACT -> persons.add(entity);
            case SCHOOL -> schools.add(entity);
            case STUDENT_SCHOOL_ASSOCIATION -> schoolAssociations.add(entity);
            case STUDENT_CONTACT_ASSOCIATION -> contactAssociations.add(entity);
            case STUDENT_EDUCATION_ORGANIZATION_ASSOCIATION -> organizationAssociations.add(entity);
            default -> throw new IllegalArgumentException("not a mapped entity: " + entity.element().name());
        }
    }

    Set<String> interchanges() {
        return seen;
    }

    /** Students and contacts, in the order they stand in the package. */
    List<Located> persons() {
        return persons;
    }

    List<Located> schools() {
        return schools;
    }

    List<Located> schoolAssociations() {
        return schoolAssociations;
    }

    List<Located> contactAssociations() {
        return contactAssociations;
    }

    List<Located> organizationAssociations() {
        return organizationAssociations;
    }
}
