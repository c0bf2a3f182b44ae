package org.kontingent.connector.dnevnik.internal;

import java.time.LocalDate;
import java.util.HashMap;
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
import org.kontingent.connector.support.pull.Watermarks;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Maps the API answers of an {@link Envelope} to exchange records. Every id is read from its
 * {@code *_str} twin — Dnevnik's ids exceed 2^53 and lose digits as JSON numbers read into doubles —
 * and the numeric ids are never read.
 *
 * <ul>
 * <li>edu-group of type Group → class: id_str, name, studyyear → academic year, parallel → grade;</li>
 * <li>person → person: id_str, lastName, firstName, middleName, sex (Male/Female → M/F), and from its
 * user (userId_str) birthday, phone, email;</li>
 * <li>person → membership in the school as a learner of the envelope's class (the Group of the latest
 * studyyear), id {@code school/person}, from the first of September of the class's year: Dnevnik
 * publishes no enrollment dates or orders;</li>
 * <li>mark → current grade: id_str, person_str, the subject of its lesson (lesson_str), value, and its
 * date, whose academic year it counts in.</li>
 * </ul>
 */
final class EnvelopeMapping {
    private static final String ID = "id_str";

    private final String school;
    private final Map<String, JsonNode> users;
    private final Map<String, JsonNode> lessons;
    private final RecordCollector out = new RecordCollector();

    private EnvelopeMapping(String school, Map<String, JsonNode> users, Map<String, JsonNode> lessons) {
        this.school = school;
        this.users = users;
        this.lessons = lessons;
    }

    /** Reads an envelope whose school and lists have been checked. */
    static ReadResult read(String school, JsonNode eduGroups, JsonNode persons, JsonNode users, JsonNode lessons,
            JsonNode marks) {
        EnvelopeMapping mapping = new EnvelopeMapping(school, byId(users), byId(lessons));
        ClassOfEnvelope klass = mapping.classes(eduGroups);
        mapping.persons(persons, klass);
        mapping.marks(marks);
        return mapping.out.result();
    }

    /** The class the envelope's persons are learners of. */
    private record ClassOfEnvelope(String id, int year) {
    }

    private ClassOfEnvelope classes(JsonNode eduGroups) {
        ClassOfEnvelope latest = null;
        for (int i = 0; i < eduGroups.size(); i++) {
            JsonNode group = eduGroups.get(i);
            if (!group.isObject() || !"Group".equals(ApiEnvelopes.text(group, "type"))) {
                continue;
            }
            String place = Envelope.EDU_GROUPS + "[" + i + "]";
            try {
                int year = studyYear(group);
                ClassGroupRecord record = new ClassGroupRecord(id(group, ID), school, year + "-" + (year + 1),
                        ApiEnvelopes.text(group, "name"), parallel(group), null, null, null);
                out.classGroup(place, record);
                if (latest == null || year > latest.year()) {
                    latest = new ClassOfEnvelope(record.id(), year);
                }
            } catch (RecordRefusal e) {
                out.refused(ApiEnvelopes.label(place, group, ID), e);
            }
        }
        return latest;
    }

    private void persons(JsonNode persons, ClassOfEnvelope klass) {
        for (int i = 0; i < persons.size(); i++) {
            JsonNode person = persons.get(i);
            String place = Envelope.PERSONS + "[" + i + "]";
            if (!person.isObject()) {
                out.refused(place, new RecordRefusal(ErrorCode.FORMAT, null, person.toString(), "A person is a JSON object"));
                continue;
            }
            try {
                out.person(place, person(person));
            } catch (RecordRefusal e) {
                out.refused(ApiEnvelopes.label(place, person, ID), e);
            }
            String membershipPlace = place + ".membership";
            try {
                out.membership(membershipPlace, membership(person, klass));
            } catch (RecordRefusal e) {
                out.refused(ApiEnvelopes.label(membershipPlace, person, ID), e);
            }
        }
    }

    private void marks(JsonNode marks) {
        for (int i = 0; i < marks.size(); i++) {
            JsonNode mark = marks.get(i);
            String place = Envelope.MARKS + "[" + i + "]";
            if (!mark.isObject()) {
                out.refused(place, new RecordRefusal(ErrorCode.FORMAT, null, mark.toString(), "A mark is a JSON object"));
                continue;
            }
            try {
                out.grade(place, grade(mark));
            } catch (RecordRefusal e) {
                out.refused(ApiEnvelopes.label(place, mark, ID), e);
            }
        }
    }

