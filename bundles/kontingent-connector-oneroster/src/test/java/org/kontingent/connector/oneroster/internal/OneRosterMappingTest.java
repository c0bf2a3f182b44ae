package org.kontingent.connector.oneroster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.api.exchange.RecordError;
import org.kontingent.connector.api.exchange.RepresentativeRecord;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;

/** The mapping rules of the OneRoster connector, on the sample package with rows added. */
class OneRosterMappingTest {
    private static final String ENROLLMENTS = "enrollments.csv";
    private static final String CLASSES = "classes.csv";
    private static final String USERS = "users.csv";

    private final OneRosterPackageFormat format = new OneRosterPackageFormat();

    private ReadResult read(Roster roster) throws UnreadablePackageException {
        return format.read(new ByteArrayInputStream(roster.zip()), "roster.zip");
    }

    private static Roster sample() {
        return Roster.folder("sample");
    }

    private MembershipRecord membershipOf(ReadResult read, String id) {
        return read.exchangePackage().memberships().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no membership " + id + " in " + read.exchangePackage().memberships()));
    }

    private static RecordError onlyError(ReadResult read) {
        assertEquals(1, read.errors().size(), "one refusal: " + read.errors());
        return read.errors().get(0);
    }

    @Test
    void theBrokenPackageRefusesEachRowWithItsCode() throws UnreadablePackageException {
        Map<String, ErrorCode> refusals = new LinkedHashMap<>();
        read(Roster.folder("broken")).errors().forEach(e -> refusals.put(e.record(), e.code()));

        Map<String, ErrorCode> expected = new LinkedHashMap<>();
        expected.put("users.csv, line 3 (sourcedId st-1003)", ErrorCode.REQUIRED);
        expected.put("users.csv, line 4 (sourcedId st-1004)", ErrorCode.FORMAT);
        expected.put("users.csv, line 5 (sourcedId st-1005)", ErrorCode.FORMAT);
        expected.put("users.csv, line 6 (sourcedId st-1006)", ErrorCode.FORMAT);
        expected.put("users.csv, line 7 (sourcedId st-1001)", ErrorCode.REPEATED_IN_PACKAGE);
        expected.put("users.csv, line 2 (sourcedId st-1001), agent p-9999", ErrorCode.UNKNOWN_REFERENCE);
        expected.put("classes.csv, line 3 (sourcedId cls-5b)", ErrorCode.UNKNOWN_REFERENCE);
        expected.put("enrollments.csv, line 3 (sourcedId e-2)", ErrorCode.UNKNOWN_REFERENCE);
        expected.put("enrollments.csv, line 4 (sourcedId e-3)", ErrorCode.CLASS_OF_OTHER_ORGANIZATION);
        expected.put("enrollments.csv, line 5 (sourcedId e-4)", ErrorCode.INVALID_VALUE);
        assertEquals(expected, refusals);
    }

    @Test
    void aRefusalNamesTheFieldAndTheValueReceived() throws UnreadablePackageException {
        RecordError birthDate = read(Roster.folder("broken")).errors().stream()
                .filter(e -> e.record().startsWith("users.csv, line 6")).findFirst().orElseThrow();

        assertEquals("birthDate", birthDate.field());
        assertEquals("06.06.2015", birthDate.value());
    }

    @Test
    void eachRecordIsPlacedByFileAndLine() throws UnreadablePackageException {
        ReadResult read = read(sample());

        assertEquals(List.of("users.csv, line 2", "users.csv, line 3", "users.csv, line 4", "users.csv, line 5",
                "users.csv, line 6"), List.of(0, 1, 2, 3, 4).stream().map(i -> read.place("persons", i)).toList(),
                "the teacher on line 7 is not a person the registry takes from a roster");
        assertEquals("users.csv, line 2, agent p-2001", read.place("representatives", 0));
        assertEquals("users.csv, line 5, agent g-3001", read.place("representatives", 2),
                "a pair named from both sides is read where it is first named");
        assertEquals("classes.csv, line 3", read.place("classes", 1));
        assertEquals("enrollments.csv, lines 2, 3", read.place("memberships", 0),
                "the two class enrollments of a student form one membership");
        assertEquals("enrollments.csv, line 4", read.place("memberships", 1));
    }

