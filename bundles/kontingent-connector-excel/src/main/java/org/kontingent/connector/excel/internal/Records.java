package org.kontingent.connector.excel.internal;

import java.util.ArrayList;
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

/** The records of one workbook read so far, where each stands, and the rows left out with their errors. */
final class Records {

    /** A representative as first described in the package, and where. */
    record Described(PersonRecord person, String place) {
    }

    private final List<PersonRecord> persons = new ArrayList<>();
    private final List<RepresentativeRecord> representatives = new ArrayList<>();
    private final List<ClassGroupRecord> classes = new ArrayList<>();
    private final List<MembershipRecord> memberships = new ArrayList<>();
    private final List<GradeRecord> grades = new ArrayList<>();
    private final Map<String, List<String>> places = new HashMap<>();
    private final Map<String, Described> describedRepresentatives = new HashMap<>();
    private final List<RecordError> errors = new ArrayList<>();
    private int unreadable;

    void person(String place, PersonRecord person) {
        persons.add(person);
        place("persons", place);
    }

    /**
     * A link of a learner to a representative, and the representative's data when this row is the
     * first to give them.
     */
    void representative(String place, RepresentativeRecord link, PersonRecord person) {
        if (person != null) {
            person(place, person);
            describedRepresentatives.put(person.id(), new Described(person, place));
        }
        representatives.add(link);
        place("representatives", place);
    }

    /** The representative with an id as described earlier in the sheet «Представители», or null. */
    Described representativePerson(String id) {
        return describedRepresentatives.get(id);
    }

    void classGroup(String place, ClassGroupRecord group) {
        classes.add(group);
        place("classes", place);
    }

    void membership(String place, MembershipRecord membership) {
        memberships.add(membership);
        place("memberships", place);
    }

    void grade(String place, GradeRecord grade) {
        grades.add(grade);
        place("grades", place);
    }

    /** A row left out, with its errors. */
    void refuse(List<RecordError> rowErrors) {
        errors.addAll(rowErrors);
        unreadable++;
    }

    ReadResult result() {
        return new ReadResult(new ExchangePackage(ExchangePackage.VERSION, persons, representatives, classes, memberships,
                grades, List.of()), places, errors, unreadable);
    }

    private void place(String list, String place) {
        places.computeIfAbsent(list, k -> new ArrayList<>()).add(place);
    }
}
