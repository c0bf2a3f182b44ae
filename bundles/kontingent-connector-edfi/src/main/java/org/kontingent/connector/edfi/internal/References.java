package org.kontingent.connector.edfi.internal;

import java.util.HashMap;
import java.util.Map;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.support.RecordRefusal;

/**
 * Resolves the references of associations to the natural keys of students, contacts and schools.
 * A reference gives the key in its identity ({@code StudentReference/StudentIdentity/StudentUniqueId})
 * or points with {@code ref} at an element of the package by its {@code id} attribute, as the Grand
 * Bend contacts do ({@code <ContactReference ref="PRNT_778393"/>}). Lookups by other fields are
 * not resolved.
 */
final class References {
    private final Map<String, String> students;
    private final Map<String, String> contacts;
    private final Map<String, String> schools;

    private References(Map<String, String> students, Map<String, String> contacts, Map<String, String> schools) {
        this.students = students;
        this.contacts = contacts;
        this.schools = schools;
    }

    static References of(Interchanges entities) {
        Map<String, String> students = new HashMap<>();
        Map<String, String> contacts = new HashMap<>();
        entities.persons().forEach(p -> byXmlId(p.element(), Interchanges.STUDENT, "StudentUniqueId", students));
        entities.persons().forEach(p -> byXmlId(p.element(), Interchanges.CONTACT, "ContactUniqueId", contacts));
        Map<String, String> schools = new HashMap<>();
        entities.schools().forEach(s -> byXmlId(s.element(), Interchanges.SCHOOL, "SchoolId", schools));
        return new References(students, contacts, schools);
    }

    private static void byXmlId(XmlElement entity, String name, String key, Map<String, String> into) {
        String xmlId = entity.attribute("id");
        String value = entity.text(key);
        if (entity.name().equals(name) && xmlId != null && value != null) {
            into.put(xmlId, value);
        }
    }

    /** The StudentUniqueId the association's StudentReference names. */
    String student(XmlElement association) throws RecordRefusal {
        return resolve(association, "StudentReference", "StudentIdentity/StudentUniqueId", students, "Student");
    }

    /** The StudentUniqueId, or null when the reference is missing or names nothing of the package. */
    String studentOrNull(XmlElement association) {
        try {
            return student(association);
        } catch (RecordRefusal unresolved) {
            return null;
        }
    }

    /** The ContactUniqueId the association's ContactReference names. */
    String contact(XmlElement association) throws RecordRefusal {
        return resolve(association, "ContactReference", "ContactIdentity/ContactUniqueId", contacts, "Contact");
    }

    /** The SchoolId the association's SchoolReference names. */
    String school(XmlElement association) throws RecordRefusal {
        return resolve(association, "SchoolReference", "SchoolIdentity/SchoolId", schools, "School");
    }

    private static String resolve(XmlElement association, String reference, String identity, Map<String, String> byXmlId,
            String entity) throws RecordRefusal {
        XmlElement element = association.at(reference);
        if (element == null) {
            throw new RecordRefusal(ErrorCode.REQUIRED, reference, null, reference + " is required");
        }
        String key = element.text(identity);
        if (key != null) {
            return key;
        }
        String ref = element.attribute("ref");
        if (ref == null) {
            throw new RecordRefusal(ErrorCode.REQUIRED, reference + "/" + identity, null, reference + " gives neither " + identity
                    + " nor a ref to an element of the package; lookups are not resolved");
        }
        String resolved = byXmlId.get(ref);
        if (resolved == null) {
            throw new RecordRefusal(ErrorCode.UNKNOWN_REFERENCE, reference + "/@ref", ref, reference + " refers to id " + ref
                    + ", and the package holds no " + entity + " with that id");
        }
        return resolved;
    }
}