    @Test
    void aTransferBetweenHomeroomsKeepsTheLaterClass() throws UnreadablePackageException {
        ReadResult read = read(sample()
                .plus(CLASSES, "cls-5b,,,5Б,05,c-hr5,5B,homeroom,каб. 22,sch-1,t2-2027,,,")
                .with(ENROLLMENTS, "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,"
                        + "beginDate,endDate\n"
                        + "e-1,,,cls-5a,sch-1,st-1001,student,,2026-09-01,2027-01-11\n"
                        + "e-2,,,cls-5b,sch-1,st-1001,student,,2027-01-11,\n"));

        assertEquals(new MembershipRecord("st-1001/sch-1/2026-2027", "st-1001", "sch-1", "learner", LocalDate.of(2026, 9, 1),
                null, null, null, null, null, "cls-5b"), membershipOf(read, "st-1001/sch-1/2026-2027"));
    }

    @Test
    void aMembershipEndsWhenEveryEnrollmentHasEnded() throws UnreadablePackageException {
        ReadResult read = read(sample().with(ENROLLMENTS, "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,"
                + "userSourcedId,role,primary,beginDate,endDate\n"
                + "e-1,,,cls-5a,sch-1,st-1001,student,,2026-09-01,2027-03-15\n"
                + "e-2,,,cls-math5,sch-1,st-1001,student,,2026-09-01,2027-03-16\n"
                + "e-3,,,cls-5a,sch-1,st-1002,student,,2026-09-01,2027-03-15\n"
                + "e-4,,,cls-math5,sch-1,st-1002,student,,2026-09-01,\n"));

        MembershipRecord left = membershipOf(read, "st-1001/sch-1/2026-2027");
        assertEquals(LocalDate.of(2027, 3, 16), left.endsOn(), "the latest endDate, exclusive as the registry's end");
        assertEquals("other", left.leavingReason(), "OneRoster gives no reason");
        MembershipRecord staying = membershipOf(read, "st-1002/sch-1/2026-2027");
        assertNull(staying.endsOn(), "one class still goes on");
        assertNull(staying.leavingReason());
    }

    @Test
    void eachSchoolYearIsAMembershipOfItsOwn() throws UnreadablePackageException {
        ReadResult read = read(sample()
                .plus("academicSessions.csv", "y2028,,,2027-2028 учебный год,schoolYear,2027-09-01,2028-05-31,,2028")
                .plus(CLASSES, "cls-6a,,,6А,06,c-hr5,6A,homeroom,каб. 21,sch-1,y2028,,,")
                .plus(ENROLLMENTS, "e-5,,,cls-6a,sch-1,st-1001,student,,2027-09-01,"));

        assertEquals(new MembershipRecord("st-1001/sch-1/2027-2028", "st-1001", "sch-1", "learner", LocalDate.of(2027, 9, 1),
                null, null, null, null, null, "cls-6a"), membershipOf(read, "st-1001/sch-1/2027-2028"));
        assertEquals("cls-5a", membershipOf(read, "st-1001/sch-1/2026-2027").classGroup());
    }

    @Test
    void severalScheduledClassesWithoutAHomeroomGiveNoClass() throws UnreadablePackageException {
        ReadResult read = read(sample()
                .plus(CLASSES, "cls-rus5,,,Русский язык 5,05,c-math5,R5,scheduled,каб. 15,sch-1,y2027,,,")
                .plus(ENROLLMENTS, "e-5,,,cls-rus5,sch-1,st-1002,student,,2026-09-02,"));

        MembershipRecord membership = membershipOf(read, "st-1002/sch-1/2026-2027");
        assertNull(membership.classGroup());
        assertEquals(LocalDate.of(2026, 9, 1), membership.startsOn(), "the math class began with its first term");
    }

