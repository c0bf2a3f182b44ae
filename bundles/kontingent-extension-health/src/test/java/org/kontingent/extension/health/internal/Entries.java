package org.kontingent.extension.health.internal;

import static org.kontingent.registry.core.testing.EntryData.data;

import java.util.Map;

/** Valid data of each entity for the tests. */
final class Entries {
    private Entries() {
    }

    /** This year's examination of pupil 5000: health group II, preparatory group, to the end of the year. */
    static Map<String, Object> conclusion() {
        return data("healthGroup", 2, "peGroup", "preparatory", "concludedOn", "2026-09-15", "validUntil", "2027-08-31",
                "issuer", "КГБУЗ «Детская городская поликлиника № 3»");
    }

    /** A disabled child since 2022, until the day before turning 18. */
    static Map<String, Object> disability() {
        return data("category", "child-disabled", "establishedOn", "2022-04-12", "validUntil", "2032-03-02",
                "certificate", "МСЭ-2022 № 0123456");
    }

    /** A pupil with ЗПР on the adapted programme 7.2, for the level of education. */
    static Map<String, Object> specialNeeds() {
        return data("category", "mental-delay", "adaptedProgramme", true, "programmeVariant", "7.2", "commission",
                "Территориальная ПМПК г. Барнаула", "number", "2024-118", "concludedOn", "2024-05-20");
    }
}
