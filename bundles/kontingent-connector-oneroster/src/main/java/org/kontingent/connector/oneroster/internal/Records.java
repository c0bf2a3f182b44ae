package org.kontingent.connector.oneroster.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kontingent.connector.api.exchange.ClassGroupRecord;
import org.kontingent.connector.api.exchange.ExchangePackage;
import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.exchange.RecordError;
import org.kontingent.connector.api.exchange.RepresentativeRecord;
import org.kontingent.connector.api.format.ReadResult;

/** The records read so far with their places, and the rows refused. */
final class Records {
    private final List<PersonRecord> persons = new ArrayList<>();
    private final List<RepresentativeRecord> representatives = new ArrayList<>();
    private final List<ClassGroupRecord> classes = new ArrayList<>();
    private final List<MembershipRecord> memberships = new ArrayList<>();
    private final Map<String, List<String>> places = new HashMap<>();
    private final List<RecordError> errors = new ArrayList<>();
    private int unreadable;

    void person(String place, PersonRecord record) {
        persons.add(record);
        placed("persons", place);
    }

    void representative(String place, RepresentativeRecord record) {
        representatives.add(record);
        placed("representatives", place);
    }

    void classGroup(String place, ClassGroupRecord record) {
        classes.add(record);
        placed("classes", place);
    }

    void membership(String place, MembershipRecord record) {
        memberships.add(record);
        placed("memberships", place);
    }

    /** A row left out, named as the record it would have been. */
    void refused(String record, Refusal refusal) {
        errors.add(refusal.toError(record));
        unreadable++;
    }

    /** Whether the package held nothing to read, readable or not. */
    boolean isEmpty() {
        return persons.isEmpty() && representatives.isEmpty() && classes.isEmpty() && memberships.isEmpty() && unreadable == 0;
    }

    ReadResult result() {
        ExchangePackage read = new ExchangePackage(ExchangePackage.VERSION, persons, representatives, classes, memberships,
                null, null);
        return new ReadResult(read, places, errors, unreadable);
    }

    private void placed(String list, String place) {
        places.computeIfAbsent(list, k -> new ArrayList<>()).add(place);
    }
}
