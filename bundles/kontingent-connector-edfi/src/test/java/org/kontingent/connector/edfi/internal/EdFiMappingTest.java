package org.kontingent.connector.edfi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.kontingent.connector.edfi.internal.Interchange.contact;
import static org.kontingent.connector.edfi.internal.Interchange.contactAssociation;
import static org.kontingent.connector.edfi.internal.Interchange.of;
import static org.kontingent.connector.edfi.internal.Interchange.schoolAssociation;
import static org.kontingent.connector.edfi.internal.Interchange.student;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.exchange.RecordError;
import org.kontingent.connector.api.exchange.RepresentativeRecord;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;

/** The mapping rules of the Ed-Fi connector, one small interchange each. */
class EdFiMappingTest {
    private static final String ENROLLMENT = "InterchangeStudentEnrollment";
    private static final String CONTACTS = "InterchangeContact";

    private final EdFiPackageFormat format = new EdFiPackageFormat();

    private ReadResult read(byte[] bytes) throws UnreadablePackageException {
        return format.read(new ByteArrayInputStream(bytes), "test.xml");
    }

    private MembershipRecord exit(String exit) throws UnreadablePackageException {
        ReadResult read = read(of(ENROLLMENT, schoolAssociation("605771", "255901107", "2021-08-23", exit)));
        assertEquals(List.of(), read.errors());
        return read.exchangePackage().memberships().get(0);
    }

    private RecordError onlyError(byte[] bytes) throws UnreadablePackageException {
        ReadResult read = read(bytes);
        assertEquals(1, read.unreadable(), "one entity refused: " + read.errors());
        assertEquals(0, read.exchangePackage().size(), "nothing else in the package");
        return read.errors().get(0);
    }

    @Test
    void anExitEndsTheMembershipTheDayAfterItsInclusiveDate() throws UnreadablePackageException {
        MembershipRecord left = exit("<ExitWithdrawDate>2022-01-14</ExitWithdrawDate>"
                + "<ExitWithdrawType>uri://ed-fi.org/ExitWithdrawTypeDescriptor#Transferred</ExitWithdrawType>");

        assertEquals(new MembershipRecord("605771/255901107/2021-08-23", "605771", "255901107", "learner",
                LocalDate.of(2021, 8, 23), LocalDate.of(2022, 1, 15), null, null, "transfer-within-region", null, null), left);
    }

    @ParameterizedTest
    @CsvSource({
        "uri://ed-fi.org/ExitWithdrawTypeDescriptor#Graduated, graduation",
        "uri://ed-fi.org/ExitWithdrawTypeDescriptor#Completed, graduation",
        "uri://ed-fi.org/ExitWithdrawTypeDescriptor#Expelled, expelled",
        "uri://ed-fi.org/ExitWithdrawTypeDescriptor#Involuntarily Removed, expelled",
        "uri://ed-fi.org/ExitWithdrawTypeDescriptor#Withdrawn, parents-request",
        "uri://ed-fi.org/ExitWithdrawTypeDescriptor#Died or is permanently incapacitated, other",
        "uri://ed-fi.org/ExitWithdrawTypeDescriptor#End of school year, other",
        "uri://ed-fi.org/ExitWithdrawTypeDescriptor#Other, other",
        "uri://tea.texas.gov/ExitWithdrawTypeDescriptor#graduated, graduation"
    })
    void anExitTypeMapsToALeavingReason(String exitType, String reason) throws UnreadablePackageException {
        MembershipRecord left = exit("<ExitWithdrawDate>2022-05-27</ExitWithdrawDate><ExitWithdrawType>" + exitType
                + "</ExitWithdrawType>");

        assertEquals(reason, left.leavingReason());
    }

    @Test
    void anExitWithoutItsTypeHasTheReasonOther() throws UnreadablePackageException {
        assertEquals("other", exit("<ExitWithdrawDate>2022-05-27</ExitWithdrawDate>").leavingReason());
    }

    @Test
    void anExitTypeOutsideTheStandardIsRefused() throws UnreadablePackageException {
        RecordError error = onlyError(of(ENROLLMENT, schoolAssociation("605771", "255901107", "2021-08-23",
                "<ExitWithdrawDate>2022-05-27</ExitWithdrawDate>"
                        + "<ExitWithdrawType>uri://ed-fi.org/ExitWithdrawTypeDescriptor#Moved to Mars</ExitWithdrawType>")));

        assertEquals(new RecordError(ErrorCode.DICTIONARY, "test.xml, StudentSchoolAssociation 1, line 3 (student 605771)",
                "ExitWithdrawType", "uri://ed-fi.org/ExitWithdrawTypeDescriptor#Moved to Mars", error.message()), error);
    }

