package org.kontingent.extension.preschool.internal;

import static org.kontingent.registry.core.testing.EntryData.data;

import java.util.Map;

/** Valid data of each entity for the tests. */
final class Entries {
    private Entries() {
    }

    /** Child 1000's enrollment in the middle group of kindergarten 11 since 2024-09-01, full day. */
    static Map<String, Object> enrollment() {
        return data("enrolledOn", "2024-09-01", "orderNumber", "12-д", "orderDate", "2024-08-28", "studyForm", "full-time",
                "stayMode", "full-day", "groupType", "general-developmental", "ageGroup", "middle");
    }

    /** Child 1002's application, registered on 2026-10-01 for a place from 2027-09-01. */
    static Map<String, Object> application() {
        return data("registeredOn", "2026-10-01", "birthDate", "2024-01-15", "wantedDate", "2027-09-01");
    }
}
