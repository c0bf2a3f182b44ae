package org.kontingent.extension.additional.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.extension.additional.internal.Entries.application;
import static org.kontingent.extension.additional.internal.Entries.course;
import static org.kontingent.extension.additional.internal.Entries.document;
import static org.kontingent.extension.additional.internal.Entries.mastered;
import static org.kontingent.extension.additional.internal.Entries.programme;
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
 * The additional education extension's write on a real PostgreSQL: every entity written with the
 * membership it is attached to, upserted unchanged the second time, refused field by field with
 * the exact rule and leaving nothing behind, and flagged (not refused) when the person is no
 * learner of the organization at the time, when a course or a document names a programme the
 * source has not sent, or when a certificate does not fit the programme it was issued for.
 */
class AdditionalExtensionTest extends ExtensionWriteContract {
    AdditionalExtensionTest() {
        super(new AdditionalExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return AdditionalDatabase.start();
    }

    @Test
    void writesEveryEntityWithItsMembershipAndUpsertsIt() throws SQLException {
        Written programme = write("programme", "pr-1", 3000, 30L, programme());
        assertEquals(new Written(programme.id(), Result.CREATED, List.of()), programme);
        Map<String, Object> p = row("programme", "pr-1");
        assertEquals(7000L, p.get("membership_id"));
        assertEquals("pre-professional", p.get("kind"));
        assertEquals("artistic", p.get("orientation"));
        assertEquals(Entries.PIANO_REQUIREMENTS, p.get("federal_requirements"));
        assertEquals(2300, number(p.get("hours")));
        assertEquals(8, number(p.get("years")));
        assertEquals("in-progress", p.get("status"), "in progress by default");
        assertNull(p.get("ends_on"));
        assertEquals(Boolean.FALSE, p.get("adapted"));

        write("programme", "pr-2", 3001, 31L, mastered());
        Map<String, Object> ended = row("programme", "pr-2");
        assertEquals(7001L, ended.get("membership_id"));
        assertEquals(LocalDate.of(2026, 6, 1), ended.get("ends_on"));
        assertEquals("mastered", ended.get("status"));
        assertEquals("зачёт", ended.get("mark"));
        assertEquals(Boolean.TRUE, ended.get("distance_technologies"));
        assertNull(ended.get("federal_requirements"));

        assertEquals(List.of(), write("programme", "pr-club", 3004, 10L, data("name", "Школьный театр", "kind",
                "general-developmental", "orientation", "social-humanitarian", "startsOn", "2026-09-01", "adapted", true))
                .notices(), "a school's own club: a programme of the school's learner");
        assertEquals(7004L, row("programme", "pr-club").get("membership_id"));
        assertEquals(Boolean.TRUE, row("programme", "pr-club").get("adapted"));

        Written course = write("course", "c-1", 3000, 30L, course());
        assertEquals(List.of(), course.notices());
        Map<String, Object> c = row("course", "c-1");
        assertEquals(7000L, c.get("membership_id"));
        assertEquals("pr-1", c.get("programme_key"));
        assertEquals(programme.id(), c.get("programme_id"));
        assertEquals("5", c.get("mark"));
        write("course", "c-2", 3001, 31L, data("programme", "pr-2", "academicYear", "2025-2026", "course", "Робототехника",
                "status", "mastered", "mark", 5));
        assertEquals("5", row("course", "c-2").get("mark"), "a number is taken as its text");

        Written document = write("document", "d-1", 3001, 31L, document());
        assertEquals(List.of(), document.notices());
        Map<String, Object> d = row("document", "d-1");
        assertEquals(7001L, d.get("membership_id"), "issued in the graduate's last academic year");
        assertEquals("training-certificate", d.get("kind"));
        assertEquals("pr-2", d.get("programme_key"));
        assertEquals(List.of(), write("document", "d-2", 3000, 30L, data("kind", "other", "name",
                "Сертификат участника программы", "number", "7", "issuedOn", "2026-05-20")).notices());

        Written application = write("application", "a-1", 3004, 31L, application());
        assertEquals(List.of(), application.notices(), "an applicant is no learner yet");
        assertEquals("registered", row("application", "a-1").get("status"));
        assertEquals("technical", row("application", "a-1").get("orientation"));

        Object updatedAt = row("course", "c-1").get("updated_at");
        assertEquals(new Written(course.id(), Result.UNCHANGED, List.of()), write("course", "c-1", 3000, 30L, course()));
        assertEquals(updatedAt, row("course", "c-1").get("updated_at"), "an unchanged row is not touched");
        assertEquals(new Written(programme.id(), Result.UNCHANGED, List.of()), write("programme", "pr-1", 3000, 30L, programme()));
        assertEquals(new Written(document.id(), Result.UNCHANGED, List.of()), write("document", "d-1", 3001, 31L, document()));
        assertEquals(new Written(programme.id(), Result.UPDATED, List.of()), write("programme", "pr-1", 3000, 30L,
                with(programme(), "endsOn", "2026-09-01", "status", "not-mastered")));
        assertEquals("not-mastered", row("programme", "pr-1").get("status"));
        assertEquals(Result.UPDATED, write("programme", "pr-1", 3000, 30L, programme()).result(), "back in progress");
        assertNull(row("programme", "pr-1").get("ends_on"));
    }

    @Override
    protected List<Refusal> refusals() {
        return List.of(
                new Refusal("application", 31L, with(application(), "programme", null), "programme", "required"),
                new Refusal("application", 31L, with(application(), "programme", "П".repeat(301)), "programme", "programme.length"),
                new Refusal("application", 31L, with(application(), "kind", "professional"), "kind", "dictionary.programme-kind"),
                new Refusal("application", 31L, with(application(), "orientation", "military"), "orientation",
                        "dictionary.orientation"),
                new Refusal("application", 31L, with(application(), "kind", "pre-professional"), "orientation", "orientation.kind"),
                new Refusal("application", 31L, with(application(), "appliedOn", "2026-11-24"), "appliedOn", "applied-on.future"),
                new Refusal("application", 31L, with(application(), "status", "lost"), "status", "dictionary.application-status"),
                new Refusal("application", null, application(), "organization", "required"),
                new Refusal("programme", 30L, with(programme(), "name", null), "name", "required"),
                new Refusal("programme", 30L, with(programme(), "name", "Ф".repeat(301)), "name", "name.length"),
                new Refusal("programme", 30L, with(programme(), "kind", null), "kind", "required"),
                new Refusal("programme", 30L, with(programme(), "kind", "basic"), "kind", "dictionary.programme-kind"),
                new Refusal("programme", 30L, with(programme(), "orientation", "sports"), "orientation", "dictionary.orientation"),
                new Refusal("programme", 30L, with(programme(), "orientation", "natural-science"), "orientation",
                        "orientation.kind"),
                new Refusal("programme", 30L, with(programme(), "kind", "general-developmental"), "federalRequirements",
                        "federal-requirements.kind"),
                new Refusal("programme", 30L, with(programme(), "hours", 0), "hours", "hours.range"),
                new Refusal("programme", 30L, with(programme(), "hours", "много"), "hours", "hours.format"),
                new Refusal("programme", 30L, with(programme(), "years", 11), "years", "years.range"),
                new Refusal("programme", 30L, with(programme(), "adapted", "да"), "adapted", "adapted.type"),
                new Refusal("programme", 30L, with(programme(), "distanceTechnologies", "yes"), "distanceTechnologies",
                        "distance-technologies.type"),
                new Refusal("programme", 30L, with(programme(), "studyForm", "daily"), "studyForm", "dictionary.study-form"),
                new Refusal("programme", 30L, with(programme(), "startsOn", null), "startsOn", "required"),
                new Refusal("programme", 30L, with(programme(), "startsOn", "01.09.2025"), "startsOn", "starts-on.format"),
                new Refusal("programme", 30L, with(programme(), "startsOn", "2026-12-01"), "startsOn", "starts-on.future"),
                new Refusal("programme", 30L, with(programme(), "endsOn", "2025-08-01", "status", "not-mastered"), "endsOn",
                        "ends-on.starts-on"),
                new Refusal("programme", 30L, with(programme(), "endsOn", "2025-09-01", "status", "not-mastered"), "endsOn",
                        "ends-on.starts-on"),
                new Refusal("programme", 30L, with(programme(), "endsOn", "2026-12-01", "status", "mastered"), "endsOn",
                        "ends-on.future"),
                new Refusal("programme", 30L, with(programme(), "endsOn", "2026-06-01"), "status", "status.ends-on"),
                new Refusal("programme", 30L, with(programme(), "endsOn", "2026-06-01", "status", "in-progress"), "status",
                        "status.ends-on"),
                new Refusal("programme", 30L, with(programme(), "status", "mastered"), "endsOn", "ends-on.status"),
                new Refusal("programme", 30L, with(programme(), "status", "done"), "status", "dictionary.study-status"),
                new Refusal("programme", 30L, with(programme(), "endsOn", "2026-06-01", "status", "mastered", "mark", "2"),
                        "mark", "mark.status"),
                new Refusal("programme", 30L, with(programme(), "mark", "о".repeat(21)), "mark", "mark.length"),
                new Refusal("programme", 30L, with(programme(), "colour", "blue"), "colour", "field.unknown"),
                new Refusal("course", 30L, with(course(), "programme", null), "programme", "required"),
                new Refusal("course", 30L, with(course(), "academicYear", "2025/2026"), "academicYear", "academic-year.format"),
                new Refusal("course", 30L, with(course(), "course", ""), "course", "required"),
                new Refusal("course", 30L, with(course(), "status", "passed"), "status", "dictionary.study-status"),
                new Refusal("course", 30L, with(course(), "status", "mastered", "mark", "Не зачтено"), "mark", "mark.status"),
                new Refusal("document", 31L, with(document(), "kind", "diploma"), "kind", "dictionary.document-kind"),
                new Refusal("document", 31L, with(document(), "kind", "other"), "name", "name.kind"),
                new Refusal("document", 31L, with(document(), "number", null), "number", "required"),
                new Refusal("document", 31L, with(document(), "issuedOn", "2026-12-01"), "issuedOn", "issued-on.future"),
                new Refusal("document", 31L, with(document(), "series", "С".repeat(21)), "series", "series.length"),
                new Refusal("document", 31L, with(document(), "programme", "k".repeat(201)), "programme", "programme.length"));
    }

    @Override
    protected long refusedPerson() {
        return 3000;
    }

    @Override
    protected Refusals severalAtOnce() {
        return new Refusals("programme", 30L, data("kind", "pre-professional", "orientation", "technical", "hours", 0),
                List.of("name required", "orientation orientation.kind", "hours hours.range", "startsOn required"));
    }

    @Override
    protected String unknownEntity() {
        return "enrollment";
    }

    @Override
    protected String callersScope() {
        return "authority:2";
    }

    @Override
    protected List<ExtensionEntry> entriesWrittenInTheCallersScope() {
        return List.of(entry(SOURCE, "programme", "scope-1", 3000, 30L, programme()));
    }

    @Test
    void flagsWhatItKeepsAllTheSame() throws SQLException {
        assertEquals(List.of(AdditionalExtension.NO_MEMBERSHIP), rules(write("programme", "l2-1", 3003, 30L, programme())),
                "a second record of a learner, without a membership");
        Written before = write("programme", "l2-2", 3002, 31L, with(mastered(), "startsOn", "2025-09-01"));
        assertEquals(List.of(AdditionalExtension.NO_MEMBERSHIP), rules(before), "3002 came on 2026-09-01");
        assertTrue(before.notices().get(0).message().contains("on 2025-09-01"));
        assertNull(row("programme", "l2-2").get("membership_id"), "kept without a membership");
        write("programme", "l2-robots", 3001, 31L, mastered());
        assertEquals(List.of(AdditionalExtension.NO_MEMBERSHIP), rules(write("course", "l2-3", 3001, 31L,
                data("programme", "l2-robots", "academicYear", "2026-2027", "course", "Робототехника"))),
                "3001 graduated on 2026-06-01");

        Written unknownProgramme = write("course", "l2-4", 3000, 30L, with(course(), "programme", "later"));
        assertEquals(List.of(AdditionalExtension.UNKNOWN_PROGRAMME), rules(unknownProgramme));
        assertEquals("programme later", unknownProgramme.notices().get(0).field() + " " + unknownProgramme.notices().get(0).value());
        assertEquals("later", row("course", "l2-4").get("programme_key"), "kept with the key, to join the programme later");
        assertNull(row("course", "l2-4").get("programme_id"));
        Written later = write("programme", "later", 3000, 30L, with(programme(), "name", "Хоровое пение"));
        assertEquals(later.id(), row("course", "l2-4").get("programme_id"), "joined when the programme came");
        write("programme", "later", 3001, 31L, with(mastered(), "name", "Хоровое пение"));
        assertNull(row("course", "l2-4").get("programme_id"), "unjoined when the source moved it to another person");
        assertEquals(List.of(AdditionalExtension.UNKNOWN_PROGRAMME), rules(write("course", "l2-5", 3000, 30L,
                with(course(), "programme", "l2-robots"))), "another person's programme is not this one's");

        write("programme", "l2-piano", 3000, 30L, programme());
        assertEquals(List.of(), rules(write("document", "l2-6", 3000, 30L, data("kind", "pre-professional-arts-certificate",
                "number", "11", "issuedOn", "2026-05-30", "programme", "l2-piano"))));
        Written wrongKind = write("document", "l2-7", 3001, 31L, data("kind", "pre-professional-arts-certificate",
                "number", "12", "issuedOn", "2026-05-31", "programme", "l2-robots"));
        assertEquals(List.of(AdditionalExtension.DOCUMENT_FOR_PROGRAMME), rules(wrongKind));
        assertEquals("pre-professional-arts-certificate", row("document", "l2-7").get("kind"), "kept");
        assertEquals(List.of(AdditionalExtension.NO_MEMBERSHIP, AdditionalExtension.UNKNOWN_PROGRAMME), rules(write("document",
                "l2-8", 3004, 30L, data("kind", "study-certificate", "number", "13", "issuedOn", "2026-05-31",
                        "programme", "nowhere"))), "a pupil of a school, never a learner of the arts school");
    }
}
