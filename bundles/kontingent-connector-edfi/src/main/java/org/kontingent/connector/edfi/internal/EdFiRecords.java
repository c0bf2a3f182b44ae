package org.kontingent.connector.edfi.internal;

import java.util.HashMap;
import java.util.Map;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.kontingent.connector.support.RecordCollector;
import org.kontingent.connector.support.RecordRefusal;

/**
 * Turns the entities of a package into records: students and contacts into persons, student–contact
 * associations into representatives, student–school associations into memberships. Schools are
 * read only to resolve references: organizations are named by SchoolId, never created from a
 * package. A StudentEducationOrganizationAssociation only adds to its student in the same
 * package (sex, phone, e-mail, address); without the Student it adds nothing, because a person
 * record replaces every field of the person.
 */
final class EdFiRecords {
    private EdFiRecords() {
    }

    static ReadResult read(Interchanges entities) throws UnreadablePackageException {
        References references = References.of(entities);
        Map<String, XmlElement> organizationAssociations = new HashMap<>();
        for (Interchanges.Located association : entities.organizationAssociations()) {
            String student = references.studentOrNull(association.element());
            if (student != null) {
                organizationAssociations.putIfAbsent(student, association.element());
            }
        }
        RecordCollector records = new RecordCollector();
        for (Interchanges.Located person : entities.persons()) {
            XmlElement entity = person.element();
            try {
                records.person(person.place(), Interchanges.STUDENT.equals(entity.name())
                        ? PersonMapping.student(entity, organizationAssociations.get(entity.text("StudentUniqueId")))
                        : PersonMapping.contact(entity));
            } catch (RecordRefusal refusal) {
                records.refused(label(person), refusal);
            }
        }
        Map<String, String> contactSexes = new HashMap<>();
        for (PersonRecord person : records.persons()) {
            if (person.id().startsWith(PersonMapping.CONTACT_ID_PREFIX) && person.sex() != null) {
                contactSexes.put(person.id(), person.sex());
            }
        }
        for (Interchanges.Located association : entities.contactAssociations()) {
            try {
                records.representative(association.place(),
                        RepresentativeMapping.representative(association.element(), references, contactSexes));
            } catch (RecordRefusal refusal) {
                records.refused(label(association), refusal);
            }
        }
        for (Interchanges.Located association : entities.schoolAssociations()) {
            try {
                records.membership(association.place(), MembershipMapping.membership(association.element(), references));
            } catch (RecordRefusal refusal) {
                records.refused(label(association), refusal);
            }
        }
        if (records.isEmpty()) {
            throw new UnreadablePackageException(ErrorCode.EMPTY, "The package holds no Student, Contact, "
                    + "StudentSchoolAssociation or StudentContactAssociation; it holds " + entities.interchanges());
        }
        return records.result();
    }

    /** The entity's place with the key it names: {@code Student.xml, Student 3, line 35 (StudentUniqueId 604823)}. */
    private static String label(Interchanges.Located entity) {
        XmlElement element = entity.element();
        String student = element.text("StudentUniqueId");
        String contact = element.text("ContactUniqueId");
        String reference = element.text("StudentReference/StudentIdentity/StudentUniqueId");
        if (student != null) {
            return entity.place() + " (StudentUniqueId " + student + ")";
        }
        if (contact != null) {
            return entity.place() + " (ContactUniqueId " + contact + ")";
        }
        return reference == null ? entity.place() : entity.place() + " (student " + reference + ")";
    }
}
