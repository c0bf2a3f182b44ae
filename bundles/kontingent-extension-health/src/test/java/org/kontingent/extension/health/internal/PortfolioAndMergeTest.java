package org.kontingent.extension.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.extension.health.internal.Entries.conclusion;
import static org.kontingent.extension.health.internal.Entries.disability;
import static org.kontingent.extension.health.internal.Entries.specialNeeds;
import static org.kontingent.registry.core.testing.EntryData.data;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Permission;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.PortfolioAndMergeContract;

/**
 * The portfolio section {@code health} of a learner on a day — what holds on it first, then every
 * conclusion, disability and special needs known on it — which only READ_HEALTH may see, and the
 * merge participant moving a duplicate's rows to the kept person and back on undo.
 */
class PortfolioAndMergeTest extends PortfolioAndMergeContract {
    private HealthPortfolio portfolio;

    PortfolioAndMergeTest() {
        super(new HealthExtension(), new HealthMerge(), HealthMerge.TABLES);
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return HealthDatabase.start();
    }

    @BeforeAll
    void writeTheSections() throws SQLException {
        portfolio = new HealthPortfolio(database.dataSource());
        write(5000, 10L, "conclusion", "c-last", data("healthGroup", 2, "peGroup", "basic", "concludedOn", "2025-09-12",
                "validUntil", "2026-08-31"));
        write(5000, 10L, "conclusion", "c-this", conclusion());
        write(5000, 10L, "disability", "d-1", disability());
        write(5000, 10L, "special-needs", "s-1", specialNeeds());
    }

    @Test
    void isShownOnlyToRolesThatMaySeeHealthData() {
        assertEquals("health", portfolio.id());
        assertEquals(Optional.of(Permission.READ_HEALTH), portfolio.requires());
    }

    @Test
    void showsWhatHoldsOnTheDayAndEveryRecordKnownOnIt() {
        Map<String, Object> section = portfolio.section(5000, TODAY).orElseThrow();
        assertEquals(List.of("healthGroup", "healthGroupName", "peGroup", "peGroupName", "longTermTreatment",
                "disabilityCategory", "disabilityCategoryName", "specialNeedsCategory", "specialNeedsCategoryName",
                "adaptedProgramme", "conclusions", "disabilities", "specialNeeds"), new ArrayList<>(section.keySet()),
                "what holds on the day first, then the records");
        assertEquals(List.of(2, "II группа здоровья", "preparatory", "Подготовительная", false, "child-disabled",
                "Ребёнок-инвалид", "mental-delay", "С задержкой психического развития", true),
                List.of(section.get("healthGroup"), section.get("healthGroupName"), section.get("peGroup"),
                        section.get("peGroupName"), section.get("longTermTreatment"), section.get("disabilityCategory"),
                        section.get("disabilityCategoryName"), section.get("specialNeedsCategory"),
                        section.get("specialNeedsCategoryName"), section.get("adaptedProgramme")));
        assertEquals(List.of(
                data("organizationId", 10L, "membershipId", 8000L, "healthGroup", 2, "healthGroupName", "II группа здоровья",
                        "peGroup", "preparatory", "peGroupName", "Подготовительная", "longTermTreatment", false,
                        "concludedOn", LocalDate.of(2026, 9, 15), "validFrom", LocalDate.of(2026, 9, 15),
                        "validUntil", LocalDate.of(2027, 8, 31), "issuer", "КГБУЗ «Детская городская поликлиника № 3»",
                        "inForce", true),
                data("organizationId", 10L, "membershipId", 8000L, "healthGroup", 2, "healthGroupName", "II группа здоровья",
                        "peGroup", "basic", "peGroupName", "Основная", "longTermTreatment", false,
                        "concludedOn", LocalDate.of(2025, 9, 12), "validFrom", LocalDate.of(2025, 9, 12),
                        "validUntil", LocalDate.of(2026, 8, 31), "inForce", false)),
                section.get("conclusions"), "the latest first, last year's no longer in force");
        assertEquals(List.of(data("organizationId", 10L, "membershipId", 8000L, "category", "child-disabled",
                "categoryName", "Ребёнок-инвалид", "establishedOn", LocalDate.of(2022, 4, 12),
                "validUntil", LocalDate.of(2032, 3, 2), "certificate", "МСЭ-2022 № 0123456", "inForce", true)),
                section.get("disabilities"));
        assertEquals(List.of(data("organizationId", 10L, "membershipId", 8000L, "category", "mental-delay",
                "categoryName", "С задержкой психического развития", "adaptedProgramme", true, "programmeVariant", "7.2",
                "commission", "Территориальная ПМПК г. Барнаула", "number", "2024-118",
                "concludedOn", LocalDate.of(2024, 5, 20), "inForce", true)), section.get("specialNeeds"));
    }

    @Test
    void showsOnlyWhatWasKnownOnTheDayAsked() {
        Map<String, Object> lastYear = portfolio.section(5000, LocalDate.of(2026, 5, 20)).orElseThrow();
        assertEquals(List.of(2, "basic", "child-disabled", "mental-delay", true), List.of(lastYear.get("healthGroup"),
                lastYear.get("peGroup"), lastYear.get("disabilityCategory"), lastYear.get("specialNeedsCategory"),
                lastYear.get("adaptedProgramme")));
        assertEquals(1, ((List<?>) lastYear.get("conclusions")).size(), "this year's examination had not been made");

        Map<String, Object> between = portfolio.section(5000, LocalDate.of(2026, 9, 10)).orElseThrow();
        assertTrue(!between.containsKey("healthGroup") && !between.containsKey("peGroup"),
                "last year's conclusion ended on 31 August, this year's not made yet: no health group holds");
        assertEquals("child-disabled", between.get("disabilityCategory"));

        Map<String, Object> before = portfolio.section(5000, LocalDate.of(2023, 1, 1)).orElseThrow();
        assertEquals(List.of("disabilityCategory", "disabilityCategoryName", "disabilities"), new ArrayList<>(before.keySet()),
                "only the disability was known in 2023");
        assertEquals(Optional.empty(), portfolio.section(5000, LocalDate.of(2022, 4, 11)), "nothing known yet");
        assertEquals(Optional.empty(), portfolio.section(5002, TODAY), "nothing about 5002");
    }

    @Override
    protected long keptPerson() {
        return 5002;
    }

    @Override
    protected long mergedPerson() {
        return 5003;
    }

    @Override
    protected List<ExtensionEntry> duplicatesEntries() {
        return List.of(entry(SOURCE, "conclusion", "m-1", 5003, 10L, conclusion()),
                entry(SOURCE, "special-needs", "m-2", 5003, 10L, specialNeeds()));
    }

    @Override
    protected ExtensionEntry writtenForTheKeptPersonAfterTheMerge() {
        return entry(SOURCE, "disability", "m-3", 5002, 11L, disability());
    }
}
