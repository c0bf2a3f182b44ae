package org.kontingent.extension.vocational.internal;

import static org.kontingent.extension.vocational.internal.VocationalExtension.UPSERT;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.kontingent.extension.support.EntityExtension;
import org.kontingent.extension.support.EntryFields;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;
import org.kontingent.registry.api.identifiers.Violation;

/** The results of a student's study: annual marks per discipline, and the diploma or certificate issued. */
final class ResultEntries {
    private static final Pattern FIVE_POINT = Pattern.compile("[2-5]");
    private static final Pattern DIPLOMA_NUMBER = Pattern.compile("[0-9]{6,14}");

    private ResultEntries() {
    }

    static Written mark(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = VocationalDictionaries.fields(entry.data(), Set.of("academicYear", "discipline", "course",
                "mark"), entry.today());
        Long organization = EntityExtension.organization(fields, entry);
        String year = fields.academicYear("academicYear", true);
        String discipline = fields.text("discipline", true, 200);
        Integer course = fields.integer("course", false, 1, 6);
        String mark = fields.text("mark", true, 20);
        Boolean passed = mark == null ? null : VocationalDictionaries.PASS_FAIL_WORDS.get(mark.toLowerCase(Locale.ROOT));
        if (mark != null && passed == null && !FIVE_POINT.matcher(mark).matches()) {
            fields.add(new Violation("mark", mark, "mark.value", "An annual mark is 2 to 5, зачёт or незачёт, not " + mark));
        }
        fields.check(record);

        LocalDate from = EntryFields.yearStart(year);
        Long membership = VocationalExtension.MEMBERSHIPS.during(connection, entry.personId(), organization, from, from.plusYears(1));
        List<Violation> notices = new ArrayList<>();
        if (membership == null) {
            notices.add(VocationalExtension.noMembership(entry, "in the academic year " + year));
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("person_id", entry.personId());
        columns.put("organization_id", organization);
        columns.put("membership_id", membership);
        columns.put("academic_year", year);
        columns.put("discipline", discipline);
        columns.put("course", course == null ? null : course.shortValue());
        columns.put("mark", mark);
        columns.put("mark_value", passed == null ? Short.valueOf(mark) : null);
        columns.put("passed", passed);
        return UPSERT.write(connection, "mark", entry.sourceId(), entry.key(), columns, notices);
    }

    static Written diploma(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = VocationalDictionaries.fields(entry.data(), Set.of("kind", "series", "number", "issuedOn",
                "withHonours", "qualification", "specialty"), entry.today());
        Long organization = EntityExtension.organization(fields, entry);
        String kind = fields.code("kind", true, VocationalDictionaries.DIPLOMA_KIND);
        String series = fields.text("series", false, 10);
        String number = fields.text("number", true, 20);
        if (number != null && VocationalDictionaries.DIPLOMA.equals(kind) && !DIPLOMA_NUMBER.matcher(number).matches()) {
            fields.add(new Violation("number", number, "number.format", "A diploma's number is 6 to 14 digits, not " + number));
        }
        LocalDate issuedOn = fields.date("issuedOn", true, true);
        Boolean withHonours = fields.bool("withHonours", false, false);
        if (Boolean.TRUE.equals(withHonours) && kind != null && !VocationalDictionaries.DIPLOMA.equals(kind)) {
            fields.add(new Violation("withHonours", "true", "with-honours.kind", "Only a diploma is issued with honours,"
                    + " not a " + kind));
        }
        String qualification = fields.text("qualification", false, 200);
        String specialty = fields.code("specialty", false, VocationalDictionaries.SPECIALTY);
        fields.check(record);

        String year = EntryFields.yearOf(issuedOn);
        LocalDate from = EntryFields.yearStart(year);
        Long membership = VocationalExtension.MEMBERSHIPS.during(connection, entry.personId(), organization, from, from.plusYears(1));
        List<Violation> notices = new ArrayList<>();
        if (membership == null) {
            notices.add(VocationalExtension.noMembership(entry, "in the academic year " + year));
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("person_id", entry.personId());
        columns.put("organization_id", organization);
        columns.put("membership_id", membership);
        columns.put("kind", kind);
        columns.put("series", series);
        columns.put("number", number);
        columns.put("issued_on", issuedOn);
        columns.put("with_honours", withHonours);
        columns.put("qualification", qualification);
        columns.put("specialty_code", specialty);
        return UPSERT.write(connection, "diploma", entry.sourceId(), entry.key(), columns, notices);
    }
}
