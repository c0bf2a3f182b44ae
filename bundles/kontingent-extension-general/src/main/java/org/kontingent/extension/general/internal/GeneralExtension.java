package org.kontingent.extension.general.internal;

import java.math.BigDecimal;
import java.net.URL;
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

import org.kontingent.extension.support.EntitySchemas;
import org.kontingent.extension.support.EntryFields;
import org.kontingent.extension.support.Upsert;
import org.kontingent.platform.api.Plugin;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.extension.ExtensionData;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;
import org.kontingent.registry.api.identifiers.Violation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The general education extension's data in the registry's batches: marks, ГИА exams,
 * certificates, programmes of memberships and applications, each checked field by field (L1),
 * checked against the registry (L2: an entry about an organization where the person has no
 * learner membership at the time is written and flagged) and upserted by the source's key into
 * schema {@code general}.
 */
@Plugin(kind = "extension", id = GeneralExtension.PLUGIN, name = "Общее образование (1–11 классы)")
@Component(service = ExtensionData.class)
public class GeneralExtension implements ExtensionData {
    /** The bundle, plugin and feature id; the owner of schema general's migrations. */
    static final String PLUGIN = "kontingent-extension-general";
    /** The extension's id, as sources name it. */
    static final String ID = "general";
    /** The schema of the extension's tables. */
    static final String SCHEMA = "general";
    /** Writes rows of the extension's tables by the source's id and key. */
    static final Upsert UPSERT = new Upsert(SCHEMA);

    static final String MARK = "mark";
    static final String EXAM = "exam";
    static final String CERTIFICATE = "certificate";
    static final String PROGRAMME = "programme";
    static final String APPLICATION = "application";

    /** The rule of the notice on an entry about an organization where the person is no learner at the time. */
    static final String NO_MEMBERSHIP = "general.no-learner-membership";

    private static final Pattern FIVE_POINT = Pattern.compile("[1-5]");
    private static final Pattern CERTIFICATE_NUMBER = Pattern.compile("[0-9]{6,14}");
    private static final int SUBJECT_LENGTH = 200;

    private final Map<String, URL> entities;

