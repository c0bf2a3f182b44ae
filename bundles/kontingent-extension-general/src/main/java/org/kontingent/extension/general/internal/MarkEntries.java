package org.kontingent.extension.general.internal;

import static org.kontingent.extension.general.internal.GeneralExtension.UPSERT;

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

/**
 * The marks of the general education extension (entity {@code mark}): current marks by day, marks
 * of a period, the year's and the final mark, on the five-point, pass/fail or score scale, each
 * attached to the learner's membership and to the master subject the subject as sent names.
 */
final class MarkEntries {
    private static final Pattern FIVE_POINT = Pattern.compile("[1-5]");

    private MarkEntries() {
    }

    static Written mark(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = GeneralDictionaries.fields(entry.data(), Set.of("academicYear", "subject", "period",
                "mark", "scale", "markedOn"), entry.today());
        Long organization = EntityExtension.organization(fields, entry);
        String year = fields.academicYear("academicYear", true);
        String subject = fields.text("subject", true, GeneralExtension.SUBJECT_LENGTH);
        String period = fields.code("period", true, GeneralDictionaries.MARK_PERIOD);
        LocalDate markedOn = fields.date("markedOn", GeneralDictionaries.CURRENT.equals(period), true);
        if (markedOn != null && year != null && !EntryFields.yearOf(markedOn).equals(year)) {
            fields.add(new Violation("markedOn", markedOn.toString(), "marked-on.academic-year", "The mark of "
                    + markedOn + " is not in the academic year " + year));
        }
        String scale = fields.code("scale", false, GeneralDictionaries.MARK_SCALE);
        String mark = fields.text("mark", true, 20);
        Object scaleSent = entry.data().get("scale");
        boolean scaleRefused = scale == null && scaleSent != null && !(scaleSent instanceof String s && s.isBlank());
        Map<String, Object> value = mark == null || scaleRefused ? Map.of() : markValue(fields, mark, scale);
        fields.check(record);

        LocalDate from = markedOn != null && GeneralDictionaries.CURRENT.equals(period) ? markedOn
                : EntryFields.yearStart(year);
        LocalDate to = markedOn != null && GeneralDictionaries.CURRENT.equals(period) ? markedOn.plusDays(1)
                : EntryFields.yearStart(year).plusYears(1);
        RegistryViews.Found found = RegistryViews.find(connection, entry.personId(), organization, from, to, subject);
        List<Violation> notices = new ArrayList<>();
        if (found.membershipId() == null) {
            notices.add(GeneralExtension.noMembership(entry, GeneralDictionaries.CURRENT.equals(period)
                    ? "on " + markedOn : "in the academic year " + year));
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("person_id", entry.personId());
        columns.put("organization_id", organization);
        columns.put("membership_id", found.membershipId());
        columns.put("academic_year", year);
        columns.put("subject", subject);
        columns.put("subject_code", found.subjectCode());
        columns.put("period", period);
        columns.put("marked_on", markedOn);
        columns.put("mark", mark);
        columns.putAll(value);
        return UPSERT.write(connection, "mark", entry.sourceId(), entry.key(), columns, notices);
    }

    /**
     * The mark on its scale: given, or as the mark reads (1–5, зачёт/незачёт); a score needs its
     * scale named. Columns scale, mark_value, passed, score; null with a violation when it is no mark.
     */
    private static Map<String, Object> markValue(EntryFields fields, String mark, String scale) {
        Boolean passed = GeneralDictionaries.PASS_FAIL_WORDS.get(mark.toLowerCase(Locale.ROOT));
        String on = scale != null ? scale
                : passed != null ? GeneralDictionaries.PASS_FAIL
                : FIVE_POINT.matcher(mark).matches() ? GeneralDictionaries.FIVE_POINT : null;
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("scale", on);
        value.put("mark_value", null);
        value.put("passed", null);
        value.put("score", null);
        if (on == null) {
            fields.add(new Violation("mark", mark, "mark.value", "The mark must be 1 to 5, зачёт or незачёт, or a score"
                    + " from 0 to 100 with the scale score; not " + mark));
        } else if (on.equals(GeneralDictionaries.FIVE_POINT)) {
            if (FIVE_POINT.matcher(mark).matches()) {
                value.put("mark_value", Short.valueOf(mark));
            } else {
                fields.add(new Violation("mark", mark, "mark.value", "A mark on the five-point scale is 1 to 5, not " + mark));
            }
        } else if (on.equals(GeneralDictionaries.PASS_FAIL)) {
            if (passed != null) {
                value.put("passed", passed);
            } else {
                fields.add(new Violation("mark", mark, "mark.value", "A pass/fail mark is зачёт or незачёт, not " + mark));
            }
        } else {
            value.put("score", fields.decimal("mark", mark, 0, 100));
        }
        return value;
    }
}
