package org.kontingent.extension.general.internal;

import static org.kontingent.extension.general.internal.GeneralExtension.UPSERT;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.kontingent.extension.support.EntityExtension;
import org.kontingent.extension.support.EntryFields;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;
import org.kontingent.registry.api.identifiers.Violation;

/**
 * The results of the general education extension: ГИА exams (entity {@code exam}, an organization
 * optional: an exam may be sent by the region's exam centre) and certificates of basic and
 * secondary general education (entity {@code certificate}).
 */
final class ResultEntries {
    private static final Pattern CERTIFICATE_NUMBER = Pattern.compile("[0-9]{6,14}");

    private ResultEntries() {
    }

    static Written exam(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = GeneralDictionaries.fields(entry.data(), Set.of("kind", "academicYear", "subject",
                "examDate", "score", "mark", "passed"), entry.today());
        Long organization = entry.organizationId();
        String kind = fields.code("kind", true, GeneralDictionaries.EXAM_KIND);
        String subject = fields.text("subject", true, GeneralExtension.SUBJECT_LENGTH);
        LocalDate examDate = fields.date("examDate", true, true);
        String year = fields.academicYear("academicYear", false);
        if (year != null && examDate != null && !EntryFields.yearOf(examDate).equals(year)) {
            fields.add(new Violation("examDate", examDate.toString(), "exam-date.academic-year", "The exam of " + examDate
                    + " is not in the academic year " + year));
        }
        BigDecimal score = fields.decimal("score", false, 0, 100);
        Integer mark = fields.integer("mark", false, 2, 5);
        Boolean passed = fields.bool("passed", true, null);
        if (entry.data().get("score") == null && entry.data().get("mark") == null) {
            fields.add(new Violation("score", null, "exam.result", "An exam needs its score (0–100) or its mark (2–5)"));
        }
        fields.check(record);
        String academicYear = year != null ? year : EntryFields.yearOf(examDate);

        RegistryViews.Found found = RegistryViews.find(connection, entry.personId(), organization,
                EntryFields.yearStart(academicYear), EntryFields.yearStart(academicYear).plusYears(1), subject);
        List<Violation> notices = new ArrayList<>();
        if (organization != null && found.membershipId() == null) {
            notices.add(GeneralExtension.noMembership(entry, "in the academic year " + academicYear));
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("person_id", entry.personId());
        columns.put("organization_id", organization);
        columns.put("membership_id", found.membershipId());
        columns.put("kind", kind);
        columns.put("academic_year", academicYear);
        columns.put("subject", subject);
        columns.put("subject_code", found.subjectCode());
        columns.put("exam_date", examDate);
        columns.put("score", score);
        columns.put("mark_value", mark == null ? null : mark.shortValue());
        columns.put("passed", passed);
        return UPSERT.write(connection, "exam", entry.sourceId(), entry.key(), columns, notices);
    }

    static Written certificate(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = GeneralDictionaries.fields(entry.data(), Set.of("kind", "series", "number", "issuedOn",
                "withHonours"), entry.today());
        Long organization = EntityExtension.organization(fields, entry);
        String kind = fields.code("kind", true, GeneralDictionaries.CERTIFICATE_KIND);
        String series = fields.text("series", false, 10);
        String number = fields.text("number", true, 20);
        if (number != null && !CERTIFICATE_NUMBER.matcher(number).matches()) {
            fields.add(new Violation("number", number, "number.format", "A certificate's number is 6 to 14 digits, not "
                    + number));
        }
        LocalDate issuedOn = fields.date("issuedOn", true, true);
        Boolean withHonours = fields.bool("withHonours", false, false);
        fields.check(record);

        String year = EntryFields.yearOf(issuedOn);
        RegistryViews.Found found = RegistryViews.find(connection, entry.personId(), organization,
                EntryFields.yearStart(year), EntryFields.yearStart(year).plusYears(1), null);
        List<Violation> notices = new ArrayList<>();
        if (found.membershipId() == null) {
            notices.add(GeneralExtension.noMembership(entry, "in the academic year " + year));
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("person_id", entry.personId());
        columns.put("organization_id", organization);
        columns.put("membership_id", found.membershipId());
        columns.put("kind", kind);
        columns.put("series", series);
        columns.put("number", number);
        columns.put("issued_on", issuedOn);
        columns.put("with_honours", withHonours);
        return UPSERT.write(connection, "certificate", entry.sourceId(), entry.key(), columns, notices);
    }
}
