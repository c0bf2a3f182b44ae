package org.kontingent.connector.netschool.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kontingent.connector.api.exchange.ClassGroupRecord;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.GradeRecord;
import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.exchange.RecordError;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;

/** How the answers of the NetSchool Web API become exchange records, field by field. */
class EnvelopeMappingTest {
    private static final String YEAR = "{\"id\": 34, \"name\": \"2026/2027\", \"startDate\": \"2026-09-01T00:00:00\"}";

    private static ReadResult read(String classes, String students, String marks) throws Exception {
        return read("""
                {"envelope": "netschool/1", "school": "1001", "year": %s, "classes": [%s], "students": [%s], "marks": [%s]}"""
                .formatted(YEAR, classes, students, marks));
    }

    private static ReadResult read(String envelope) throws Exception {
        return new NetSchoolPackageFormat().read(new ByteArrayInputStream(envelope.getBytes(StandardCharsets.UTF_8)), "t.json");
    }

    private static String student(String id, String gender, String leaving) {
        return """
                {"studentId": %s, "lastName": "Кузнецова", "firstName": "Анна", "birthDate": "2015-03-14T00:00:00",
                 "gender": %s, "classId": 7301, "enrollment": {"id": 5%s, "date": "2026-09-01T00:00:00"}, "leaving": %s}"""
                .formatted(id, gender, id, leaving);
    }

    @Test
    void idsAreTheDigitsTheApiWroteEvenAbove2To53() throws Exception {
        ReadResult read = read("{\"id\": 9007199254740993, \"name\": \"5А\", \"grade\": 5}", student("18014398509481985",
                "\"Ж\"", "null"), "{\"id\": 36028797018963969, \"studentId\": 18014398509481985, \"subjectName\": \"Физика\","
                        + " \"mark\": 5, \"date\": \"2026-10-01T00:00:00\"}");
        assertEquals(List.of(), read.errors());
        assertAll(
                () -> assertEquals("9007199254740993", read.exchangePackage().classes().get(0).id()),
                () -> assertEquals("18014398509481985", read.exchangePackage().persons().get(0).id()),
                () -> assertEquals("518014398509481985", read.exchangePackage().memberships().get(0).id()),
                () -> assertEquals("36028797018963969", read.exchangePackage().grades().get(0).id()),
                () -> assertEquals("18014398509481985", read.exchangePackage().grades().get(0).person()));
    }

    @Test
    void genderCyrillicEmIsMAndZheIsF() throws Exception {
        ReadResult read = read("", String.join(",", student("1", "\"М\"", "null"), student("2", "\"Ж\"", "null"),
                student("3", "null", "null"), student("4", "\"male\"", "null")), "");
        assertEquals(Arrays.asList("M", "F", null), read.exchangePackage().persons().stream().map(PersonRecord::sex).toList());
        RecordError error = read.errors().get(0);
        assertEquals(List.of(ErrorCode.FORMAT, "gender", "male", "students[3] (id 4)"),
                List.of(error.code(), error.field(), error.value(), error.record()));
        assertEquals(4, read.exchangePackage().memberships().size(), "the enrollment is read without the person");
    }

    @Test
    void aClassCountsInTheEnvelopesSchoolYear() throws Exception {
        ReadResult read = read("{\"id\": 7301, \"name\": \"5А\", \"grade\": 5}, {\"id\": 7390, \"name\": \"ГКП\"},"
                + " {\"id\": 7399, \"name\": \"13А\", \"grade\": 13}", "", "");
        assertEquals(List.of(new ClassGroupRecord("7301", "1001", "2026-2027", "5А", 5, null, null, null),
                new ClassGroupRecord("7390", "1001", "2026-2027", "ГКП", null, null, null, null)),
                read.exchangePackage().classes());
        assertEquals("grade", read.errors().get(0).field());
    }

    @Test
    void aLeavingEndsTheMembershipWithItsReasonInTheDictionary() throws Exception {
        ReadResult read = read("", String.join(",",
                student("1", "\"Ж\"", "{\"date\": \"2026-11-16T00:00:00\", \"reason\": \"MovedAbroad\"}"),
                student("2", "\"Ж\"", "{\"date\": \"2026-11-16T00:00:00\", \"reason\": \"Переезд\"}"),
                student("3", "\"Ж\"", "{\"date\": \"2026-11-16T00:00:00\", \"reason\": \"Expelled\", \"orderNumber\": \"5\"}")),
                "");
        MembershipRecord left = read.exchangePackage().memberships().get(0);
        assertAll(
                () -> assertEquals(LocalDate.of(2026, 11, 16), left.endsOn()),
                () -> assertEquals("moved-abroad", left.leavingReason()),
                () -> assertNull(left.leavingOrder()),
                () -> assertEquals(LocalDate.of(2026, 9, 1), left.startsOn()),
                () -> assertEquals("7301", left.classGroup()));
        assertEquals(List.of(ErrorCode.DICTIONARY, ErrorCode.REQUIRED), read.errors().stream().map(RecordError::code).toList());
        assertEquals(List.of("leaving.reason", "leaving.orderDate"), read.errors().stream().map(RecordError::field).toList());
        assertEquals("students[1].enrollment (id 52)", read.errors().get(0).record());
    }

    @Test
    void marksAreCurrentWithTheirDayOrForATermOrTheYear() throws Exception {
        ReadResult read = read("", "", """
                {"id": 1, "studentId": 7, "subjectName": "Математика", "mark": 5, "date": "2026-10-01T00:00:00", "markType": "Current"},
                {"id": 2, "studentId": 7, "subjectName": "Математика", "mark": "4", "date": "2026-12-28T00:00:00",
                 "markType": "Term", "termNumber": 2},
                {"id": 3, "studentId": 7, "subjectName": "Математика", "mark": 5, "markType": "Year"},
                {"id": 4, "studentId": 7, "subjectName": "Математика", "mark": 5, "markType": "Term"},
                {"id": 5, "studentId": 7, "subjectName": "Математика", "mark": 5, "markType": "Current"}""");
        assertEquals(List.of(new GradeRecord("1", "7", "1001", "2026-2027", "Математика", "current", "5", LocalDate.of(2026, 10, 1)),
                new GradeRecord("2", "7", "1001", "2026-2027", "Математика", "term-2", "4", null),
                new GradeRecord("3", "7", "1001", "2026-2027", "Математика", "year", "5", null)), read.exchangePackage().grades());
        assertEquals(List.of("markType", "date"), read.errors().stream().map(RecordError::field).toList());
    }

    @Test
    void anEnvelopeWithoutItsSchoolYearOrOfAnotherVersionIsUnreadable() {
        assertEquals(ErrorCode.MALFORMED, assertThrows(UnreadablePackageException.class,
                () -> read("{\"envelope\": \"netschool/1\", \"school\": \"1001\", \"students\": []}")).code());
        assertEquals(ErrorCode.UNSUPPORTED_VERSION, assertThrows(UnreadablePackageException.class,
                () -> read("{\"envelope\": \"netschool/2\", \"school\": \"1001\"}")).code());
        assertEquals(ErrorCode.MALFORMED, assertThrows(UnreadablePackageException.class,
                () -> read("{\"envelope\": \"netschool/1\", \"school\": \"СОШ №1\", \"year\": " + YEAR + "}")).code());
    }
}
