package org.kontingent.extension.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.extension.health.internal.Entries.conclusion;
import static org.kontingent.extension.health.internal.Entries.disability;
import static org.kontingent.extension.health.internal.Entries.specialNeeds;
import static org.kontingent.registry.core.testing.EntryData.data;
import static org.kontingent.registry.core.testing.EntryData.with;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.batch.EntryOutcome.Result;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.ExtensionWriteContract;

/**
 * The health extension's write on a real PostgreSQL: every entity written with the membership it
 * is attached to, upserted unchanged the second time, refused field by field with the exact rule
 * and leaving nothing behind, and flagged (not refused) when the person is no learner of the
 * organization during the days the entry holds, or when a disability's category does not fit the
 * person's age.
 */
class HealthExtensionTest extends ExtensionWriteContract {
    HealthExtensionTest() {
        super(new HealthExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return HealthDatabase.start();
    }

    @Test
    void writesAConclusionWithItsMembershipAndUpsertsIt() throws SQLException {
        Written written = write("conclusion", "c-1", 5000, 10L, conclusion());
        assertEquals(new Written(written.id(), Result.CREATED, List.of()), written);
        Map<String, Object> c = row("conclusion", "c-1");
        assertEquals(8000L, c.get("membership_id"));
        assertEquals(2, ((Number) c.get("health_group")).intValue());
        assertEquals("preparatory", c.get("pe_group"));
        assertEquals(Boolean.FALSE, c.get("long_term_treatment"), "no long-term treatment by default");
        assertEquals(LocalDate.of(2026, 9, 15), c.get("concluded_on"));
        assertEquals(LocalDate.of(2026, 9, 15), c.get("valid_from"), "from the day it was made when not given");
        assertEquals(LocalDate.of(2027, 8, 31), c.get("valid_until"));
        assertEquals("КГБУЗ «Детская городская поликлиника № 3»", c.get("issuer"));

        Object updatedAt = row("conclusion", "c-1").get("updated_at");
        assertEquals(new Written(written.id(), Result.UNCHANGED, List.of()), write("conclusion", "c-1", 5000, 10L, conclusion()));
        assertEquals(updatedAt, row("conclusion", "c-1").get("updated_at"), "an unchanged row is not touched");
        assertEquals(new Written(written.id(), Result.UPDATED, List.of()), write("conclusion", "c-1", 5000, 10L,
                with(conclusion(), "healthGroup", "III", "peGroup", "special-a", "longTermTreatment", true)));
        Map<String, Object> changed = row("conclusion", "c-1");
        assertEquals(List.of(3, "special-a", true), List.of(((Number) changed.get("health_group")).intValue(),
                changed.get("pe_group"), changed.get("long_term_treatment")), "the Roman numeral III is group 3");

        write("conclusion", "c-2", 5002, 11L, data("healthGroup", "1", "concludedOn", "2026-10-01", "validFrom", "2026-10-05"));
        Map<String, Object> toddler = row("conclusion", "c-2");
        assertEquals(List.of(8002L, 1), List.of(toddler.get("membership_id"), ((Number) toddler.get("health_group")).intValue()));
        assertNull(toddler.get("pe_group"), "no medical group for physical education determined yet");
        assertNull(toddler.get("valid_until"), "open-ended");
        assertEquals(LocalDate.of(2026, 10, 5), toddler.get("valid_from"));
    }

    @Test
    void writesADisabilityAndSpecialNeedsWithTheirMembership() throws SQLException {
        Written child = write("disability", "d-1", 5000, 10L, disability());
        assertEquals(List.of(), child.notices());
        Map<String, Object> d = row("disability", "d-1");
        assertEquals(List.of(8000L, "child-disabled", LocalDate.of(2022, 4, 12), LocalDate.of(2032, 3, 2), "МСЭ-2022 № 0123456"),
                List.of(d.get("membership_id"), d.get("category"), d.get("established_on"), d.get("valid_until"),
                        d.get("certificate")));
        assertNull(d.get("reason"), "a disabled child's reason may be left out");

        assertEquals(List.of(), write("disability", "d-2", 5001, 12L, data("category", "group-3", "reason", "childhood",
                "establishedOn", "2026-06-05")).notices(), "18 since 2026-05-05: an adult's group");
        assertEquals("childhood", row("disability", "d-2").get("reason"));
        assertNull(row("disability", "d-2").get("valid_until"), "indefinitely");

        Written needs = write("special-needs", "s-1", 5000, 10L, specialNeeds());
        assertEquals(List.of(), needs.notices());
        Map<String, Object> s = row("special_needs", "s-1");
        assertEquals(List.of(8000L, "mental-delay", true, "7.2", "Территориальная ПМПК г. Барнаула", "2024-118",
                LocalDate.of(2024, 5, 20)), List.of(s.get("membership_id"), s.get("category"), s.get("adapted_programme"),
                s.get("programme_variant"), s.get("commission"), s.get("number"), s.get("concluded_on")));
        write("special-needs", "s-2", 5002, 11L, data("category", "speech", "concludedOn", "2026-03-01", "number", 17));
        assertEquals(List.of(true, "17"), List.of(row("special_needs", "s-2").get("adapted_programme"),
                row("special_needs", "s-2").get("number")), "an adapted programme by default; a number as its text");
        write("special-needs", "s-3", 5001, 12L, data("category", "musculoskeletal", "adaptedProgramme", false,
                "concludedOn", "2025-06-01", "validUntil", "2028-06-30"));
        assertEquals(Boolean.FALSE, row("special_needs", "s-3").get("adapted_programme"));
    }

    @Override
    protected List<Refusal> refusals() {
        return List.of(
                new Refusal("conclusion", 10L, with(conclusion(), "healthGroup", null), "healthGroup", "required"),
                new Refusal("conclusion", 10L, with(conclusion(), "healthGroup", 6), "healthGroup", "health-group.range"),
                new Refusal("conclusion", 10L, with(conclusion(), "healthGroup", 0), "healthGroup", "health-group.range"),
                new Refusal("conclusion", 10L, with(conclusion(), "healthGroup", "VI"), "healthGroup", "health-group.format"),
                new Refusal("conclusion", 10L, with(conclusion(), "healthGroup", 2.5), "healthGroup", "health-group.format"),
                new Refusal("conclusion", 10L, with(conclusion(), "peGroup", "special"), "peGroup", "dictionary.pe-group"),
                new Refusal("conclusion", 10L, with(conclusion(), "healthGroup", 1, "peGroup", "special-b"), "peGroup",
                        "pe-group.health-group"),
                new Refusal("conclusion", 10L, with(conclusion(), "healthGroup", "V", "peGroup", "basic"), "peGroup",
                        "pe-group.health-group"),
                new Refusal("conclusion", 10L, with(conclusion(), "longTermTreatment", "yes"), "longTermTreatment",
                        "long-term-treatment.type"),
                new Refusal("conclusion", 10L, with(conclusion(), "concludedOn", null), "concludedOn", "required"),
                new Refusal("conclusion", 10L, with(conclusion(), "concludedOn", "15.09.2026"), "concludedOn",
                        "concluded-on.format"),
                new Refusal("conclusion", 10L, with(conclusion(), "concludedOn", "2026-11-24"), "concludedOn",
                        "concluded-on.future"),
                new Refusal("conclusion", 10L, with(conclusion(), "validFrom", "2026-09-14"), "validFrom",
                        "valid-from.concluded-on"),
                new Refusal("conclusion", 10L, with(conclusion(), "validFrom", "2026-10-01", "validUntil", "2026-09-30"),
                        "validUntil", "valid-until.valid-from"),
                new Refusal("conclusion", 10L, with(conclusion(), "validUntil", "2027-02-30"), "validUntil",
                        "valid-until.format"),
                new Refusal("conclusion", 10L, with(conclusion(), "issuer", "П".repeat(301)), "issuer", "issuer.length"),
                new Refusal("conclusion", 10L, with(conclusion(), "diagnosis", "J45"), "diagnosis", "field.unknown"),
                new Refusal("conclusion", null, conclusion(), "organization", "required"),
                new Refusal("disability", 10L, with(disability(), "category", null), "category", "required"),
                new Refusal("disability", 10L, with(disability(), "category", "group-4"), "category",
                        "dictionary.disability-category"),
                new Refusal("disability", 10L, with(disability(), "category", "group-2"), "reason", "reason.category"),
                new Refusal("disability", 10L, with(disability(), "reason", "illness"), "reason", "dictionary.disability-reason"),
                new Refusal("disability", 10L, with(disability(), "establishedOn", "2026-12-01"), "establishedOn",
                        "established-on.future"),
                new Refusal("disability", 10L, with(disability(), "validUntil", "2022-04-11"), "validUntil",
                        "valid-until.established-on"),
                new Refusal("disability", 10L, with(disability(), "certificate", "№".repeat(51)), "certificate",
                        "certificate.length"),
                new Refusal("special-needs", 10L, with(specialNeeds(), "category", "adhd"), "category",
                        "dictionary.special-needs-category"),
                new Refusal("special-needs", 10L, with(specialNeeds(), "adaptedProgramme", "да"), "adaptedProgramme",
                        "adapted-programme.type"),
                new Refusal("special-needs", 10L, with(specialNeeds(), "adaptedProgramme", false), "programmeVariant",
                        "programme-variant.adapted"),
                new Refusal("special-needs", 10L, with(specialNeeds(), "programmeVariant", "вариант".repeat(3)),
                        "programmeVariant", "programme-variant.length"),
                new Refusal("special-needs", 10L, with(specialNeeds(), "commission", "К".repeat(301)), "commission",
                        "commission.length"),
                new Refusal("special-needs", 10L, with(specialNeeds(), "number", "1".repeat(31)), "number", "number.length"),
                new Refusal("special-needs", 10L, with(specialNeeds(), "concludedOn", null), "concludedOn", "required"),
                new Refusal("special-needs", 10L, with(specialNeeds(), "validUntil", "2024-05-19"), "validUntil",
                        "valid-until.concluded-on"));
    }

    @Override
    protected long refusedPerson() {
        return 5000;
    }

    @Override
    protected Refusals severalAtOnce() {
        return new Refusals("conclusion", 10L, data("healthGroup", 4, "peGroup", "basic", "validUntil", "2020-01-01"),
                List.of("peGroup pe-group.health-group", "concludedOn required"));
    }

    @Override
    protected String unknownEntity() {
        return "diagnosis";
    }

    @Override
    protected String callersScope() {
        return "authority:2";
    }

    @Override
    protected List<ExtensionEntry> entriesWrittenInTheCallersScope() {
        return List.of(entry(SOURCE, "conclusion", "scope-1", 5000, 10L, conclusion()));
    }

    @Test
    @Override
    public void refusesEachBrokenFieldWithItsRuleAndLeavesNothingBehind() throws SQLException {
        super.refusesEachBrokenFieldWithItsRuleAndLeavesNothingBehind();
        InvalidRecordException dictionary = assertThrows(InvalidRecordException.class, () -> write("special-needs",
                "refused-special-needs", 5000, 10L, with(specialNeeds(), "category", "adhd")));
        assertTrue(dictionary.violations().get(0).message().contains("deaf, hard-of-hearing, blind"),
                "a wrong category is answered with the codes: " + dictionary.violations().get(0).message());
    }

    @Test
    void flagsWhatItKeepsAllTheSame() throws SQLException {
        Written elsewhere = write("conclusion", "l2-1", 5002, 10L, conclusion());
        assertEquals(List.of(HealthExtension.NO_MEMBERSHIP), rules(elsewhere), "a kindergarten's child at the school");
        assertTrue(elsewhere.notices().get(0).message().contains("from 2026-09-15 to 2027-08-31"),
                elsewhere.notices().get(0).message());
        assertNull(row("conclusion", "l2-1").get("membership_id"), "kept without a membership");
        assertEquals(List.of(HealthExtension.NO_MEMBERSHIP), rules(write("special-needs", "l2-2", 5003, 10L, specialNeeds())),
                "a second record of a learner, without a membership");

        assertEquals(List.of(), rules(write("conclusion", "l2-3", 5004, 10L, data("healthGroup", 2, "concludedOn",
                "2024-09-10", "validUntil", "2025-08-31"))), "she left on 2025-06-01: the conclusion held while she was there");
        assertEquals(8004L, row("conclusion", "l2-3").get("membership_id"));
        assertEquals(List.of(HealthExtension.NO_MEMBERSHIP), rules(write("conclusion", "l2-4", 5004, 10L, data("healthGroup", 2,
                "concludedOn", "2025-06-01"))), "made on the day she left");

        Written adultAsChild = write("disability", "l2-5", 5001, 12L, data("category", "child-disabled",
                "establishedOn", "2026-06-01"));
        assertEquals(List.of(HealthExtension.DISABILITY_AGE), rules(adultAsChild));
        assertEquals("category child-disabled", adultAsChild.notices().get(0).field() + " " + adultAsChild.notices().get(0).value());
        assertEquals("child-disabled", row("disability", "l2-5").get("category"), "kept");
        assertEquals(List.of(HealthExtension.DISABILITY_AGE), rules(write("disability", "l2-6", 5000, 10L, data("category",
                "group-2", "reason", "general-disease", "establishedOn", "2025-01-10"))), "a girl of 10 is given no group");
        assertEquals(List.of(), rules(write("disability", "l2-7", 5001, 12L, data("category", "child-disabled",
                "establishedOn", "2026-05-04", "validUntil", "2026-05-04"))), "on the day before he turned 18, a child");
    }
}
