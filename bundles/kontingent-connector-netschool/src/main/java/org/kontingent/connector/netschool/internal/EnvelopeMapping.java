package org.kontingent.connector.netschool.internal;

import java.time.LocalDate;
import java.util.Map;

import org.kontingent.connector.api.exchange.ClassGroupRecord;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.GradeRecord;
import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.support.RecordCollector;
import org.kontingent.connector.support.RecordRefusal;
import org.kontingent.connector.support.envelope.ApiEnvelopes;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Maps the answers of an {@link Envelope} to exchange records. Ids are read as the digits the API
 * wrote, never through a double.
 *
 * <ul>
 * <li>class → class: id, name, grade; the academic year is the one of the envelope's school year;</li>
 * <li>student → person: studentId, lastName, firstName, middleName, birthDate, gender (М/Ж → M/F), snils;</li>
 * <li>student's enrollment → membership as a learner: enrollment.id, date and order, classId, and once
 * left, leaving.date, reason (→ leaving-reason code) and order;</li>
 * <li>mark → grade: id, studentId, subjectName, mark, markType (Current/Term/Year → current, term-N,
 * year) and, for a current mark, its date.</li>
 * </ul>
 */
final class EnvelopeMapping {
    /** NetSchool's leaving reasons and the codes of the registry's leaving-reason dictionary. */
    private static final Map<String, String> LEAVING_REASONS = Map.of("Graduated", "graduation", "TransferWithinRegion",
            "transfer-within-region", "MovedOutOfRegion", "moved-out-of-region", "MovedAbroad", "moved-abroad",
            "FamilyEducation", "family-education", "Expelled", "expelled", "ParentsRequest", "parents-request", "Health",
            "health", "Death", "death", "Other", "other");

    private final String school;
    private final String academicYear;
    private final RecordCollector out = new RecordCollector();

    private EnvelopeMapping(String school, String academicYear) {
        this.school = school;
        this.academicYear = academicYear;
    }

    /** Reads an envelope whose school, year and lists have been checked. */
    static ReadResult read(String school, int firstYear, JsonNode classes, JsonNode students, JsonNode marks) {
        EnvelopeMapping mapping = new EnvelopeMapping(school, firstYear + "-" + (firstYear + 1));
        mapping.classes(classes);
        mapping.students(students);
        mapping.marks(marks);
        return mapping.out.result();
    }

    private void classes(JsonNode classes) {
        for (int i = 0; i < classes.size(); i++) {
            JsonNode node = classes.get(i);
            String place = Envelope.CLASSES + "[" + i + "]";
            try {
                object(node, "A class");
                out.classGroup(place, new ClassGroupRecord(required(node, "id"), school, academicYear, ApiEnvelopes.text(node, "name"),
                        grade(node), null, null, null));
            } catch (RecordRefusal e) {
                out.refused(ApiEnvelopes.label(place, node, "id"), e);
            }
        }
    }

    private void students(JsonNode students) {
        for (int i = 0; i < students.size(); i++) {
            JsonNode student = students.get(i);
            String place = Envelope.STUDENTS + "[" + i + "]";
            if (!student.isObject()) {
                out.refused(place, new RecordRefusal(ErrorCode.FORMAT, null, student.toString(), "A student is a JSON object"));
                continue;
            }
            try {
                out.person(place, person(student));
            } catch (RecordRefusal e) {
                out.refused(ApiEnvelopes.label(place, student, "studentId"), e);
            }
            String enrollmentPlace = place + ".enrollment";
            try {
                out.membership(enrollmentPlace, membership(student));
            } catch (RecordRefusal e) {
                out.refused(ApiEnvelopes.label(enrollmentPlace, student.path("enrollment"), "id"), e);
            }
        }
    }

    private void marks(JsonNode marks) {
        for (int i = 0; i < marks.size(); i++) {
            JsonNode mark = marks.get(i);
            String place = Envelope.MARKS + "[" + i + "]";
            try {
                object(mark, "A mark");
                out.grade(place, grade(mark, markType(mark)));
            } catch (RecordRefusal e) {
                out.refused(ApiEnvelopes.label(place, mark, "id"), e);
            }
        }
    }

    private PersonRecord person(JsonNode student) throws RecordRefusal {
        return new PersonRecord(required(student, "studentId"), ApiEnvelopes.text(student, "lastName"),
                ApiEnvelopes.text(student, "firstName"), ApiEnvelopes.text(student, "middleName"), ApiEnvelopes.date(student, "birthDate"),
                sex(ApiEnvelopes.text(student, "gender")), ApiEnvelopes.text(student, "snils"), null, null, null, null, null, null, null);
    }

