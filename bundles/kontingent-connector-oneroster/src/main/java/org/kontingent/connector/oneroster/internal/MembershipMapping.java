package org.kontingent.connector.oneroster.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.support.RecordRefusal;

/**
 * Enrollments of students in classes as memberships of their schools. OneRoster enrolls a
 * student in each class; the registry keeps one membership of the school per school year, so the
 * enrollments of one student in the classes of one school and one academic year form one
 * membership:
 * <ul>
 * <li>id {@code userSourcedId/schoolSourcedId/academic year}, the same in every package of that year;</li>
 * <li>it starts on the earliest beginDate (an enrollment without one starts with its class's first term);</li>
 * <li>it ends only when every enrollment has ended, on the latest endDate (OneRoster's endDate is
 * exclusive, the first day no longer enrolled, as the registry's end), with the leaving reason
 * {@code other}: OneRoster gives no reason;</li>
 * <li>its class is the homeroom class, the one begun last if there were several; without a
 * homeroom, the class when there is only one; otherwise none.</li>
 * </ul>
 * Enrollments of other roles (teachers, administrators, proctors) are not memberships of learners
 * and are skipped.
 */
final class MembershipMapping {
    /** One enrollment of a student, read. */
    record Enrollment(CsvFile.Row row, String user, String school, ClassMapping.ReadClass enrolledIn, LocalDate begins,
            LocalDate ends) {

        String key() {
            return user + "/" + school + "/" + enrolledIn.record().academicYear();
        }
    }

    private MembershipMapping() {
    }

    /** Whether a row of enrollments.csv is a student's; one with a problem may be and is read to be refused. */
    static boolean isLearners(CsvFile.Row row) {
        return row.problem() != null || "student".equals(Values.token(row.get("role")));
    }

    /**
     * @param classes the classes read, by sourcedId
     */
    static Enrollment enrollment(CsvFile.Row row, Map<String, ClassMapping.ReadClass> classes) throws RecordRefusal {
        Values.readable(row);
        Values.required(row, "sourcedId");
        String user = Values.required(row, "userSourcedId");
        String school = Values.required(row, "schoolSourcedId");
        String classId = Values.required(row, "classSourcedId");
        ClassMapping.ReadClass enrolledIn = classes.get(classId);
        if (enrolledIn == null) {
            throw new RecordRefusal(ErrorCode.UNKNOWN_REFERENCE, "classSourcedId", classId,
                    "The class is not among the classes read from classes.csv; its school year is the class's");
        }
        if (!school.equals(enrolledIn.record().organization())) {
            throw new RecordRefusal(ErrorCode.CLASS_OF_OTHER_ORGANIZATION, "schoolSourcedId", school, "The class " + classId
                    + " belongs to " + enrolledIn.record().organization());
        }
        LocalDate begins = Values.date(row, "beginDate");
        LocalDate ends = Values.date(row, "endDate");
        if (begins == null) {
            begins = enrolledIn.termsStart();
        }
        if (begins == null) {
            throw new RecordRefusal(ErrorCode.REQUIRED, "beginDate", null,
                    "beginDate is required when the class's terms give no startDate");
        }
        if (ends != null && ends.isBefore(begins)) {
            throw new RecordRefusal(ErrorCode.INVALID_VALUE, "endDate", ends.toString(), "endDate is before the beginning " + begins);
        }
        return new Enrollment(row, user, school, enrolledIn, begins, ends);
    }

    /** The memberships the enrollments form, each with its place: {@code enrollments.csv, lines 3, 7}. */
    static Map<String, MembershipRecord> memberships(List<Enrollment> enrollments) {
        Map<String, List<Enrollment>> groups = new LinkedHashMap<>();
        for (Enrollment enrollment : enrollments) {
            groups.computeIfAbsent(enrollment.key(), k -> new ArrayList<>()).add(enrollment);
        }
        Map<String, MembershipRecord> memberships = new LinkedHashMap<>();
        for (Map.Entry<String, List<Enrollment>> group : groups.entrySet()) {
            memberships.put(place(group.getValue()), membership(group.getKey(), group.getValue()));
        }
        return memberships;
    }

    private static MembershipRecord membership(String id, List<Enrollment> enrollments) {
        Enrollment first = enrollments.get(0);
        LocalDate starts = enrollments.stream().map(Enrollment::begins).min(Comparator.naturalOrder()).orElseThrow();
        boolean ended = enrollments.stream().allMatch(e -> e.ends() != null);
        LocalDate ends = ended ? enrollments.stream().map(Enrollment::ends).max(Comparator.naturalOrder()).orElseThrow() : null;
        return new MembershipRecord(id, first.user(), first.school(), "learner", starts, ends, null, null,
                ended ? "other" : null, null, classGroup(enrollments));
    }

    private static String classGroup(List<Enrollment> enrollments) {
        List<Enrollment> homerooms = enrollments.stream().filter(e -> e.enrolledIn().homeroom()).toList();
        if (!homerooms.isEmpty()) {
            return homerooms.stream().max(Comparator.comparing(Enrollment::begins)).orElseThrow().enrolledIn().record().id();
        }
        List<String> classes = enrollments.stream().map(e -> e.enrolledIn().record().id()).distinct().toList();
        return classes.size() == 1 ? classes.get(0) : null;
    }

    private static String place(List<Enrollment> enrollments) {
        String lines = enrollments.stream().map(e -> String.valueOf(e.row().line())).collect(Collectors.joining(", "));
        return enrollments.get(0).row().file() + (enrollments.size() == 1 ? ", line " : ", lines ") + lines;
    }
}
