package org.kontingent.connector.oneroster.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.kontingent.connector.support.RecordCollector;
import org.kontingent.connector.support.RecordRefusal;

/**
 * Turns the CSV files of a package into records: users into persons and, through their agents,
 * representatives; classes into classes; enrollments into memberships. Organizations are named
 * by their sourcedId as the organization code; orgs.csv is not read, because the registry takes
 * no organizations from packages. Courses, resources, line items and results are not read.
 */
final class OneRosterRecords {
    private static final String USERS = "users.csv";
    private static final String DEMOGRAPHICS = "demographics.csv";
    private static final String CLASSES = "classes.csv";
    private static final String SESSIONS = "academicSessions.csv";
    private static final String ENROLLMENTS = "enrollments.csv";

    private OneRosterRecords() {
    }

    static ReadResult read(Map<String, byte[]> files) throws UnreadablePackageException {
        CsvFile users = csv(files, USERS).requireColumns("sourcedId", "role", "givenName", "familyName");
        CsvFile demographics = files.containsKey(DEMOGRAPHICS) ? csv(files, DEMOGRAPHICS).requireColumns("sourcedId") : null;
        boolean enrolls = files.containsKey(ENROLLMENTS);
        CsvFile classes = enrolls || files.containsKey(CLASSES)
                ? csv(files, CLASSES).requireColumns("sourcedId", "title", "schoolSourcedId", "termSourcedIds") : null;
        CsvFile sessions = classes == null ? null : csv(files, SESSIONS).requireColumns("sourcedId", "startDate", "schoolYear");
        CsvFile enrollments = enrolls
                ? csv(files, ENROLLMENTS).requireColumns("sourcedId", "classSourcedId", "schoolSourcedId", "userSourcedId", "role")
                : null;

        RecordCollector records = new RecordCollector();
        Map<CsvFile.Row, PersonRecord> persons = persons(users, demographics == null ? Map.of() : demographics.bySourcedId(),
                records);
        representatives(persons, users.bySourcedId(), records);
        Map<String, ClassMapping.ReadClass> readClasses = classes == null ? Map.of()
                : classes(classes, sessions.bySourcedId(), records);
        if (enrollments != null) {
            memberships(enrollments, readClasses, records);
        }
        if (records.isEmpty()) {
            throw new UnreadablePackageException(ErrorCode.EMPTY, "The package holds no student, parent or guardian, "
                    + "class or student enrollment; it holds " + files.keySet());
        }
        return records.result();
    }

    /** The file parsed; refused as MALFORMED when the zip lacks it. */
    private static CsvFile csv(Map<String, byte[]> files, String name) throws UnreadablePackageException {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The zip has no " + name + ", which the package needs: "
                    + (USERS.equals(name) ? "the persons are in it" : "enrollments name classes, and classes terms"));
        }
        return CsvParser.parse(name, bytes);
    }

    /** Reads the persons; returns each row read with its person, in order. */
    private static Map<CsvFile.Row, PersonRecord> persons(CsvFile users, Map<String, CsvFile.Row> demographics,
            RecordCollector records) {
        Map<CsvFile.Row, PersonRecord> read = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (CsvFile.Row row : users.rows()) {
            if (!PersonMapping.isPerson(row)) {
                continue;
            }
            try {
                repeated(row, ids);
                PersonRecord person = PersonMapping.person(row, demographics);
                records.person(row.place(), person);
                read.put(row, person);
            } catch (RecordRefusal refusal) {
                records.refused(row.label(), refusal);
            }
        }
        return read;
    }

    /** Reads the links of the persons read to their agents. */
    private static void representatives(Map<CsvFile.Row, PersonRecord> persons, Map<String, CsvFile.Row> users,
            RecordCollector records) {
        Map<String, String> sexes = new HashMap<>();
        persons.values().stream().filter(p -> p.sex() != null).forEach(p -> sexes.put(p.id(), p.sex()));
        Set<String> pairs = new HashSet<>();
        for (CsvFile.Row user : persons.keySet()) {
            for (String agent : user.list("agentSourcedIds")) {
                if (!pairs.add(RepresentativeMapping.pair(user, agent))) {
                    continue;
                }
                String place = user.place() + ", agent " + agent;
                try {
                    records.representative(place, RepresentativeMapping.representative(user, agent, users, sexes));
                } catch (RecordRefusal refusal) {
                    records.refused(user.label() + ", agent " + agent, refusal);
                }
            }
        }
    }

    private static Map<String, ClassMapping.ReadClass> classes(CsvFile classes, Map<String, CsvFile.Row> sessions,
            RecordCollector records) {
        Map<String, ClassMapping.ReadClass> read = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (CsvFile.Row row : classes.rows()) {
            try {
                repeated(row, ids);
                ClassMapping.ReadClass readClass = ClassMapping.of(row, sessions);
                records.classGroup(row.place(), readClass.record());
                read.put(readClass.record().id(), readClass);
            } catch (RecordRefusal refusal) {
                records.refused(row.label(), refusal);
            }
        }
        return read;
    }

    private static void memberships(CsvFile enrollments, Map<String, ClassMapping.ReadClass> classes, RecordCollector records) {
        List<MembershipMapping.Enrollment> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvFile.Row row : enrollments.rows()) {
            if (!MembershipMapping.isLearners(row)) {
                continue;
            }
            try {
                repeated(row, ids);
                read.add(MembershipMapping.enrollment(row, classes));
            } catch (RecordRefusal refusal) {
                records.refused(row.label(), refusal);
            }
        }
        MembershipMapping.memberships(read).forEach(records::membership);
    }

    /** Refuses a row whose sourcedId an earlier row of the file has. */
    private static void repeated(CsvFile.Row row, Set<String> ids) throws RecordRefusal {
        String id = row.sourcedId();
        if (id != null && row.problem() == null && !ids.add(id)) {
            throw new RecordRefusal(ErrorCode.REPEATED_IN_PACKAGE, "sourcedId", id, "An earlier row of " + row.file()
                    + " has the sourcedId " + id);
        }
    }
}