    @Test
    void anExitTypeWithoutItsDateIsRefused() throws UnreadablePackageException {
        RecordError error = onlyError(of(ENROLLMENT, schoolAssociation("605771", "255901107", "2021-08-23",
                "<ExitWithdrawType>uri://ed-fi.org/ExitWithdrawTypeDescriptor#Graduated</ExitWithdrawType>")));

        assertEquals(ErrorCode.REQUIRED, error.code());
        assertEquals("ExitWithdrawDate", error.field());
    }

    @Test
    void anExitBeforeTheEntryIsRefused() throws UnreadablePackageException {
        RecordError error = onlyError(of(ENROLLMENT, schoolAssociation("605771", "255901107", "2021-08-23",
                "<ExitWithdrawDate>2021-08-22</ExitWithdrawDate>")));

        assertEquals(ErrorCode.INVALID_VALUE, error.code());
        assertEquals("2021-08-22", error.value());
    }

    @Test
    void aSchoolReferencedByIdIsNamedByItsSchoolId() throws UnreadablePackageException {
        String association = "<StudentSchoolAssociation><StudentReference><StudentIdentity><StudentUniqueId>605771"
                + "</StudentUniqueId></StudentIdentity></StudentReference><SchoolReference ref=\"SCOL_255901107\"/>"
                + "<EntryDate>2021-08-23</EntryDate></StudentSchoolAssociation>";
        byte[] zip = Fixtures.zip("EducationOrganization.xml", of("InterchangeEducationOrganization",
                "<School id=\"SCOL_255901107\"><SchoolId>255901107</SchoolId>"
                        + "<NameOfInstitution>Grand Bend Elementary School</NameOfInstitution></School>"),
                "StudentEnrollment.xml", of(ENROLLMENT, association, association.replace("SCOL_255901107", "SCOL_1")));

        ReadResult read = format.read(new ByteArrayInputStream(zip), "load.zip");

        assertEquals("255901107", read.exchangePackage().memberships().get(0).organization());
        assertEquals(1, read.errors().size());
        assertEquals(ErrorCode.UNKNOWN_REFERENCE, read.errors().get(0).code());
        assertEquals("SCOL_1", read.errors().get(0).value());
        assertEquals("StudentEnrollment.xml, StudentSchoolAssociation 2, line 4 (student 605771)", read.errors().get(0).record());
    }

    @Test
    void aStudentTakesSexPhoneMailAndAddressFromItsEducationOrganizationAssociation() throws UnreadablePackageException {
        String association = "<StudentEducationOrganizationAssociation><StudentReference><StudentIdentity><StudentUniqueId>"
                + "605771</StudentUniqueId></StudentIdentity></StudentReference><EducationOrganizationReference>"
                + "<EducationOrganizationIdentity><EducationOrganizationId>255901</EducationOrganizationId>"
                + "</EducationOrganizationIdentity></EducationOrganizationReference>"
                + "<Sex>uri://ed-fi.org/SexDescriptor#Male</Sex>"
                + "<Address><StreetNumberName>31 Milton Street</StreetNumberName><City>Grand Bend</City>"
                + "<StateAbbreviation>uri://ed-fi.org/StateAbbreviationDescriptor#TX</StateAbbreviation>"
                + "<PostalCode>78834</PostalCode><AddressType>uri://ed-fi.org/AddressTypeDescriptor#Home</AddressType></Address>"
                + "<Telephone><TelephoneNumber>(950) 214 5362</TelephoneNumber></Telephone>"
                + "<ElectronicMail><ElectronicMailAddress>harold@example.org</ElectronicMailAddress></ElectronicMail>"
                + "</StudentEducationOrganizationAssociation>";
        byte[] zip = Fixtures.zip("Student.xml", of("InterchangeStudent",
                student("605771", "Harold", "Elliott", "<BirthDate>2012-04-14</BirthDate>")),
                "StudentEnrollment.xml", of(ENROLLMENT, association));

        ReadResult read = format.read(new ByteArrayInputStream(zip), "load.zip");

        assertEquals(List.of(new PersonRecord("605771", "Elliott", "Harold", null, LocalDate.of(2012, 4, 14), "M", null, null,
                null, null, "31 Milton Street, Grand Bend, TX, 78834", "(950) 214 5362", "harold@example.org", List.of())),
                read.exchangePackage().persons());
    }

