package org.kontingent.connector.netschool.internal;

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
import org.kontingent.connector.api.format.ReadResult;

/** The records read from an envelope so far, where each stands in it, and the errors of those left out. */
final class Collected {
    private final List<PersonRecord> persons = new ArrayList<>();
    private final List<ClassGroupRecord> classes = new ArrayList<>();
    private final List<MembershipRecord> memberships = new ArrayList<>();
    private final List<GradeRecord> grades = new ArrayList<>();
    private final Map<String, List<String>> places = new HashMap<>();
    private final List<RecordError> errors = new ArrayList<>();

    void person(String place, PersonRecord record) {
        persons.add(record);
        place("persons", place);
    }

    void classGroup(String place, ClassGroupRecord record) {
        classes.add(record);
        place("classes", place);
    }

    void membership(String place, MembershipRecord record) {
        memberships.add(record);
        place("memberships", place);
    }

    void grade(String place, GradeRecord record) {
        grades.add(record);
        place("grades", place);
    }

    /** A record left out, named by its label, with the field that kept it out. */
    void unreadable(String label, UnreadableField e) {
        errors.add(new RecordError(e.code(), label, e.field(), e.value(), e.getMessage()));
    }

    ReadResult result() {
        return new ReadResult(new ExchangePackage(ExchangePackage.VERSION, persons, null, classes, memberships, grades, null),
                places, errors, errors.size());
    }

    private void place(String list, String place) {
        places.computeIfAbsent(list, k -> new ArrayList<>()).add(place);
    }
}