    private PersonRecord person(JsonNode person) throws RecordRefusal {
        String id = id(person, ID);
        JsonNode user = users.get(ApiEnvelopes.text(person, "userId_str"));
        String sex = ApiEnvelopes.text(person, "sex");
        if (sex == null && user != null) {
            sex = ApiEnvelopes.text(user, "sex");
        }
        LocalDate birthDate = user == null ? null : ApiEnvelopes.date(user, "birthday");
        return new PersonRecord(id, ApiEnvelopes.text(person, "lastName"), ApiEnvelopes.text(person, "firstName"),
                ApiEnvelopes.text(person, "middleName"), birthDate, sex(sex), null, null, null, null, null,
                user == null ? null : ApiEnvelopes.text(user, "phone"), user == null ? null : ApiEnvelopes.text(user, "email"), null);
    }

    private MembershipRecord membership(JsonNode person, ClassOfEnvelope klass) throws RecordRefusal {
        String id = id(person, ID);
        if (klass == null) {
            throw new RecordRefusal(ErrorCode.REQUIRED, "classGroup", null,
                    "The envelope holds no class (an edu-group of type Group) to place the learner in");
        }
        return new MembershipRecord(school + "/" + id, id, school, "learner", LocalDate.of(klass.year(), 9, 1), null, null,
                null, null, null, klass.id());
    }

    private GradeRecord grade(JsonNode mark) throws RecordRefusal {
        String id = id(mark, ID);
        String person = id(mark, "person_str");
        String lessonId = id(mark, "lesson_str");
        JsonNode lesson = lessons.get(lessonId);
        if (lesson == null) {
            throw new RecordRefusal(ErrorCode.UNKNOWN_REFERENCE, "lesson_str", lessonId,
                    "The lesson of the mark is not among the envelope's lessons, so its subject is unknown");
        }
        JsonNode subject = lesson.path("subject");
        String subjectName = subject.isObject() ? ApiEnvelopes.text(subject, "name") : null;
        if (subjectName == null) {
            throw new RecordRefusal(ErrorCode.REQUIRED, "lesson_str", lessonId, "The lesson " + lessonId + " names no subject");
        }
        String value = ApiEnvelopes.text(mark, "value");
        if (value == null) {
            throw new RecordRefusal(ErrorCode.REQUIRED, "value", null, "The mark has no value");
        }
        LocalDate markedOn = ApiEnvelopes.date(mark, "date");
        if (markedOn == null) {
            throw new RecordRefusal(ErrorCode.REQUIRED, "date", null, "The mark has no date");
        }
        int year = Watermarks.academicYearStart(markedOn).getYear();
        return new GradeRecord(id, person, school, year + "-" + (year + 1), subjectName, "current", value, markedOn);
    }

    /** An id from its {@code *_str} field; its numeric twin is never read. */
    private static String id(JsonNode node, String field) throws RecordRefusal {
        String id = ApiEnvelopes.text(node, field);
        if (id == null) {
            throw new RecordRefusal(ErrorCode.REQUIRED, field, null, "The " + field + " is required: Dnevnik's numeric ids"
                    + " exceed 2^53 and lose digits as JSON numbers, so only the string twin is read");
        }
        return id;
    }

    private static int studyYear(JsonNode group) throws RecordRefusal {
        JsonNode year = group.get("studyyear");
        if (year == null || year.isNull()) {
            throw new RecordRefusal(ErrorCode.REQUIRED, "studyyear", null, "The class has no study year");
        }
        if (!year.canConvertToExactIntegral() || year.asInt() < 1990 || year.asInt() > 2100) {
            throw new RecordRefusal(ErrorCode.FORMAT, "studyyear", year.asText(), "The study year is not a year");
        }
        return year.asInt();
    }

    private static Integer parallel(JsonNode group) throws RecordRefusal {
        JsonNode parallel = group.get("parallel");
        if (parallel == null || parallel.isNull()) {
            return null;
        }
        if (!parallel.canConvertToExactIntegral() || parallel.asInt() < 0 || parallel.asInt() > 12) {
            throw new RecordRefusal(ErrorCode.FORMAT, "parallel", parallel.asText(), "The parallel is not a grade from 0 to 12");
        }
        return parallel.asInt();
    }

    private static String sex(String sex) throws RecordRefusal {
        if (sex == null) {
            return null;
        }
        return switch (sex) {
            case "Male" -> "M";
            case "Female" -> "F";
            default -> throw new RecordRefusal(ErrorCode.FORMAT, "sex", sex, "The sex is neither Male nor Female");
        };
    }

    private static Map<String, JsonNode> byId(JsonNode list) {
        Map<String, JsonNode> byId = new HashMap<>();
        list.forEach(item -> {
            String id = item.isObject() ? ApiEnvelopes.text(item, ID) : null;
            if (id != null) {
                byId.put(id, item);
            }
        });
        return byId;
    }
}
