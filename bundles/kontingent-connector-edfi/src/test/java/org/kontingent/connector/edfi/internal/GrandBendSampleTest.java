package org.kontingent.connector.edfi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.connector.edfi.internal.Fixtures.resource;
import static org.kontingent.connector.edfi.internal.Fixtures.student;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kontingent.connector.api.exchange.ExchangePackage;
import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;

/**
 * The Ed-Fi Alliance's Grand Bend sample district, Data Standard 5.2: its whole Student
 * interchange, as published, and a bulk load of it with contacts and enrollments.
 */
class GrandBendSampleTest {
    private final EdFiPackageFormat format = new EdFiPackageFormat();

    private ReadResult read(byte[] bytes, String fileName) throws UnreadablePackageException {
        return format.read(new ByteArrayInputStream(bytes), fileName);
    }

    @Test
    void readsEveryStudentOfTheDistrictWithoutAnError() throws UnreadablePackageException {
        ReadResult read = read(resource("/grand-bend/Student.xml"), "Student.xml");

        List<PersonRecord> persons = read.exchangePackage().persons();
        assertEquals(List.of(), read.errors());
        assertEquals(0, read.unreadable());
        assertEquals(960, persons.size(), "960 Student elements; the 3 Person elements are not persons of the registry");
        assertEquals(960, persons.stream().map(PersonRecord::id).distinct().count());
        assertEquals(494, persons.stream().filter(p -> p.patronymic() != null).count(), "494 students have a MiddleName");
        assertEquals(Map.of("F", 1L, "M", 2L), persons.stream().filter(p -> p.sex() != null)
                .collect(Collectors.groupingBy(PersonRecord::sex, Collectors.counting())), "3 students have a BirthSex");
        assertEquals(0, read.exchangePackage().representatives().size() + read.exchangePackage().memberships().size());
    }

    @Test
    void readsRealStudentsFieldByField() throws UnreadablePackageException {
        Map<String, PersonRecord> byId = read(resource("/grand-bend/Student.xml"), "Student.xml").exchangePackage().persons()
                .stream().collect(Collectors.toMap(PersonRecord::id, Function.identity()));

        assertEquals(student("604821", "Dyer", "Tyrone", null, LocalDate.of(2014, 11, 13), null), byId.get("604821"),
                "the first student; preferred names are not kept");
        assertEquals(student("604822", "Woods", "Lisa", "Sybil", LocalDate.of(2008, 9, 13), null), byId.get("604822"));
        assertEquals(student("604833", "Mac Donald", "Dennis", "Gabriel", LocalDate.of(2014, 5, 24), null), byId.get("604833"),
                "a surname of two words; the generation suffix Jr is not kept");
        assertEquals(student("605263", "Winters", "James", "Jorge", LocalDate.of(2008, 12, 30), "F"), byId.get("605263"),
                "the sex is the BirthSex as recorded");
        assertEquals(student("605780", "Branch", "Adela", "Blanca", LocalDate.of(2008, 9, 9), null), byId.get("605780"),
                "the last student");
    }

    @Test
    void namesEachStudentByFileOrdinalAndLine() throws UnreadablePackageException {
        ReadResult read = read(resource("/grand-bend/Student.xml"), "Student.xml");

        assertEquals("Student.xml, Student 1, line 3", read.place("persons", 0));
        assertEquals("Student.xml, Student 960, line 11124", read.place("persons", 959));
    }

    @Test
    void aBulkLoadLinksStudentsToTheirParentsAndSchool() throws UnreadablePackageException {
        byte[] zip = Fixtures.zip("Student.xml", resource("/grand-bend/Student.xml"), "Contact.xml",
                resource("/excerpts/Contact.xml"), "StudentEnrollment.xml", resource("/excerpts/StudentEnrollment.xml"));

        ReadResult read = read(zip, "grand-bend.zip");

        ExchangePackage records = read.exchangePackage();
        assertEquals(List.of(), read.errors());
        assertEquals(960 + 4, records.persons().size());
        assertEquals(4, records.representatives().size());
        assertEquals(Fixtures.enrolledAtGrandBendElementary(), records.memberships());
        Set<String> persons = records.persons().stream().map(PersonRecord::id).collect(Collectors.toSet());
        assertTrue(records.memberships().stream().map(MembershipRecord::person).allMatch(persons::contains),
                "every enrolled student is a student of the district");
        assertTrue(records.representatives().stream().allMatch(r -> persons.contains(r.learner())
                && persons.contains(r.representative())), "every representative links two persons of the load");
        assertEquals("StudentEnrollment.xml, StudentSchoolAssociation 8, line 190", read.place("memberships", 7));
    }
}
