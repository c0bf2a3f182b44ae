package org.kontingent.extension.vocational.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.extension.vocational.internal.Entries.application;
import static org.kontingent.extension.vocational.internal.Entries.courseTransfer;
import static org.kontingent.extension.vocational.internal.Entries.diploma;
import static org.kontingent.extension.vocational.internal.Entries.employerProject;
import static org.kontingent.extension.vocational.internal.Entries.employment;
import static org.kontingent.extension.vocational.internal.Entries.mark;
import static org.kontingent.extension.vocational.internal.Entries.programme;
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
 * The vocational extension's write on a real PostgreSQL: every entity written with the membership
 * it is attached to, upserted unchanged the second time, refused field by field with the exact
 * rule and leaving nothing behind, and flagged (not refused) when the person is no learner of the
 * organization at the time, when a course goes beyond the programme's length or a transfer goes
 * down a course.
 */
class VocationalExtensionTest extends ExtensionWriteContract {
    VocationalExtensionTest() {
        super(new VocationalExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return VocationalDatabase.start();
    }

    @Test
    void writesEveryEntityWithItsMembershipAndUpsertsIt() throws SQLException {
        Written programme = write("programme", "pr-1", 2000, 20L, programme());
        assertEquals(new Written(programme.id(), Result.CREATED, List.of()), programme);
        Map<String, Object> p = row("programme", "pr-1");
        assertEquals(6000L, p.get("membership_id"));
        assertEquals("08.02.01", p.get("specialty_code"));
        assertEquals(2, number(p.get("course")));
        assertEquals(4, number(p.get("course_length")), "a specialty's usual four courses full-time");
        assertEquals(Boolean.FALSE, p.get("adapted"));
        assertEquals("full-time", p.get("study_form_code"));

        write("programme", "pr-2", 2002, 21L, data("kind", "skilled-workers", "specialty", "43.01.09", "academicYear",
                "2026-2027", "course", 1, "studyForm", "extramural", "distanceOnly", true, "specialEquipment", true,
                "distanceTechnologies", "Moodle"));
        Map<String, Object> extramural = row("programme", "pr-2");
        assertEquals(4, number(extramural.get("course_length")), "a profession's three courses and one more extramural");
        assertEquals(Boolean.TRUE, extramural.get("special_equipment"));
        assertEquals("Moodle", extramural.get("distance_technologies"));

        assertEquals(List.of(), write("course-transfer", "ct-1", 2000, 20L, courseTransfer()).notices());
        assertEquals(6000L, row("course_transfer", "ct-1").get("membership_id"));
        Written mark = write("mark", "mk-1", 2000, 20L, mark());
        assertEquals(4, number(row("mark", "mk-1").get("mark_value")));
        assertEquals(6000L, row("mark", "mk-1").get("membership_id"));
        write("mark", "mk-2", 2000, 20L, with(mark(), "discipline", "Физическая культура", "mark", "Зачтено"));
        assertEquals(Boolean.TRUE, row("mark", "mk-2").get("passed"));
        assertNull(row("mark", "mk-2").get("mark_value"));

        Written diploma = write("diploma", "dp-1", 2001, 20L, diploma());
        assertEquals(6001L, row("diploma", "dp-1").get("membership_id"), "issued in the graduate's last academic year");
        assertEquals(Boolean.TRUE, row("diploma", "dp-1").get("with_honours"));
        write("employer-project", "ep-1", 2000, 20L, employerProject());
        assertEquals("execution", row("employer_project", "ep-1").get("involvement"));
        Written employment = write("employment", "em-1", 2001, 20L, employment());
        assertEquals(List.of(), employment.notices(), "a graduate's ended membership counts");
        Map<String, Object> e = row("employment", "em-1");
        assertEquals(6001L, e.get("membership_id"));
        assertEquals("private", e.get("contract_ownership_code"));
        assertEquals(LocalDate.of(2026, 8, 1), e.get("employed_on"));
        Written application = write("application", "ap-1", 2004, 21L, application());
        assertEquals(List.of(), application.notices(), "an applicant is no learner yet");
        assertEquals("registered", row("application", "ap-1").get("status"));

        Object updatedAt = row("mark", "mk-1").get("updated_at");
        assertEquals(new Written(mark.id(), Result.UNCHANGED, List.of()), write("mark", "mk-1", 2000, 20L, mark()));
        assertEquals(updatedAt, row("mark", "mk-1").get("updated_at"), "an unchanged row is not touched");
        assertEquals(new Written(programme.id(), Result.UNCHANGED, List.of()), write("programme", "pr-1", 2000, 20L, programme()));
        assertEquals(new Written(diploma.id(), Result.UNCHANGED, List.of()), write("diploma", "dp-1", 2001, 20L, diploma()));
        assertEquals(new Written(programme.id(), Result.UPDATED, List.of()),
                write("programme", "pr-1", 2000, 20L, with(programme(), "course", 3)));
        assertEquals(3, number(row("programme", "pr-1").get("course")));
        assertEquals(Result.UPDATED, write("employment", "em-1", 2001, 20L, with(employment(), "quotaWorkplace", true)).result());
        assertEquals(Boolean.TRUE, row("employment", "em-1").get("quota_workplace"));
    }

    @Override
    protected List<Refusal> refusals() {
        return List.of(
                new Refusal("application", 20L, with(application(), "specialty", "99.02.99"), "specialty", "dictionary.specialty"),
                new Refusal("application", 20L, with(application(), "course", 7), "course", "course.range"),
                new Refusal("application", 20L, with(application(), "studyForm", "evening"), "studyForm", "dictionary.study-form"),
                new Refusal("application", 20L, with(application(), "appliedOn", "2026-11-24"), "appliedOn", "applied-on.future"),
                new Refusal("application", 20L, with(application(), "status", "lost"), "status", "dictionary.application-status"),
                new Refusal("application", null, application(), "organization", "required"),
                new Refusal("programme", 20L, with(programme(), "kind", "higher"), "kind", "dictionary.programme-kind"),
                new Refusal("programme", 20L, with(programme(), "specialty", null), "specialty", "required"),
                new Refusal("programme", 20L, with(programme(), "specialty", "15.01.30"), "specialty", "specialty.kind"),
                new Refusal("programme", 20L, with(programme(), "kind", "skilled-workers"), "specialty", "specialty.kind"),
                new Refusal("programme", 20L, with(programme(), "kind", "vocational-training"), "specialty", "specialty.kind"),
                new Refusal("programme", 20L, with(programme(), "academicYear", "2026/2027"), "academicYear", "academic-year.format"),
                new Refusal("programme", 20L, with(programme(), "course", 0), "course", "course.range"),
                new Refusal("programme", 20L, with(programme(), "course", "второй"), "course", "course.format"),
                new Refusal("programme", 20L, with(programme(), "length", 7), "length", "length.range"),
                new Refusal("programme", 20L, with(programme(), "adapted", "да"), "adapted", "adapted.type"),
                new Refusal("programme", 20L, with(programme(), "distanceOnly", "yes"), "distanceOnly", "distance-only.type"),
                new Refusal("programme", 20L, with(programme(), "qualification", "Т".repeat(201)), "qualification",
                        "qualification.length"),
                new Refusal("programme", 20L, with(programme(), "studyForm", "daily"), "studyForm", "dictionary.study-form"),
                new Refusal("programme", 20L, with(programme(), "colour", "blue"), "colour", "field.unknown"),
                new Refusal("course-transfer", 20L, with(courseTransfer(), "toCourse", 1), "toCourse", "course-transfer.same-course"),
                new Refusal("course-transfer", 20L, with(courseTransfer(), "fromCourse", null), "fromCourse", "required"),
                new Refusal("course-transfer", 20L, with(courseTransfer(), "transferredOn", "01.09.2026"), "transferredOn",
                        "transferred-on.format"),
                new Refusal("course-transfer", 20L, with(courseTransfer(), "orderDate", "2026-12-01"), "orderDate",
                        "order-date.future"),
                new Refusal("mark", 20L, with(mark(), "mark", "1"), "mark", "mark.value"),
                new Refusal("mark", 20L, with(mark(), "mark", "отлично"), "mark", "mark.value"),
                new Refusal("mark", 20L, with(mark(), "discipline", null), "discipline", "required"),
                new Refusal("mark", 20L, with(mark(), "course", 9), "course", "course.range"),
                new Refusal("diploma", 20L, with(diploma(), "kind", "attestat"), "kind", "dictionary.diploma-kind"),
                new Refusal("diploma", 20L, with(diploma(), "number", "12-AB"), "number", "number.format"),
                new Refusal("diploma", 20L, with(diploma(), "series", "12345678901"), "series", "series.length"),
                new Refusal("diploma", 20L, with(diploma(), "issuedOn", "2026-12-01"), "issuedOn", "issued-on.future"),
                new Refusal("diploma", 20L, with(diploma(), "kind", "study-certificate"), "withHonours", "with-honours.kind"),
                new Refusal("diploma", 20L, with(diploma(), "specialty", "08.02"), "specialty", "dictionary.specialty"),
                new Refusal("employer-project", 20L, with(employerProject(), "involvement", "watching"), "involvement",
                        "dictionary.involvement"),
                new Refusal("employer-project", 20L, with(employerProject(), "employer", ""), "employer", "required"),
                new Refusal("employer-project", 20L, with(employerProject(), "result", "р".repeat(1001)), "result", "result.length"),
                new Refusal("employment", 20L, with(employment(), "contractOwnership", "state"), "contractOwnership",
                        "dictionary.ownership-form"),
                new Refusal("employment", 20L, with(employment(), "contractEnterprise", null), "contractOwnership",
                        "contract-ownership.enterprise"),
                new Refusal("employment", 20L, with(employment(), "actualEmployer", null, "quotaWorkplace", false), "employedOn",
                        "employed-on.employer"),
                new Refusal("employment", 20L, data("quotaWorkplace", true), "quotaWorkplace", "quota-workplace.employer"),
                new Refusal("employment", 20L, with(employment(), "individualPlan", 1), "individualPlan", "individual-plan.type"));
    }

    @Override
    protected long refusedPerson() {
        return 2000;
    }

    @Override
    protected Refusals severalAtOnce() {
        return new Refusals("programme", 20L, data("kind", "mid-level-specialists", "specialty", "15.01.30", "course", 8,
                "studyForm", "daily"), List.of("specialty specialty.kind", "academicYear required", "course course.range",
                "studyForm dictionary.study-form"));
    }

    @Override
    protected String unknownEntity() {
        return "practice";
    }

    @Override
    protected String callersScope() {
        return "authority:2";
    }

    @Override
    protected List<ExtensionEntry> entriesWrittenInTheCallersScope() {
        return List.of(entry(SOURCE, "mark", "scope-1", 2000, 20L, mark()));
    }

    @Test
    void flagsWhatItKeepsAllTheSame() throws SQLException {
        assertEquals(List.of(VocationalExtension.NO_MEMBERSHIP), rules(write("mark", "l2-1", 2003, 20L, mark())),
                "a second record of a student, without a membership");
        Written afterGraduation = write("mark", "l2-2", 2001, 20L, with(mark(), "academicYear", "2026-2027"));
        assertEquals(List.of(VocationalExtension.NO_MEMBERSHIP), rules(afterGraduation));
        assertTrue(afterGraduation.notices().get(0).message().contains("in the academic year 2026-2027"));
        assertNull(row("mark", "l2-2").get("membership_id"), "kept without a membership");
        assertEquals(List.of(VocationalExtension.NO_MEMBERSHIP), rules(write("programme", "l2-3", 2002, 21L,
                with(programme(), "academicYear", "2025-2026"))), "2002 came on 2026-09-01");
        assertEquals(List.of(VocationalExtension.NO_MEMBERSHIP), rules(write("employment", "l2-4", 2004, 20L, employment())),
                "a pupil of a school, never a student of the college");

        Written beyond = write("programme", "l2-5", 2002, 21L, data("kind", "skilled-workers", "specialty", "15.01.30",
                "academicYear", "2026-2027", "course", 4));
        assertEquals(List.of(VocationalExtension.BEYOND_LENGTH), rules(beyond));
        assertEquals("course 4", beyond.notices().get(0).field() + " " + beyond.notices().get(0).value());
        assertEquals(List.of(), rules(write("programme", "l2-5", 2002, 21L, data("kind", "skilled-workers", "specialty",
                "15.01.30", "academicYear", "2026-2027", "course", 4, "length", 4))), "a length given is taken");
        write("programme", "l2-5", 2002, 21L, data("kind", "skilled-workers", "specialty", "15.01.30", "academicYear",
                "2026-2027", "course", 3));
        assertEquals(List.of(VocationalExtension.BEYOND_LENGTH), rules(write("course-transfer", "l2-6", 2002, 21L,
                data("fromCourse", 3, "toCourse", 4, "transferredOn", "2026-11-02"))), "beyond the three courses of a profession");
        Written down = write("course-transfer", "l2-7", 2002, 21L, data("fromCourse", 3, "toCourse", 2,
                "transferredOn", "2026-11-03"));
        assertEquals(List.of(VocationalExtension.LOWER_COURSE), rules(down));
        assertEquals(2, number(row("course_transfer", "l2-7").get("to_course")), "kept");
    }
}
