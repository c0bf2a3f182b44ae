package org.kontingent.connector.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kontingent.connector.api.exchange.ClassGroupRecord;
import org.kontingent.connector.api.exchange.ExchangePackage;
import org.kontingent.connector.api.exchange.GradeRecord;
import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.exchange.RecordError;
import org.kontingent.connector.api.exchange.RepresentativeRecord;
import org.kontingent.connector.api.format.ReadResult;

/**
 * The records a format has read so far, by list, with where each stands in the package as
 * received, and the records it left out with their errors; {@link #result()} makes the
 * {@link ReadResult}. Places are kept under the list names of the exchange model
 * ({@code persons}, {@code representatives}, {@code classes}, {@code memberships}, {@code grades}).
 * One collector serves one read; it is not thread-safe.
 */
public final class RecordCollector {
    private final List<PersonRecord> persons = new ArrayList<>();
    private final List<RepresentativeRecord> representatives = new ArrayList<>();
    private final List<ClassGroupRecord> classes = new ArrayList<>();
    private final List<MembershipRecord> memberships = new ArrayList<>();
    private final List<GradeRecord> grades = new ArrayList<>();
    private final Map<String, List<String>> places = new HashMap<>();
    private final List<RecordError> errors = new ArrayList<>();
    private int unreadable;

    public void person(String place, PersonRecord record) {
        persons.add(record);
        place("persons", place);
    }

    public void representative(String place, RepresentativeRecord record) {
        representatives.add(record);
        place("representatives", place);
    }

    public void classGroup(String place, ClassGroupRecord record) {
        classes.add(record);
        place("classes", place);
    }

    public void membership(String place, MembershipRecord record) {
        memberships.add(record);
        place("memberships", place);
    }

    public void grade(String place, GradeRecord record) {
        grades.add(record);
        place("grades", place);
    }

    /** A record left out for one reason: its field as the refusal names it, the record as {@code record}. */
    public void refused(String record, RecordRefusal refusal) {
        refused(List.of(refusal.toError(record)));
    }

    /** A record left out, with all that keeps it out; there is at least one error. */
    public void refused(List<RecordError> recordErrors) {
        if (recordErrors.isEmpty()) {
            throw new IllegalArgumentException("a record left out has at least one error");
        }
        errors.addAll(recordErrors);
        unreadable++;
    }

    /** The persons read so far, in order; a view that follows the collector. */
    public List<PersonRecord> persons() {
        return Collections.unmodifiableList(persons);
    }

    /** Whether nothing was met yet, neither a record read nor one left out. */
    public boolean isEmpty() {
        return persons.isEmpty() && representatives.isEmpty() && classes.isEmpty() && memberships.isEmpty()
                && grades.isEmpty() && unreadable == 0;
    }

    /** What was read, as the format hands it to the gateway. */
    public ReadResult result() {
        ExchangePackage read = new ExchangePackage(ExchangePackage.VERSION, persons, representatives, classes, memberships,
                grades, null);
        return new ReadResult(read, places, errors, unreadable);
    }

    private void place(String list, String place) {
        places.computeIfAbsent(list, k -> new ArrayList<>()).add(place);
    }
}
