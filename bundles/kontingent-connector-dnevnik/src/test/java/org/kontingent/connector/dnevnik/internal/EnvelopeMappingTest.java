package org.kontingent.connector.dnevnik.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kontingent.connector.api.exchange.ClassGroupRecord;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.GradeRecord;
import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.exchange.RecordError;
import org.kontingent.connector.api.format.ReadResult;

/** How the answers of the Dnevnik API become exchange records, field by field. */
class EnvelopeMappingTest {

    private static ReadResult read(String envelope) throws Exception {
        return new DnevnikPackageFormat().read(new ByteArrayInputStream(envelope.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static String envelope(String eduGroups, String persons, String users, String lessons, String marks) {
        return """
                {"envelope": "dnevnik/1", "school": "1000002283077", "eduGroups": [%s], "persons": [%s], "users": [%s],
                 "lessons": [%s], "marks": [%s]}""".formatted(eduGroups, persons, users, lessons, marks);
    }

    private static final String CLASS_5A = """
            {"id": 9007199254740992, "id_str": "9007199254740993", "type": "Group", "name": "5А", "parallel": 5, "studyyear": 2026}""";

    /** Each numeric id is what a double makes of its string twin: 2^53 + 1 rounds to 2^53. */
    @Test
    void idsAboveTwoToThe53AreReadFromTheirStringTwinsExactly() throws Exception {
        assertNotEquals(9007199254740993L, (long) Double.parseDouble("9007199254740993"), "the numbers do lose digits as doubles");
        ReadResult read = read(envelope(CLASS_5A, """
                {"id": 18014398509481984, "id_str": "18014398509481985", "userId": 18014398509481988,
                 "userId_str": "18014398509481987", "lastName": "Смирнова", "firstName": "Дарья", "sex": "Female"}""",
                """
                {"id": 18014398509481988, "id_str": "18014398509481987", "birthday": "2015-05-05T00:00:00"}""",
                """
                {"id": 36028797018963968, "id_str": "36028797018963969", "subject": {"id": 11, "name": "Математика"}}""",
                """
                {"id": 72057594037927936, "id_str": "72057594037927937", "person": 18014398509481984,
                 "person_str": "18014398509481985", "lesson": 36028797018963968, "lesson_str": "36028797018963969",
                 "value": "5", "date": "2026-10-01T09:15:00"}"""));
        assertEquals(List.of(), read.errors());
        PersonRecord person = read.exchangePackage().persons().get(0);
        MembershipRecord membership = read.exchangePackage().memberships().get(0);
        GradeRecord grade = read.exchangePackage().grades().get(0);
        assertAll(
                () -> assertEquals("18014398509481985", person.id()),
                () -> assertEquals(LocalDate.of(2015, 5, 5), person.birthDate(), "the user is found by userId_str"),
                () -> assertEquals("9007199254740993", read.exchangePackage().classes().get(0).id()),
                () -> assertEquals("9007199254740993", membership.classGroup()),
                () -> assertEquals("18014398509481985", membership.person()),
                () -> assertEquals("1000002283077/18014398509481985", membership.id()),
                () -> assertEquals("72057594037927937", grade.id()),
                () -> assertEquals("18014398509481985", grade.person()),
                () -> assertEquals("Математика", grade.subject(), "the lesson is found by lesson_str"));
    }

    @Test
    void anIdGivenOnlyAsANumberIsNotTaken() throws Exception {
        ReadResult read = read(envelope(CLASS_5A, """
                {"id": 18014398509481984, "lastName": "Волков", "firstName": "Ян"}""", "", "", ""));
        assertEquals(List.of(), read.exchangePackage().persons());
        assertEquals(2, read.unreadable(), "the person and its membership");
        RecordError error = read.errors().get(0);
        assertEquals(ErrorCode.REQUIRED, error.code());
        assertEquals("id_str", error.field());
        assertEquals("persons[0]", error.record());
    }

    @Test
    void sexIsMaleOrFemaleOfThePersonElseOfItsUser() throws Exception {
        ReadResult read = read(envelope(CLASS_5A, """
                {"id_str": "1", "lastName": "Волков", "firstName": "Ян", "sex": "Male"},
                {"id_str": "2", "lastName": "Смирнова", "firstName": "Дарья", "sex": "Female"},
                {"id_str": "3", "userId_str": "30", "lastName": "Орлова", "firstName": "Алиса"},
                {"id_str": "4", "lastName": "Соколов", "firstName": "Артём"},
                {"id_str": "5", "lastName": "Иванова", "firstName": "Мария", "sex": "Ж"}""", """
                {"id_str": "30", "sex": "Female", "birthday": "2015-02-11T00:00:00"}""", "", ""));
        List<String> sexes = read.exchangePackage().persons().stream().map(PersonRecord::sex).toList();
        assertEquals(java.util.Arrays.asList("M", "F", "F", null), sexes);
        assertEquals(1, read.unreadable());
        RecordError error = read.errors().get(0);
        assertAll(
                () -> assertEquals(ErrorCode.FORMAT, error.code()),
                () -> assertEquals("persons[4] (id 5)", error.record()),
                () -> assertEquals("sex", error.field()),
                () -> assertEquals("Ж", error.value()));
    }

    @Test
    void aClassIsAGroupOfTheSchoolInItsStudyYearAndSubgroupsAreNot() throws Exception {
        ReadResult read = read(envelope(CLASS_5A + """
                , {"id_str": "9007199254740994", "type": "Subgroup", "name": "5А англ. 1", "parallel": 5, "studyyear": 2026,
                   "parentIds_str": ["9007199254740993"]},
                  {"id_str": "9007199254740801", "type": "Group", "name": "4А", "parallel": 4, "studyyear": 2025},
                  {"id_str": "9007199254740802", "type": "Group", "name": "ГПД", "studyyear": 2026}""", """
                {"id_str": "1", "lastName": "Волков", "firstName": "Ян"}""", "", "", ""));
        assertEquals(List.of(new ClassGroupRecord("9007199254740993", "1000002283077", "2026-2027", "5А", 5, null, null, null),
                new ClassGroupRecord("9007199254740801", "1000002283077", "2025-2026", "4А", 4, null, null, null),
                new ClassGroupRecord("9007199254740802", "1000002283077", "2026-2027", "ГПД", null, null, null, null)),
                read.exchangePackage().classes());
        assertEquals(List.of("eduGroups[0]", "eduGroups[2]", "eduGroups[3]"), read.places().get("classes"));
        MembershipRecord membership = read.exchangePackage().memberships().get(0);
        assertAll(
                () -> assertEquals("9007199254740993", membership.classGroup(), "the class of the latest study year"),
                () -> assertEquals(LocalDate.of(2026, 9, 1), membership.startsOn()),
                () -> assertEquals("learner", membership.role()),
                () -> assertNull(membership.endsOn()));
    }

    @Test
    void aClassWithoutAStudyYearOrWithAParallelOutOfRangeIsLeftOut() throws Exception {
        ReadResult read = read(envelope("""
                {"id_str": "1", "type": "Group", "name": "5А", "parallel": 5},
                {"id_str": "2", "type": "Group", "name": "13А", "parallel": 13, "studyyear": 2026}""", "", "", "", ""));
        assertEquals(List.of(), read.exchangePackage().classes());
        assertEquals(List.of(ErrorCode.REQUIRED, ErrorCode.FORMAT), read.errors().stream().map(RecordError::code).toList());
        assertEquals(List.of("studyyear", "parallel"), read.errors().stream().map(RecordError::field).toList());
    }

    @Test
    void marksAreCurrentGradesInTheSubjectOfTheirLessonAndTheAcademicYearOfTheirDay() throws Exception {
        ReadResult read = read(envelope(CLASS_5A, "", "", """
                {"id_str": "101", "subject": {"id_str": "11", "name": "Математика"}},
                {"id_str": "102", "subject": {"id_str": "12", "name": "Физика"}}""", """
                {"id_str": "1", "person_str": "7", "lesson_str": "101", "value": "5", "date": "2027-03-02T10:00:00"},
                {"id_str": "2", "person_str": "7", "lesson_str": "102", "value": "4-", "date": "2026-08-31T10:00:00"},
                {"id_str": "3", "person_str": "7", "lesson_str": "102", "date": "2026-10-01T10:00:00"},
                {"id_str": "4", "person_str": "7", "lesson_str": "102", "value": "3", "date": "01.10.2026"}"""));
        assertEquals(List.of(new GradeRecord("1", "7", "1000002283077", "2026-2027", "Математика", "current", "5",
                LocalDate.of(2027, 3, 2)), new GradeRecord("2", "7", "1000002283077", "2025-2026", "Физика", "current", "4-",
                        LocalDate.of(2026, 8, 31))), read.exchangePackage().grades());
        assertEquals(List.of("value", "date"), read.errors().stream().map(RecordError::field).toList());
        assertEquals(List.of("marks[2] (id 3)", "marks[3] (id 4)"), read.errors().stream().map(RecordError::record).toList());
    }

    @Test
    void anEnvelopeOfAnotherVersionOrWithoutASchoolIsUnreadable() {
        UnreadableAssert.code(ErrorCode.UNSUPPORTED_VERSION, "{\"envelope\": \"dnevnik/2\", \"school\": \"1\"}");
        UnreadableAssert.code(ErrorCode.MALFORMED, "{\"envelope\": \"dnevnik/1\", \"school\": \"Школа №1\"}");
        UnreadableAssert.code(ErrorCode.MALFORMED, "{\"envelope\": \"dnevnik/1\", \"school\": \"1\", \"persons\": {}}");
        UnreadableAssert.code(ErrorCode.MALFORMED, "[1, 2]");
        UnreadableAssert.code(ErrorCode.MALFORMED, "{\"envelope\": \"dnevnik/1\", \"school\": \"1\"} trailing");
        UnreadableAssert.code(ErrorCode.EMPTY, "  ");
    }
}
