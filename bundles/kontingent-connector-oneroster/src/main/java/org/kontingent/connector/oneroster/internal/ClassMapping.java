package org.kontingent.connector.oneroster.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.kontingent.connector.api.exchange.ClassGroupRecord;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.support.RecordRefusal;

/**
 * A row of classes.csv as a class of its school: id the sourcedId, organization the
 * schoolSourcedId, name the title. The academic year comes from the class's terms in
 * academicSessions.csv, whose schoolYear is the calendar year the school year ends in (2027 is
 * 2026-2027); terms of different school years are refused. The grade is the one grade the class
 * lists (KG is 0, 01–12 are 1–12), none when it lists several or another level.
 */
final class ClassMapping {
    /**
     * A class read, with what its enrollments need: whether it is a homeroom, and the first day of
     * its terms, which an enrollment without a beginDate starts on.
     */
    record ReadClass(ClassGroupRecord record, boolean homeroom, LocalDate termsStart) {
    }

    private ClassMapping() {
    }

    /**
     * @param sessions the rows of academicSessions.csv by sourcedId
     */
    static ReadClass of(CsvFile.Row row, Map<String, CsvFile.Row> sessions) throws RecordRefusal {
        Values.readable(row);
        String id = Values.required(row, "sourcedId");
        String title = Values.required(row, "title");
        String school = Values.required(row, "schoolSourcedId");
        List<String> terms = row.list("termSourcedIds");
        if (terms.isEmpty()) {
            throw new RecordRefusal(ErrorCode.REQUIRED, "termSourcedIds", null, "termSourcedIds is required: the academic year"
                    + " of a class is its terms'");
        }
        Set<Integer> endYears = new TreeSet<>();
        LocalDate termsStart = null;
        for (String term : terms) {
            CsvFile.Row session = sessions.get(term);
            if (session == null) {
                throw new RecordRefusal(ErrorCode.UNKNOWN_REFERENCE, "termSourcedIds", term, "academicSessions.csv has no session "
                        + term);
            }
            if (session.problem() != null) {
                throw new RecordRefusal(ErrorCode.FORMAT, "termSourcedIds", term, session.place() + " " + session.problem());
            }
            endYears.add(schoolYear(session));
            LocalDate start = Values.date(session, "startDate");
            if (start != null && (termsStart == null || start.isBefore(termsStart))) {
                termsStart = start;
            }
        }
        if (endYears.size() > 1) {
            throw new RecordRefusal(ErrorCode.INVALID_VALUE, "termSourcedIds", String.join(",", terms),
                    "The terms of the class lie in different school years " + endYears);
        }
        int end = endYears.iterator().next();
        ClassGroupRecord record = new ClassGroupRecord(id, school, (end - 1) + "-" + end, title, grade(row.list("grades")),
                null, null, null);
        return new ReadClass(record, "homeroom".equals(Values.token(row.get("classType"))), termsStart);
    }

    private static int schoolYear(CsvFile.Row session) throws RecordRefusal {
        String year = Values.required(session, "schoolYear");
        if (!year.matches("\\d{4}")) {
            throw new RecordRefusal(ErrorCode.FORMAT, "termSourcedIds", session.get("sourcedId"), "schoolYear in " + session.place()
                    + " is a year written YYYY, not " + year);
        }
        return Integer.parseInt(year);
    }

    /** The parallel of a class of one grade: KG 0, 01–12 (or 1–12) as numbers; null otherwise. */
    private static Integer grade(List<String> grades) {
        if (grades.size() != 1) {
            return null;
        }
        String grade = grades.get(0);
        if ("KG".equalsIgnoreCase(grade)) {
            return 0;
        }
        if (grade.matches("\\d{1,2}")) {
            int number = Integer.parseInt(grade);
            return number >= 1 && number <= 12 ? number : null;
        }
        return null;
    }
}