    private MembershipRecord membership(JsonNode student) throws RecordRefusal {
        String person = required(student, "studentId");
        JsonNode enrollment = student.path("enrollment");
        if (!enrollment.isObject()) {
            throw new RecordRefusal(ErrorCode.REQUIRED, "enrollment", null, "The student has no enrollment");
        }
        LocalDate startsOn = ApiEnvelopes.date(enrollment, "date");
        if (startsOn == null) {
            throw new RecordRefusal(ErrorCode.REQUIRED, "enrollment.date", null, "The enrollment has no date");
        }
        JsonNode leaving = student.path("leaving");
        LocalDate endsOn = null;
        String reason = null;
        MembershipRecord.OrderRecord leavingOrder = null;
        if (leaving.isObject()) {
            endsOn = ApiEnvelopes.date(leaving, "date");
            if (endsOn == null) {
                throw new RecordRefusal(ErrorCode.REQUIRED, "leaving.date", null, "The leaving has no date");
            }
            reason = leavingReason(ApiEnvelopes.text(leaving, "reason"));
            leavingOrder = order(leaving, "leaving");
        }
        return new MembershipRecord(required(enrollment, "id"), person, school, "learner", startsOn, endsOn, null,
                order(enrollment, "enrollment"), reason, leavingOrder, ApiEnvelopes.text(student, "classId"));
    }

    /** What a mark counts for: current, term-N or year. */
    private static String markType(JsonNode mark) throws RecordRefusal {
        String type = ApiEnvelopes.text(mark, "markType");
        if (type == null || "Current".equals(type)) {
            return "current";
        }
        if ("Year".equals(type)) {
            return "year";
        }
        String term = ApiEnvelopes.text(mark, "termNumber");
        if ("Term".equals(type) && term != null && term.matches("[1-4]")) {
            return "term-" + term;
        }
        throw new RecordRefusal(ErrorCode.FORMAT, "markType", type + (term == null ? "" : " " + term),
                "The mark type is not Current, Year, or Term with a term number from 1 to 4");
    }

    private GradeRecord grade(JsonNode mark, String period) throws RecordRefusal {
        String subject = ApiEnvelopes.text(mark, "subjectName");
        if (subject == null) {
            throw new RecordRefusal(ErrorCode.REQUIRED, "subjectName", null, "The mark names no subject");
        }
        String value = ApiEnvelopes.text(mark, "mark");
        if (value == null) {
            throw new RecordRefusal(ErrorCode.REQUIRED, "mark", null, "The mark has no value");
        }
        LocalDate markedOn = ApiEnvelopes.date(mark, "date");
        if ("current".equals(period) && markedOn == null) {
            throw new RecordRefusal(ErrorCode.REQUIRED, "date", null, "A current mark has a date");
        }
        return new GradeRecord(required(mark, "id"), required(mark, "studentId"), school, academicYear, subject, period, value,
                "current".equals(period) ? markedOn : null);
    }

    private static MembershipRecord.OrderRecord order(JsonNode node, String path) throws RecordRefusal {
        String number = ApiEnvelopes.text(node, "orderNumber");
        LocalDate date = ApiEnvelopes.date(node, "orderDate");
        if (number == null && date == null) {
            return null;
        }
        if (number == null || date == null) {
            throw new RecordRefusal(ErrorCode.REQUIRED, path + (number == null ? ".orderNumber" : ".orderDate"), null,
                    "An order has both its number and its date");
        }
        return new MembershipRecord.OrderRecord(number, date);
    }

    private static String leavingReason(String reason) throws RecordRefusal {
        if (reason == null) {
            throw new RecordRefusal(ErrorCode.REQUIRED, "leaving.reason", null, "The leaving has no reason");
        }
        String code = LEAVING_REASONS.get(reason);
        if (code == null) {
            throw new RecordRefusal(ErrorCode.DICTIONARY, "leaving.reason", reason, "The leaving reason is none of "
                    + LEAVING_REASONS.keySet().stream().sorted().toList());
        }
        return code;
    }

    private static Integer grade(JsonNode node) throws RecordRefusal {
        JsonNode grade = node.get("grade");
        if (grade == null || grade.isNull()) {
            return null;
        }
        if (!grade.canConvertToExactIntegral() || grade.asInt() < 0 || grade.asInt() > 12) {
            throw new RecordRefusal(ErrorCode.FORMAT, "grade", grade.asText(), "The grade is not a number from 0 to 12");
        }
        return grade.asInt();
    }

    private static String sex(String gender) throws RecordRefusal {
        if (gender == null) {
            return null;
        }
        return switch (gender) {
            case "М" -> "M";
            case "Ж" -> "F";
            default -> throw new RecordRefusal(ErrorCode.FORMAT, "gender", gender, "The gender is neither М nor Ж");
        };
    }

    private static void object(JsonNode node, String what) throws RecordRefusal {
        if (!node.isObject()) {
            throw new RecordRefusal(ErrorCode.FORMAT, null, node.toString(), what + " is a JSON object");
        }
    }

    private static String required(JsonNode node, String field) throws RecordRefusal {
        String id = ApiEnvelopes.text(node, field);
        if (id == null) {
            throw new RecordRefusal(ErrorCode.REQUIRED, field, null, "The " + field + " is required");
        }
        return id;
    }
}
