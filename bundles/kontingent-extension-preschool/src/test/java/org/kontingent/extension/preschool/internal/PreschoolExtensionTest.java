package org.kontingent.extension.preschool.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.extension.preschool.internal.Entries.application;
import static org.kontingent.extension.preschool.internal.Entries.enrollment;
import static org.kontingent.registry.core.testing.EntryData.data;
import static org.kontingent.registry.core.testing.EntryData.with;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.batch.EntryOutcome.Result;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.ExtensionWriteContract;

/**
 * The preschool extension's write on a real PostgreSQL: enrollments and applications written with
 * what they are checked against in the registry (membership, age, organizations, birth date),
 * upserted unchanged the second time, refused field by field with the exact rule and leaving
 * nothing behind, and flagged (not refused) where the registry disagrees.
 */
class PreschoolExtensionTest extends ExtensionWriteContract {
    PreschoolExtensionTest() {
        super(new PreschoolExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return PreschoolDatabase.start();
    }

    @Test
    void writesAnEnrollmentWithItsMembershipAndUpsertsIt() throws SQLException {
        Written written = write("enrollment", "en-1", 1000, 11L, enrollment());
        assertEquals(Result.CREATED, written.result());
        assertEquals(List.of(), written.notices(), "1000 is 4 on the day: a middle group's age");
        Map<String, Object> row = row("enrollment", "en-1");
        assertEquals(written.id(), row.get("id"));
        assertEquals(5000L, row.get("membership_id"));
        assertEquals(LocalDate.of(2024, 9, 1), row.get("enrolled_on"));
        assertEquals("12-д", row.get("order_number"));
        assertEquals(LocalDate.of(2024, 8, 28), row.get("order_date"));
        assertEquals("full-time", row.get("study_form_code"));
        assertEquals("basic", row.get("programme"), "the basic programme unless said otherwise");
        assertEquals(Boolean.FALSE, row.get("adapted"));
        assertEquals("full-day", row.get("stay_mode"));
        assertEquals("general-developmental", row.get("group_type"));
        assertEquals("middle", row.get("age_group"));
        assertNull(row.get("leaving_ground"));

        Object updatedAt = row.get("updated_at");
        assertEquals(new Written(written.id(), Result.UNCHANGED, List.of()), write("enrollment", "en-1", 1000, 11L, enrollment()));
        assertEquals(updatedAt, row("enrollment", "en-1").get("updated_at"), "an unchanged row is not touched");

        Written changed = write("enrollment", "en-1", 1000, 11L, with(enrollment(), "programme", "adapted",
                "groupType", "compensating", "groupSpecifics", "для детей с нарушениями речи"));
        assertEquals(Result.UPDATED, changed.result());
        assertEquals(written.id(), changed.id());
        assertEquals(Boolean.TRUE, row("enrollment", "en-1").get("adapted"), "an adapted programme is adapted");
        assertEquals("для детей с нарушениями речи", row("enrollment", "en-1").get("group_specifics"));

        Written left = write("enrollment", "en-2", 1001, 11L, data("enrolledOn", "2023-09-01", "stayMode", "short-stay",
                "groupType", "combined", "ageGroup", "preparatory", "programme", "adapted", "adapted", true,
                "leavingGround", "parents-request", "leavingOrderNumber", "40-о", "leavingOrderDate", "2026-05-29"));
        assertEquals(List.of(), left.notices(), "1001 was 6 on her last day, 2026-05-31");
        Map<String, Object> l = row("enrollment", "en-2");
        assertEquals(5001L, l.get("membership_id"));
        assertEquals("parents-request", l.get("leaving_ground"));
        assertEquals("40-о", l.get("leaving_order_number"));
        assertEquals(LocalDate.of(2026, 5, 29), l.get("leaving_order_date"));
    }

    @Test
    void writesAnApplicationWithItsDefaultsAndUpsertsIt() throws SQLException {
        Written written = write("application", "ap-1", 1002, 11L, with(application(), "alternatives", List.of(12, "10")));
        assertEquals(Result.CREATED, written.result());
        assertEquals(List.of("alternatives preschool.not-preschool-organization"), fieldsAndRules(written),
                "school 10 is no kindergarten; the application is kept");
        Map<String, Object> row = row("application", "ap-1");
        assertEquals(11L, row.get("organization_id"));
        assertArrayEquals(new Long[] {12L, 10L}, (Long[]) row.get("alternatives"));
        assertEquals(LocalDate.of(2024, 1, 15), row.get("birth_date"));
        assertEquals(LocalDate.of(2027, 9, 1), row.get("wanted_date"));
        assertEquals("waiting", row.get("status"), "waiting unless said otherwise");
        assertEquals(LocalDate.of(2026, 10, 1), row.get("status_date"), "the status of the registration's day");
        assertNull(row.get("preferential_category"));

        Written plain = write("application", "ap-2", 1002, 12L, with(application(), "preferentialCategory", "first-priority"));
        assertEquals(List.of(), plain.notices(), "a child-development centre counts at the level preschool");
        assertArrayEquals(new Long[0], (Long[]) row("application", "ap-2").get("alternatives"));
        assertEquals(new Written(plain.id(), Result.UNCHANGED, List.of()), write("application", "ap-2", 1002, 12L,
                with(application(), "preferentialCategory", "first-priority")));
        Written enrolled = write("application", "ap-2", 1002, 12L, with(application(), "preferentialCategory",
                "first-priority", "status", "enrolled", "statusDate", "2026-11-20"));
        assertEquals(Result.UPDATED, enrolled.result());
        assertEquals(plain.id(), enrolled.id());
        assertEquals("enrolled", row("application", "ap-2").get("status"));
        assertEquals(LocalDate.of(2026, 11, 20), row("application", "ap-2").get("status_date"));
    }

    @Override
    protected List<Refusal> refusals() {
        return List.of(
                new Refusal("enrollment", null, enrollment(), "organization", "required"),
                new Refusal("enrollment", 11L, with(enrollment(), "enrolledOn", null), "enrolledOn", "required"),
                new Refusal("enrollment", 11L, with(enrollment(), "enrolledOn", "01.09.2024"), "enrolledOn", "enrolled-on.format"),
                new Refusal("enrollment", 11L, with(enrollment(), "enrolledOn", "2026-11-24"), "enrolledOn", "enrolled-on.future"),
                new Refusal("enrollment", 11L, with(enrollment(), "orderNumber", "1".repeat(41)), "orderNumber", "order-number.length"),
                new Refusal("enrollment", 11L, with(enrollment(), "orderDate", "2027-01-01"), "orderDate", "order-date.future"),
                new Refusal("enrollment", 11L, with(enrollment(), "studyForm", "daily"), "studyForm", "dictionary.study-form"),
                new Refusal("enrollment", 11L, with(enrollment(), "programme", "special"), "programme", "dictionary.programme"),
                new Refusal("enrollment", 11L, with(enrollment(), "adapted", "да"), "adapted", "adapted.type"),
                new Refusal("enrollment", 11L, with(enrollment(), "programme", "adapted", "adapted", false), "adapted",
                        "adapted.programme"),
                new Refusal("enrollment", 11L, with(enrollment(), "groupSpecifics", "г".repeat(201)), "groupSpecifics",
                        "group-specifics.length"),
                new Refusal("enrollment", 11L, with(enrollment(), "stayMode", null), "stayMode", "required"),
                new Refusal("enrollment", 11L, with(enrollment(), "stayMode", "night"), "stayMode", "dictionary.stay-mode"),
                new Refusal("enrollment", 11L, with(enrollment(), "groupType", "sports"), "groupType", "dictionary.group-type"),
                new Refusal("enrollment", 11L, with(enrollment(), "ageGroup", null), "ageGroup", "required"),
                new Refusal("enrollment", 11L, with(enrollment(), "ageGroup", "nursery"), "ageGroup", "dictionary.age-group"),
                new Refusal("enrollment", 11L, with(enrollment(), "leavingGround", "holidays"), "leavingGround",
                        "dictionary.leaving-reason"),
                new Refusal("enrollment", 11L, with(enrollment(), "leavingOrderNumber", "9-о"), "leavingGround", "required"),
                new Refusal("enrollment", 11L, with(enrollment(), "leavingGround", "other", "leavingOrderDate", "2024-08-31"),
                        "leavingOrderDate", "leaving-order-date.enrolled-on"),
                new Refusal("enrollment", 11L, with(enrollment(), "group", "Солнышко"), "group", "field.unknown"),
                new Refusal("application", null, application(), "organization", "required"),
                new Refusal("application", 99L, application(), "organization", "organization.unknown"),
                new Refusal("application", 11L, with(application(), "registeredOn", null), "registeredOn", "required"),
                new Refusal("application", 11L, with(application(), "registeredOn", "2026-12-01"), "registeredOn",
                        "registered-on.future"),
                new Refusal("application", 11L, with(application(), "registeredOn", "2023-12-31"), "registeredOn",
                        "registered-on.birth-date"),
                new Refusal("application", 11L, with(application(), "birthDate", "2024-13-15"), "birthDate", "birth-date.format"),
                new Refusal("application", 11L, with(application(), "wantedDate", null), "wantedDate", "required"),
                new Refusal("application", 11L, with(application(), "wantedDate", "2023-09-01"), "wantedDate",
                        "wanted-date.birth-date"),
                new Refusal("application", 11L, with(application(), "wantedDate", "2032-01-15"), "wantedDate", "wanted-date.age"),
                new Refusal("application", 11L, with(application(), "alternatives", 12), "alternatives", "alternatives.type"),
                new Refusal("application", 11L, with(application(), "alternatives", List.of(12, "12 ")), "alternatives",
                        "alternatives.type"),
                new Refusal("application", 11L, with(application(), "alternatives", List.of("двенадцать")), "alternatives",
                        "alternatives.type"),
                new Refusal("application", 11L, with(application(), "alternatives", List.of(12, 13, 14, 15, 16, 17)),
                        "alternatives", "alternatives.length"),
                new Refusal("application", 11L, with(application(), "alternatives", List.of(11)), "alternatives",
                        "alternatives.organization"),
                new Refusal("application", 11L, with(application(), "alternatives", List.of(12, 99)), "alternatives",
                        "alternatives.unknown"),
                new Refusal("application", 11L, with(application(), "preferentialCategory", "veteran"), "preferentialCategory",
                        "dictionary.preferential-category"),
                new Refusal("application", 11L, with(application(), "status", "lost"), "status", "dictionary.application-status"),
                new Refusal("application", 11L, with(application(), "statusDate", "2026-09-30"), "statusDate",
                        "status-date.registered-on"),
                new Refusal("application", 11L, with(application(), "statusDate", "2026-11-24"), "statusDate",
                        "status-date.future"));
    }

    @Override
    protected long refusedPerson() {
        return 1002;
    }

    @Override
    protected Refusals severalAtOnce() {
        return new Refusals("enrollment", 11L, data("enrolledOn", "2024-09-01", "stayMode", "night", "ageGroup", "nursery",
                "colour", "blue"), List.of("colour field.unknown", "stayMode dictionary.stay-mode", "groupType required",
                "ageGroup dictionary.age-group"));
    }

    @Override
    protected String unknownEntity() {
        return "group";
    }

    @Override
    protected String callersScope() {
        return "authority:3";
    }

    @Override
    protected List<ExtensionEntry> entriesWrittenInTheCallersScope() {
        return List.of(entry(SOURCE, "enrollment", "scope-1", 1000, 11L, enrollment()),
                entry(SOURCE, "application", "scope-2", 1000, 11L, with(application(), "birthDate", "2022-03-10",
                        "alternatives", List.of(12))));
    }

    @Test
    void flagsWhatTheRegistryDisagreesWithAndKeepsTheEntry() throws SQLException {
        Written noMembership = write("enrollment", "l2-1", 1002, 11L, with(enrollment(), "enrolledOn", "2026-09-01",
                "ageGroup", "early"));
        assertEquals(List.of("organization " + PreschoolExtension.NO_MEMBERSHIP), fieldsAndRules(noMembership));
        assertEquals("11", noMembership.notices().get(0).value());
        assertTrue(noMembership.notices().get(0).message().contains("on 2026-09-01"), noMembership.notices().get(0).message());
        assertNull(row("enrollment", "l2-1").get("membership_id"), "written all the same");

        Written young = write("enrollment", "l2-2", 1000, 11L, with(enrollment(), "ageGroup", "senior"));
        assertEquals(List.of("ageGroup " + PreschoolExtension.AGE_GROUP), fieldsAndRules(young));
        assertTrue(young.notices().get(0).message().contains("is 4 on 2026-11-23"), young.notices().get(0).message());
        assertEquals(5000L, row("enrollment", "l2-2").get("membership_id"));

        Written past = write("enrollment", "l2-3", 1001, 11L, data("enrolledOn", "2023-09-01", "stayMode", "full-day",
                "groupType", "general-developmental", "ageGroup", "middle"));
        assertTrue(past.notices().get(0).message().contains("is 6 on 2026-05-31"), "the last day of a past membership: "
                + past.notices().get(0).message());
        assertEquals(List.of(), write("enrollment", "l2-4", 1000, 11L, with(enrollment(), "ageGroup", "mixed-age")).notices());

        Written otherBirth = write("application", "l2-5", 1000, 12L, with(application(), "birthDate", "2022-03-11"));
        assertEquals(List.of("birthDate " + PreschoolExtension.BIRTH_DATE_DIFFERS), fieldsAndRules(otherBirth));
        assertTrue(otherBirth.notices().get(0).message().contains("2022-03-10"), otherBirth.notices().get(0).message());
        assertEquals(List.of(), write("application", "l2-6", 1000, 12L, with(application(), "birthDate", "2022-03-10"))
                .notices(), "the birth date the registry holds for learner 1000");
        assertEquals(List.of("organization " + PreschoolExtension.NOT_PRESCHOOL), fieldsAndRules(write("application", "l2-7", 1002,
                10L, application())));
    }
}