    @Test
    void theBirthSexComesBeforeTheSexOfAnAssociation() throws UnreadablePackageException {
        String association = "<StudentEducationOrganizationAssociation><StudentReference><StudentIdentity><StudentUniqueId>"
                + "605263</StudentUniqueId></StudentIdentity></StudentReference>"
                + "<Sex>uri://ed-fi.org/SexDescriptor#Male</Sex></StudentEducationOrganizationAssociation>";
        byte[] zip = Fixtures.zip("Student.xml", of("InterchangeStudent", student("605263", "James", "Winters",
                "<BirthDate>2008-12-30</BirthDate><BirthSex>uri://ed-fi.org/SexDescriptor#Female</BirthSex>")),
                "StudentEnrollment.xml", of(ENROLLMENT, association));

        assertEquals("F", format.read(new ByteArrayInputStream(zip), "load.zip").exchangePackage().persons().get(0).sex());
    }

    @Test
    void aSexTheRegistryDoesNotRecordLeavesItUnknown() throws UnreadablePackageException {
        ReadResult read = read(of("InterchangeStudent", student("605263", "James", "Winters",
                "<BirthDate>2008-12-30</BirthDate><BirthSex>uri://ed-fi.org/SexDescriptor#Not Selected</BirthSex>")));

        assertNull(read.exchangePackage().persons().get(0).sex());
    }

    @Test
    void aSexOutsideTheStandardIsRefused() throws UnreadablePackageException {
        RecordError error = onlyError(of("InterchangeStudent", student("605263", "James", "Winters",
                "<BirthDate>2008-12-30</BirthDate><BirthSex>uri://ed-fi.org/SexDescriptor#X</BirthSex>")));

        assertEquals(new RecordError(ErrorCode.DICTIONARY, "test.xml, Student 1, line 3 (StudentUniqueId 605263)",
                "BirthData/BirthSex", "uri://ed-fi.org/SexDescriptor#X", error.message()), error);
    }

    @Test
    void aParentIsMotherOrFatherByTheContactsSex() throws UnreadablePackageException {
        ReadResult read = read(of(CONTACTS, contact("P1", "779548", "Gwendolyn", "Becker", "Female"),
                contact("P2", "779644", "Allen", "Nielsen", "Male"), contact("P3", "779000", "Sam", "Lee", "Not Selected"),
                contactAssociation("605771", "<ContactReference ref=\"P1\"/>", "<Relation>#Parent</Relation>"),
                contactAssociation("605771", "<ContactReference ref=\"P2\"/>", "<Relation>#Parent</Relation>"),
                contactAssociation("605772", "<ContactReference ref=\"P3\"/>", "<Relation>#Parent</Relation>")));

        assertEquals(List.of(new RepresentativeRecord("605771", "contact:779548", "mother"),
                new RepresentativeRecord("605771", "contact:779644", "father"),
                new RepresentativeRecord("605772", "contact:779000", "other")), read.exchangePackage().representatives());
    }

    @Test
    void anyRelationOfALegalGuardianIsAGuardian() throws UnreadablePackageException {
        ReadResult read = read(of(CONTACTS, contactAssociation("605771",
                "<ContactReference><ContactIdentity><ContactUniqueId>778000</ContactUniqueId></ContactIdentity></ContactReference>",
                "<Relation>uri://ed-fi.org/RelationDescriptor#Grandmother</Relation><LegalGuardian>true</LegalGuardian>")));

        assertEquals(List.of(new RepresentativeRecord("605771", "contact:778000", "guardian")),
                read.exchangePackage().representatives());
    }

    @Test
    void aContactWhoIsNoLegalRepresentativeIsRefused() throws UnreadablePackageException {
        RecordError error = onlyError(of(CONTACTS, contactAssociation("605771",
                "<ContactReference><ContactIdentity><ContactUniqueId>778000</ContactUniqueId></ContactIdentity></ContactReference>",
                "<Relation>uri://ed-fi.org/RelationDescriptor#Mother, step</Relation><EmergencyContactStatus>true"
                        + "</EmergencyContactStatus>")));

        assertEquals(ErrorCode.DICTIONARY, error.code());
        assertEquals("Relation", error.field());
        assertEquals("uri://ed-fi.org/RelationDescriptor#Mother, step", error.value());
    }
}
