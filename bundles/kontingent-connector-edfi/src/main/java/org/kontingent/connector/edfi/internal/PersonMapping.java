package org.kontingent.connector.edfi.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.support.RecordRefusal;

/**
 * Students and contacts as persons. Names: LastSurname is the surname, FirstName the name and
 * MiddleName the patronymic (the third part of the name; Ed-Fi has no patronymic), each refused
 * unless it is letters, spaces, hyphens, apostrophes and dots; GenerationCodeSuffix, titles and
 * preferred names are not kept.
 */
final class PersonMapping {
    /**
     * Ed-Fi keys contacts apart from students, so a contact's id carries this prefix: a
     * ContactUniqueId equal to a StudentUniqueId never names the learner.
     */
    static final String CONTACT_ID_PREFIX = "contact:";

    /** Address types that tell where a person lives, the most telling first. */
    private static final List<String> RESIDENCE = List.of("home", "physical", "temporary");

    private PersonMapping() {
    }

    /**
     * A Student. The sex is BirthData/BirthSex, or else the Sex of the student's
     * StudentEducationOrganizationAssociation in the package, which also gives the phone, e-mail
     * and residence address (Ed-Fi 5 keeps them there, not on the Student).
     *
     * @param association the student's StudentEducationOrganizationAssociation, or null
     */
    static PersonRecord student(XmlElement student, XmlElement association) throws RecordRefusal {
        String id = Values.required(student, "StudentUniqueId");
        String surname = Values.name("Name/LastSurname", Values.required(student, "Name/LastSurname"));
        String name = Values.name("Name/FirstName", Values.required(student, "Name/FirstName"));
        String patronymic = Values.name("Name/MiddleName", student.text("Name/MiddleName"));
        LocalDate birthDate = Values.date("BirthData/BirthDate", Values.required(student, "BirthData/BirthDate"));
        String sex = Descriptors.sex("BirthData/BirthSex", student.text("BirthData/BirthSex"));
        if (association == null) {
            return new PersonRecord(id, surname, name, patronymic, birthDate, sex, null, null, birthplace(student), null, null,
                    null, null, List.of());
        }
        if (sex == null) {
            sex = Descriptors.sex("StudentEducationOrganizationAssociation/Sex", association.text("Sex"));
        }
        return new PersonRecord(id, surname, name, patronymic, birthDate, sex, null, null, birthplace(student), null,
                residence(association), phone(association), email(association), List.of());
    }

    /** A Contact: a parent, guardian or other person a student is associated with. Ed-Fi keeps no birth date for them. */
    static PersonRecord contact(XmlElement contact) throws RecordRefusal {
        String id = contactId(Values.required(contact, "ContactUniqueId"));
        String surname = Values.name("Name/LastSurname", Values.required(contact, "Name/LastSurname"));
        String name = Values.name("Name/FirstName", Values.required(contact, "Name/FirstName"));
        String patronymic = Values.name("Name/MiddleName", contact.text("Name/MiddleName"));
        String sex = Descriptors.sex("Sex", contact.text("Sex"));
        return new PersonRecord(id, surname, name, patronymic, null, sex, null, null, null, null, residence(contact),
                phone(contact), email(contact), List.of());
    }

    /** The person id of a contact. */
    static String contactId(String contactUniqueId) {
        return CONTACT_ID_PREFIX + contactUniqueId;
    }

    /** BirthCity, state and country, as far as given: Grand Bend, TX, US. */
    private static String birthplace(XmlElement student) {
        return joined(student.text("BirthData/BirthCity"), code(student.text("BirthData/BirthStateAbbreviation")),
                code(student.text("BirthData/BirthCountry")));
    }

    /** The first telephone by OrderOfPriority (those without one last). */
    private static String phone(XmlElement person) {
        return person.children("Telephone").stream()
                .filter(t -> t.text("TelephoneNumber") != null)
                .min(Comparator.comparingInt(PersonMapping::priority))
                .map(t -> t.text("TelephoneNumber"))
                .orElse(null);
    }

    private static int priority(XmlElement telephone) {
        String order = telephone.text("OrderOfPriority");
        return order != null && order.matches("\\d{1,9}") ? Integer.parseInt(order) : Integer.MAX_VALUE;
    }

    private static String email(XmlElement person) {
        return person.children("ElectronicMail").stream().map(m -> m.text("ElectronicMailAddress")).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    /** The Home address, else the Physical, else the Temporary one: street, apartment, city, state, postal code. */
    private static String residence(XmlElement person) {
        List<XmlElement> addresses = person.children("Address");
        for (String type : RESIDENCE) {
            for (XmlElement address : addresses) {
                String addressType = address.text("AddressType");
                if (addressType != null && Descriptors.codeValue(addressType).equals(type)) {
                    return joined(address.text("StreetNumberName"), address.text("ApartmentRoomSuiteNumber"),
                            address.text("City"), code(address.text("StateAbbreviation")), address.text("PostalCode"));
                }
            }
        }
        return null;
    }

    /** A descriptor's code value as written: TX of uri://ed-fi.org/StateAbbreviationDescriptor#TX. */
    private static String code(String descriptor) {
        return descriptor == null ? null : descriptor.substring(descriptor.lastIndexOf('#') + 1).strip();
    }

    private static String joined(String... parts) {
        String text = Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(", "));
        return text.isEmpty() ? null : text;
    }
}
