package org.kontingent.extension.general.internal;

import static org.kontingent.registry.core.testing.EntryData.data;

import java.util.Map;

/** Valid data of each entity for the tests. */
final class Entries {
    private Entries() {
    }

    /** A current mark 5 in mathematics of 2026-10-30. */
    static Map<String, Object> mark() {
        return data("academicYear", "2026-2027", "subject", "Математика", "period", "current", "mark", "5",
                "markedOn", "2026-10-30");
    }

    /** An ОГЭ in Russian of 2026-06-03: 31 points, mark 5, passed. */
    static Map<String, Object> exam() {
        return data("kind", "oge", "subject", "Русский язык", "examDate", "2026-06-03", "score", 31, "mark", 5,
                "passed", true);
    }

    /** A certificate of basic general education with honours, of 2026-06-26. */
    static Map<String, Object> certificate() {
        return data("kind", "basic-general", "number", "02224000123456", "issuedOn", "2026-06-26", "withHonours", true);
    }

    /** The basic general programme, full-time, first shift, from 2026-09-01. */
    static Map<String, Object> programme() {
        return data("level", "basic-general", "adapted", false, "studyForm", "full-time", "shift", 1,
                "startsOn", "2026-09-01");
    }

    /** An application for the first grade of 2027-2028, registered on 2026-11-20. */
    static Map<String, Object> application() {
        return data("grade", 1, "academicYear", "2027-2028", "registeredOn", "2026-11-20");
    }
}