    @Activate
    public GeneralExtension(@Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + PLUGIN + ")") MigratedSchema schema) {
        this();
    }

    /** Outside OSGi (tests): the schema is migrated already. */
    GeneralExtension() {
        this.entities = EntitySchemas.of(GeneralExtension.class, List.of(MARK, EXAM, CERTIFICATE, PROGRAMME, APPLICATION));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, URL> entities() {
        return entities;
    }

    @Override
    public Written write(Connection connection, ExtensionEntry entry) throws SQLException {
        String record = ID + " " + entry.entity() + " " + entry.key();
        return switch (entry.entity()) {
            case MARK -> mark(connection, entry, record);
            case EXAM -> exam(connection, entry, record);
            case CERTIFICATE -> certificate(connection, entry, record);
            case PROGRAMME -> programme(connection, entry, record);
            case APPLICATION -> application(connection, entry, record);
            default -> throw new InvalidRecordException(record, List.of(new Violation("entity", entry.entity(),
                    UNKNOWN_ENTITY, "The extension general takes " + String.join(", ", entities.keySet()) + ", not "
                            + entry.entity())));
        };
    }

    private static Long organization(EntryFields fields, ExtensionEntry entry, boolean required) {
        if (entry.organizationId() == null && required) {
            fields.add(Violation.required("organization", null, "The organization"));
        }
        return entry.organizationId();
    }

    // marks -------------------------------------------------------------------------------------

    private static Written mark(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = GeneralDictionaries.fields(entry.data(), Set.of("academicYear", "subject", "period",
                "mark", "scale", "markedOn"), entry.today());
        Long organization = organization(fields, entry, true);
        String year = fields.academicYear("academicYear", true);
        String subject = fields.text("subject", true, SUBJECT_LENGTH);
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
            notices.add(noMembership(entry, organization, GeneralDictionaries.CURRENT.equals(period)
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

    // exams -------------------------------------------------------------------------------------

    private static Written exam(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = GeneralDictionaries.fields(entry.data(), Set.of("kind", "academicYear", "subject",
                "examDate", "score", "mark", "passed"), entry.today());
        Long organization = organization(fields, entry, false);
        String kind = fields.code("kind", true, GeneralDictionaries.EXAM_KIND);
        String subject = fields.text("subject", true, SUBJECT_LENGTH);
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
            notices.add(noMembership(entry, organization, "in the academic year " + academicYear));
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

    // certificates ------------------------------------------------------------------------------

    private static Written certificate(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = GeneralDictionaries.fields(entry.data(), Set.of("kind", "series", "number", "issuedOn",
                "withHonours"), entry.today());
        Long organization = organization(fields, entry, true);
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
            notices.add(noMembership(entry, organization, "in the academic year " + year));
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

    // programmes --------------------------------------------------------------------------------

    private static Written programme(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = GeneralDictionaries.fields(entry.data(), Set.of("level", "adapted", "studyForm", "shift",
                "startsOn"), entry.today());
        Long organization = organization(fields, entry, true);
        String level = fields.code("level", true, GeneralDictionaries.PROGRAMME_LEVEL);
        Boolean adapted = fields.bool("adapted", false, false);
        String studyForm = fields.text("studyForm", false, 40);
        if (studyForm != null && !RegistryViews.studyForm(connection, studyForm)) {
            fields.add(new Violation("studyForm", studyForm, "dictionary.study-form", "The studyForm must be a code of the"
                    + " registry's study-form dictionary, not " + studyForm));
        }
        Integer shift = fields.integer("shift", false, 1, 3);
        LocalDate startsOn = fields.date("startsOn", false, false);
        fields.check(record);

        LocalDate on = startsOn != null ? startsOn : entry.today();
        RegistryViews.Found found = RegistryViews.find(connection, entry.personId(), organization, on, on.plusDays(1), null);
        List<Violation> notices = new ArrayList<>();
        if (found.membershipId() == null) {
            notices.add(noMembership(entry, organization, "on " + on));
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("person_id", entry.personId());
        columns.put("organization_id", organization);
        columns.put("membership_id", found.membershipId());
        columns.put("level", level);
        columns.put("adapted", adapted);
        columns.put("study_form_code", studyForm);
        columns.put("shift", shift == null ? null : shift.shortValue());
        columns.put("starts_on", startsOn);
        return UPSERT.write(connection, "programme", entry.sourceId(), entry.key(), columns, notices);
    }

    // applications ------------------------------------------------------------------------------

    private static Written application(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = GeneralDictionaries.fields(entry.data(), Set.of("grade", "academicYear", "registeredOn",
                "status"), entry.today());
        Long organization = organization(fields, entry, true);
        Integer grade = fields.integer("grade", true, 1, 11);
        String year = fields.academicYear("academicYear", false);
        LocalDate registeredOn = fields.date("registeredOn", true, true);
        String status = fields.code("status", false, GeneralDictionaries.APPLICATION_STATUS);
        fields.check(record);

        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("person_id", entry.personId());
        columns.put("organization_id", organization);
        columns.put("grade", grade.shortValue());
        columns.put("academic_year", year);
        columns.put("registered_on", registeredOn);
        columns.put("status", status == null ? "registered" : status);
        return UPSERT.write(connection, "application", entry.sourceId(), entry.key(), columns, List.of());
    }

    private static Violation noMembership(ExtensionEntry entry, Long organization, String when) {
        return new Violation("organization", String.valueOf(organization), NO_MEMBERSHIP, "Person " + entry.personId()
                + " is no learner of organization " + organization + " " + when + "; the " + entry.entity()
                + " is kept all the same");
    }
}