    @Test
    void classesTakeTheirGradeAndAcademicYear() throws UnreadablePackageException {
        ReadResult read = read(sample()
                .plus(CLASSES, "cls-k,,,Подготовительная группа,KG,c-hr5,K,homeroom,,sch-1,y2027,,,",
                        "cls-mix,,,Кружок,\"04,05\",c-hr5,X,scheduled,,sch-1,y2027,,,",
                        "cls-two,,,Два года,05,c-hr5,T,scheduled,,sch-1,\"t1-2027,y2028\",,,")
                .plus("academicSessions.csv", "y2028,,,2027-2028,schoolYear,2027-09-01,2028-05-31,,2028"));

        assertEquals(0, read.exchangePackage().classes().get(2).grade(), "KG is the parallel 0");
        assertNull(read.exchangePackage().classes().get(3).grade(), "a class of several grades has no parallel");
        assertEquals("2026-2027", read.exchangePackage().classes().get(3).academicYear());
        RecordError twoYears = onlyError(read);
        assertEquals(ErrorCode.INVALID_VALUE, twoYears.code());
        assertEquals("classes.csv, line 6 (sourcedId cls-two)", twoYears.record());
    }

    @Test
    void aParentWithoutSexIsAnOtherRepresentativeAndARelativeIsNone() throws UnreadablePackageException {
        ReadResult read = read(sample().plus(USERS,
                "st-1007,,,true,sch-1,student,lee.m,,Мария,Ли,,1007,,,,\"p-2007,r-4007\",05,",
                "p-2007,,,true,sch-1,parent,lee.s,,Саша,Ли,,,,,,,,",
                "r-4007,,,true,sch-1,relative,lee.g,,Галина,Ли,,,,,,,,"));

        assertEquals(new RepresentativeRecord("st-1007", "p-2007", "other"), read.exchangePackage().representatives().get(3));
        RecordError relative = onlyError(read);
        assertEquals(ErrorCode.DICTIONARY, relative.code());
        assertEquals("r-4007", relative.value());
        assertEquals("users.csv, line 8 (sourcedId st-1007), agent r-4007", relative.record());
    }

    @Test
    void aRowToBeDeletedIsRefusedAndRolesAreReadInAnyCase() throws UnreadablePackageException {
        ReadResult read = read(sample().plus(USERS,
                "st-1008,tobedeleted,2027-01-10T10:00:00Z,true,sch-1,student,x,,Ира,Кузнецова,,,,,,,05,",
                "st-1009,active,2027-01-10T10:00:00Z,true,sch-1,Student,y,,Илья,Кузнецов,,,,,,,05,"));

        RecordError deleted = onlyError(read);
        assertEquals(ErrorCode.INVALID_VALUE, deleted.code());
        assertEquals("status", deleted.field());
        assertEquals("st-1009", read.exchangePackage().persons().get(5).id());
    }

    @Test
    void aSexTheRegistryDoesNotRecordIsUnknownAndAnotherValueIsRefused() throws UnreadablePackageException {
        ReadResult read = read(sample()
                .plus(USERS, "st-1010,,,true,sch-1,student,a,,Саша,Белых,,,,,,,05,",
                        "st-1011,,,true,sch-1,student,b,,Женя,Белых,,,,,,,05,")
                .plus("demographics.csv", "st-1010,,,2015-01-01,unspecified,,,,,,,,,,,",
                        "st-1011,,,2015-01-01,m,,,,,,,,,,,"));

        assertNull(read.exchangePackage().persons().get(5).sex());
        RecordError sex = onlyError(read);
        assertEquals(ErrorCode.DICTIONARY, sex.code());
        assertEquals("m", sex.value());
    }
}
