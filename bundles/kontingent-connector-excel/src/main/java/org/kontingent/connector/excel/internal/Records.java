package org.kontingent.connector.excel.internal;

import java.util.HashMap;
import java.util.Map;

import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.exchange.RepresentativeRecord;
import org.kontingent.connector.support.RecordCollector;

/**
 * What the rows of one workbook are read into: the records with where each stands and the rows left
 * out, and the representatives described so far, whose data a later row may only repeat.
 */
final class Records {

    /** A representative as first described in the package, and where. */
    record Described(PersonRecord person, String place) {
    }

    private final RecordCollector collected = new RecordCollector();
    private final Map<String, Described> describedRepresentatives = new HashMap<>();

    /** The records read so far and the rows left out. */
    RecordCollector collected() {
        return collected;
    }

    /**
     * A link of a learner to a representative, and the representative's data when this row is the
     * first to give them.
     */
    void representative(String place, RepresentativeRecord link, PersonRecord person) {
        if (person != null) {
            collected.person(place, person);
            describedRepresentatives.put(person.id(), new Described(person, place));
        }
        collected.representative(place, link);
    }

    /** The representative with an id as described earlier in the sheet «Представители», or null. */
    Described representativePerson(String id) {
        return describedRepresentatives.get(id);
    }
}
