package org.kontingent.extension.general.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.extension.general.internal.Entries.application;
import static org.kontingent.extension.general.internal.Entries.certificate;
import static org.kontingent.extension.general.internal.Entries.exam;
import static org.kontingent.extension.general.internal.Entries.mark;
import static org.kontingent.extension.general.internal.Entries.programme;
import static org.kontingent.registry.core.testing.EntryData.data;
import static org.kontingent.registry.core.testing.EntryData.with;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.batch.EntryOutcome.Result;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;
import org.kontingent.registry.api.identifiers.Violation;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.ExtensionWriteContract;

/**
 * The general extension's write on a real PostgreSQL: every entity written with what it is
 * checked against in the registry (membership, master subject), upserted unchanged the second
 * time, refused field by field with the exact rule and leaving nothing behind, and flagged (not
 * refused) when the person is no learner of the organization at the time.
 */
class GeneralExtensionTest extends ExtensionWriteContract {
    GeneralExtensionTest() {
        super(new GeneralExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return GeneralDatabase.start();
    }

    @Test
    void writesMarksOnEveryScaleWithTheirMembershipAndMasterSubjectAndUpsertsThem() throws SQLException {
        Written current = write("mark", "mk-1", 1000, 10L, mark());
        assertEquals(Result.CREATED, current.result());
        assertEquals(List.of(), current.notices());
        Map<String, Object> row = row("mark", "mk-1");
        assertEquals(current.id(), row.get("id"));
        assertEquals(5000L, row.get("membership_id"));
        assertEquals("mathematics", row.get("subject_code"), "the master subject by its name");
        assertEquals("five-point", row.get("scale"));
        assertEquals(5, ((Number) row.get("mark_value")).intValue());
        assertNull(row.get("passed"));

        Written pass = write("mark", "mk-2", 1000, 10L, data("academicYear", "2026-2027", "subject", "физическая КУЛЬТУРА",
                "period", "term-1", "mark", "Зачёт"));
        assertEquals(Result.CREATED, pass.result());
        assertEquals("physical-education", row("mark", "mk-2").get("subject_code"), "case and ё aside");
        assertEquals(Boolean.TRUE, row("mark", "mk-2").get("passed"));
        assertEquals("pass-fail", row("mark", "mk-2").get("scale"));

        write("mark", "mk-3", 1000, 10L, data("academicYear", "2026-2027", "subject", "Проектная деятельность",
                "period", "half-1", "mark", "87.5", "scale", "score"));
        assertEquals(0, new BigDecimal("87.5").compareTo((BigDecimal) row("mark", "mk-3").get("score")));
        assertNull(row("mark", "mk-3").get("subject_code"), "a subject that names no master subject keeps its name only");

        write("mark", "mk-4", 1000, 10L, data("academicYear", "2025-2026", "subject", "physics", "period", "final",
                "mark", 4));
        assertEquals("physics", row("mark", "mk-4").get("subject_code"), "the master subject by its code");
        assertEquals(4, ((Number) row("mark", "mk-4").get("mark_value")).intValue(), "a number as the mark");

        Object updatedAt = row("mark", "mk-1").get("updated_at");
        Written again = write("mark", "mk-1", 1000, 10L, mark());
        assertEquals(Result.UNCHANGED, again.result());
        assertEquals(current.id(), again.id());
        assertEquals(updatedAt, row("mark", "mk-1").get("updated_at"), "an unchanged row is not touched");

        Written changed = write("mark", "mk-1", 1000, 10L, with(mark(), "mark", "4"));
        assertEquals(Result.UPDATED, changed.result());
        assertEquals(current.id(), changed.id());
        assertEquals(4, ((Number) row("mark", "mk-1").get("mark_value")).intValue());
    }

    @Test
    void writesExamsCertificatesProgrammesAndApplicationsAndUpsertsThem() throws SQLException {
        Written exam = write("exam", "ex-1", 1001, 10L, exam());
        assertEquals(Result.CREATED, exam.result());
        assertEquals(List.of(), exam.notices(), "1001 was a learner of school 10 until 2026-06-26");
        Map<String, Object> e = row("exam", "ex-1");
        assertEquals("oge", e.get("kind"));
        assertEquals("2025-2026", e.get("academic_year"), "the academic year of the exam's date");
        assertEquals("russian-language", e.get("subject_code"));
        assertEquals(5001L, e.get("membership_id"));
        assertEquals(0, BigDecimal.valueOf(31).compareTo((BigDecimal) e.get("score")));
        assertEquals(5, ((Number) e.get("mark_value")).intValue());
        assertEquals(Boolean.TRUE, e.get("passed"));
        assertEquals(LocalDate.of(2026, 6, 3), e.get("exam_date"));

        Written withoutSchool = write("exam", "ex-2", 1001, null, data("kind", "ege", "subject", "Математика",
                "examDate", "2026-06-01", "score", "72", "passed", "true"));
        assertEquals(List.of(), withoutSchool.notices(), "a result without its school is not checked against one");
        assertNull(row("exam", "ex-2").get("organization_id"));

        Written certificate = write("certificate", "ce-1", 1001, 10L, certificate());
        assertEquals(Result.CREATED, certificate.result());
        Map<String, Object> c = row("certificate", "ce-1");
        assertEquals("basic-general", c.get("kind"));
        assertEquals("02224000123456", c.get("number"));
        assertNull(c.get("series"));
        assertEquals(Boolean.TRUE, c.get("with_honours"));
        assertEquals(5001L, c.get("membership_id"));

        Written programme = write("programme", "pr-1", 1004, 10L, programme());
        assertEquals(Result.CREATED, programme.result());
        Map<String, Object> p = row("programme", "pr-1");
        assertEquals("basic-general", p.get("level"));
        assertEquals(Boolean.FALSE, p.get("adapted"));
        assertEquals("full-time", p.get("study_form_code"));
        assertEquals(1, ((Number) p.get("shift")).intValue());
        assertEquals(5003L, p.get("membership_id"));

        Written application = write("application", "ap-1", 1002, 12L, application());
        assertEquals(Result.CREATED, application.result());
        Map<String, Object> a = row("application", "ap-1");
        assertEquals(1, ((Number) a.get("grade")).intValue());
        assertEquals("registered", a.get("status"), "registered unless said otherwise");
        assertEquals("2027-2028", a.get("academic_year"));

        assertEquals(new Written(exam.id(), Result.UNCHANGED, List.of()), write("exam", "ex-1", 1001, 10L, exam()));
        assertEquals(new Written(certificate.id(), Result.UNCHANGED, List.of()),
                write("certificate", "ce-1", 1001, 10L, certificate()));
        assertEquals(new Written(programme.id(), Result.UNCHANGED, List.of()), write("programme", "pr-1", 1004, 10L, programme()));
        assertEquals(new Written(application.id(), Result.UNCHANGED, List.of()),
                write("application", "ap-1", 1002, 12L, application()));
        assertEquals(Result.UPDATED, write("application", "ap-1", 1002, 12L, with(application(), "status", "enrolled")).result());
        assertEquals("enrolled", row("application", "ap-1").get("status"));
    }

    @Override
    protected List<Refusal> refusals() {
        return List.of(
                new Refusal("mark", 10L, with(mark(), "academicYear", null), "academicYear", "required"),
                new Refusal("mark", 10L, with(mark(), "academicYear", "2026-2028"), "academicYear", "academic-year.format"),
                new Refusal("mark", 10L, with(mark(), "subject", " "), "subject", "required"),
                new Refusal("mark", 10L, with(mark(), "subject", "М".repeat(201)), "subject", "subject.length"),
                new Refusal("mark", 10L, with(mark(), "subject", Map.of("name", "Математика")), "subject", "subject.type"),
                new Refusal("mark", 10L, with(mark(), "period", "term-5"), "period", "dictionary.mark-period"),
                new Refusal("mark", 10L, with(mark(), "mark", null), "mark", "required"),
                new Refusal("mark", 10L, with(mark(), "mark", "6"), "mark", "mark.value"),
                new Refusal("mark", 10L, with(mark(), "mark", "отл"), "mark", "mark.value"),
                new Refusal("mark", 10L, with(mark(), "mark", "5", "scale", "pass-fail"), "mark", "mark.value"),
                new Refusal("mark", 10L, with(mark(), "mark", "зачёт", "scale", "five-point"), "mark", "mark.value"),
                new Refusal("mark", 10L, with(mark(), "mark", "101", "scale", "score"), "mark", "mark.range"),
                new Refusal("mark", 10L, with(mark(), "mark", "87.555", "scale", "score"), "mark", "mark.format"),
                new Refusal("mark", 10L, with(mark(), "scale", "ten-point"), "scale", "dictionary.mark-scale"),
                new Refusal("mark", 10L, with(mark(), "markedOn", null), "markedOn", "required"),
                new Refusal("mark", 10L, with(mark(), "markedOn", "2026-13-01"), "markedOn", "marked-on.format"),
                new Refusal("mark", 10L, with(mark(), "markedOn", "2026-11-24"), "markedOn", "marked-on.future"),
                new Refusal("mark", 10L, with(mark(), "markedOn", "2026-05-20"), "markedOn", "marked-on.academic-year"),
                new Refusal("mark", 10L, with(mark(), "teacher", "Иванова"), "teacher", "field.unknown"),
                new Refusal("mark", null, mark(), "organization", "required"),
                new Refusal("exam", 10L, with(exam(), "kind", "гиа"), "kind", "dictionary.exam-kind"),
                new Refusal("exam", 10L, with(exam(), "subject", null), "subject", "required"),
                new Refusal("exam", 10L, with(exam(), "examDate", null), "examDate", "required"),
                new Refusal("exam", 10L, with(exam(), "examDate", "2026-12-01"), "examDate", "exam-date.future"),
                new Refusal("exam", 10L, with(exam(), "academicYear", "2026-2027"), "examDate", "exam-date.academic-year"),
                new Refusal("exam", 10L, with(exam(), "score", 100.5), "score", "score.range"),
                new Refusal("exam", 10L, with(exam(), "score", "много"), "score", "score.format"),
                new Refusal("exam", 10L, with(exam(), "mark", 6), "mark", "mark.range"),
                new Refusal("exam", 10L, with(exam(), "mark", "4.5"), "mark", "mark.format"),
                new Refusal("exam", 10L, with(exam(), "score", null, "mark", null), "score", "exam.result"),
                new Refusal("exam", 10L, with(exam(), "passed", null), "passed", "required"),
                new Refusal("exam", 10L, with(exam(), "passed", "да"), "passed", "passed.type"),
                new Refusal("certificate", 10L, with(certificate(), "kind", null), "kind", "required"),
                new Refusal("certificate", 10L, with(certificate(), "kind", "higher"), "kind", "dictionary.certificate-kind"),
                new Refusal("certificate", 10L, with(certificate(), "number", "12AB"), "number", "number.format"),
                new Refusal("certificate", 10L, with(certificate(), "series", "ABCDEFGHIJK"), "series", "series.length"),
                new Refusal("certificate", 10L, with(certificate(), "issuedOn", null), "issuedOn", "required"),
                new Refusal("certificate", 10L, with(certificate(), "issuedOn", "26.06.2026"), "issuedOn", "issued-on.format"),
                new Refusal("certificate", 10L, with(certificate(), "withHonours", "yes"), "withHonours", "with-honours.type"),
                new Refusal("certificate", null, certificate(), "organization", "required"),
                new Refusal("programme", 10L, with(programme(), "level", "higher"), "level", "dictionary.programme-level"),
                new Refusal("programme", 10L, with(programme(), "studyForm", "daily"), "studyForm", "dictionary.study-form"),
                new Refusal("programme", 10L, with(programme(), "shift", 4), "shift", "shift.range"),
                new Refusal("programme", 10L, with(programme(), "adapted", "да"), "adapted", "adapted.type"),
                new Refusal("programme", 10L, with(programme(), "startsOn", "2026-9-1"), "startsOn", "starts-on.format"),
                new Refusal("application", 10L, with(application(), "grade", 12), "grade", "grade.range"),
                new Refusal("application", 10L, with(application(), "grade", "1.5"), "grade", "grade.format"),
                new Refusal("application", 10L, with(application(), "registeredOn", "2026-12-01"), "registeredOn",
                        "registered-on.future"),
                new Refusal("application", 10L, with(application(), "status", "lost"), "status", "dictionary.application-status"),
                new Refusal("application", 10L, with(application(), "academicYear", "2027"), "academicYear",
                        "academic-year.format"));
    }

    @Override
    protected long refusedPerson() {
        return 1000;
    }

    @Override
    protected Refusals severalAtOnce() {
        return new Refusals("mark", 10L, data("academicYear", "2026", "period", "week", "mark", "7"),
                List.of("academicYear academic-year.format", "subject required", "period dictionary.mark-period",
                        "mark mark.value"));
    }

    @Override
    protected String unknownEntity() {
        return "lesson";
    }

    @Override
    protected String callersScope() {
        return "authority:3";
    }

    @Override
    protected List<ExtensionEntry> entriesWrittenInTheCallersScope() {
        return List.of(entry(SOURCE, "mark", "scope-1", 1000, 10L, mark()));
    }

    @Test
    void flagsAnEntryAboutAnOrganizationWhereThePersonIsNoLearnerAndKeepsIt() throws SQLException {
        Written elsewhere = write("mark", "l2-1", 1000, 12L, mark());
        assertEquals(Result.CREATED, elsewhere.result());
        assertEquals(1, elsewhere.notices().size());
        Violation notice = elsewhere.notices().get(0);
        assertEquals(GeneralExtension.NO_MEMBERSHIP, notice.rule());
        assertEquals("organization", notice.field());
        assertEquals("12", notice.value());
        assertTrue(notice.message().contains("on 2026-10-30"), notice.message());
        assertNotNull(row("mark", "l2-1"), "written all the same");
        assertNull(row("mark", "l2-1").get("membership_id"));

        Written afterLeaving = write("mark", "l2-2", 1001, 10L, data("academicYear", "2026-2027", "subject", "Химия",
                "period", "term-1", "mark", "4"));
        assertEquals(List.of(GeneralExtension.NO_MEMBERSHIP), rules(afterLeaving),
                "1001 left school 10 on 2026-06-26");
        assertTrue(afterLeaving.notices().get(0).message().contains("in the academic year 2026-2027"));

        Written before = write("mark", "l2-3", 1001, 10L, data("academicYear", "2025-2026", "subject", "Химия",
                "period", "year", "mark", "4"));
        assertEquals(List.of(), before.notices());
        assertEquals(5001L, row("mark", "l2-3").get("membership_id"));

        Written beforeStart = write("mark", "l2-4", 1004, 10L, with(mark(), "academicYear", "2025-2026",
                "markedOn", "2026-03-02"));
        assertEquals(List.of(GeneralExtension.NO_MEMBERSHIP), rules(beforeStart),
                "1004 came to school 10 on 2026-09-01");

        assertEquals(List.of(GeneralExtension.NO_MEMBERSHIP), rules(write("exam", "l2-5", 1002, 10L, exam())));
        assertEquals(List.of(GeneralExtension.NO_MEMBERSHIP), rules(write("certificate", "l2-6", 1002, 10L, certificate())));
        assertEquals(List.of(GeneralExtension.NO_MEMBERSHIP), rules(write("programme", "l2-7", 1002, 10L, programme())));
        assertEquals(List.of(), write("application", "l2-8", 1002, 10L, application()).notices(),
                "an applicant is no learner yet");
    }
}
