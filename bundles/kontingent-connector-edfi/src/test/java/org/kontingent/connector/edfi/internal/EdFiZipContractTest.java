package org.kontingent.connector.edfi.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.kontingent.connector.edfi.internal.Fixtures.contact;
import static org.kontingent.connector.edfi.internal.Fixtures.resource;
import static org.kontingent.connector.edfi.internal.Fixtures.student;

import java.time.LocalDate;
import java.util.List;

import org.kontingent.connector.api.exchange.ExchangePackage;
import org.kontingent.connector.api.exchange.RepresentativeRecord;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.testkit.PackageFormatContract;

/**
 * The Ed-Fi connector keeps the testkit's contract on a zip of three Grand Bend interchanges
 * (students, contacts, enrollments) and on a Student interchange with broken students.
 */
class EdFiZipContractTest extends PackageFormatContract {

    @Override
    protected PackageFormat format() {
        return new EdFiPackageFormat();
    }

    @Override
    protected Sample sample() {
        byte[] zip = Fixtures.zip("Student.xml", resource("/excerpts/Student.xml"), "Contact.xml",
                resource("/excerpts/Contact.xml"), "StudentEnrollment.xml", resource("/excerpts/StudentEnrollment.xml"));
        String montoyas = "734 East Fabien Drive, Grand Bend, TX, 78834";
        return new Sample(zip, "grand-bend.zip", new ExchangePackage("1.0", List.of(
                student("605263", "Winters", "James", "Jorge", LocalDate.of(2008, 12, 30), "F"),
                student("605771", "Elliott", "Harold", "Roberto", LocalDate.of(2012, 4, 14), null),
                student("605774", "Montoya", "Julio", "Alan", LocalDate.of(2008, 8, 15), null),
                contact("contact:779548", "Becker", "Gwendolyn", "F", "31 Milton Street, Grand Bend, TX, 78834",
                        "(950) 214 5362", null),
                contact("contact:779644", "Nielsen", "Allen", "M", "43 Green Fabien Freeway, Grand Bend, TX, 78834",
                        "(950) 169 5761", null),
                contact("contact:777977", "Montoya", "Matilda", "F", montoyas, "(950) 978 2445", null),
                contact("contact:778601", "Montoya", "Ronald", "M", montoyas, "(950) 800 7659", "Ronald.Montoya@example4.com")),
                List.of(new RepresentativeRecord("605771", "contact:779548", "mother"),
                        new RepresentativeRecord("605771", "contact:779644", "father"),
                        new RepresentativeRecord("605774", "contact:777977", "mother"),
                        new RepresentativeRecord("605774", "contact:778601", "father")),
                null, Fixtures.enrolledAtGrandBendElementary(), null, null));
    }

    @Override
    protected Broken broken() {
        return new Broken(resource("/broken/Student.xml"), "Student.xml", 3, new ExchangePackage("1.0", List.of(
                student("604821", "Dyer", "Tyrone", null, LocalDate.of(2014, 11, 13), null),
                student("605771", "Elliott", "Harold", "Roberto", LocalDate.of(2012, 4, 14), null)),
                null, null, null, null, null));
    }

    @Override
    protected byte[] malformed() {
        return "{\"persons\": [{\"id\": \"605771\"}]}".getBytes(UTF_8);
    }
}
