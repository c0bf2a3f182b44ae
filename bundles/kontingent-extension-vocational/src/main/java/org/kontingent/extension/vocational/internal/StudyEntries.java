package org.kontingent.extension.vocational.internal;

import static org.kontingent.extension.vocational.internal.VocationalDictionaries.APPLICATION_STATUS;
import static org.kontingent.extension.vocational.internal.VocationalDictionaries.MID_LEVEL_SPECIALISTS;
import static org.kontingent.extension.vocational.internal.VocationalDictionaries.PROGRAMME_KIND;
import static org.kontingent.extension.vocational.internal.VocationalDictionaries.SPECIALTY;
import static org.kontingent.extension.vocational.internal.VocationalExtension.UPSERT;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kontingent.extension.support.EntityExtension;
import org.kontingent.extension.support.EntryFields;
import org.kontingent.extension.support.RegistryCodes;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;
import org.kontingent.registry.api.identifiers.Violation;

/**
 * The entries of a student's course of study: the application for admission, the programme of a
 * membership in an academic year, and transfers between courses.
 */
final class StudyEntries {
    private static final int MAX_COURSE = 6;

    private StudyEntries() {
    }

    static Written application(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = VocationalDictionaries.fields(entry.data(), Set.of("specialty", "course", "studyForm",
                "appliedOn", "academicYear", "status"), entry.today());
        Long organization = EntityExtension.organization(fields, entry);
        String specialty = fields.code("specialty", true, SPECIALTY);
        Integer course = fields.integer("course", false, 1, MAX_COURSE);
        String studyForm = RegistryCodes.code(connection, fields, "studyForm", "study-form");
        LocalDate appliedOn = fields.date("appliedOn", true, true);
        String year = fields.academicYear("academicYear", false);
        String status = fields.code("status", false, APPLICATION_STATUS);
        fields.check(record);

        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("person_id", entry.personId());
        columns.put("organization_id", organization);
        columns.put("specialty_code", specialty);
        columns.put("course", (short) (course == null ? 1 : course));
        columns.put("study_form_code", studyForm);
        columns.put("applied_on", appliedOn);
        columns.put("academic_year", year);
        columns.put("status", status == null ? "registered" : status);
        return UPSERT.write(connection, "application", entry.sourceId(), entry.key(), columns, List.of());
    }

    static Written programme(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = VocationalDictionaries.fields(entry.data(), Set.of("kind", "specialty", "adapted",
                "qualification", "academicYear", "course", "length", "studyForm", "distanceOnly", "specialEquipment",
                "distanceTechnologies"), entry.today());
        Long organization = EntityExtension.organization(fields, entry);
        String kind = fields.code("kind", true, PROGRAMME_KIND);
        String specialty = fields.code("specialty", true, SPECIALTY);
        if (kind != null && specialty != null && VocationalDictionaries.profession(specialty) == kind.equals(MID_LEVEL_SPECIALISTS)) {
            fields.add(new Violation("specialty", specialty, "specialty.kind", kind.equals(MID_LEVEL_SPECIALISTS)
                    ? "A programme for mid-level specialists teaches a specialty (NN.02.NN), not the profession " + specialty
                    : "A programme of kind " + kind + " teaches a profession (NN.01.NN), not the specialty " + specialty));
        }
        Boolean adapted = fields.bool("adapted", false, false);
        String qualification = fields.text("qualification", false, 200);
        String year = fields.academicYear("academicYear", true);
        Integer course = fields.integer("course", true, 1, MAX_COURSE);
        Integer length = fields.integer("length", false, 1, MAX_COURSE);
        String studyForm = RegistryCodes.code(connection, fields, "studyForm", "study-form");
        Boolean distanceOnly = fields.bool("distanceOnly", false, false);
        Boolean specialEquipment = fields.bool("specialEquipment", false, false);
        String distanceTechnologies = fields.text("distanceTechnologies", false, 500);
        fields.check(record);

        int courseLength = length != null ? length : VocationalDictionaries.usualLength(kind, studyForm);
        LocalDate from = EntryFields.yearStart(year);
        Long membership = VocationalExtension.MEMBERSHIPS.during(connection, entry.personId(), organization, from, from.plusYears(1));
        List<Violation> notices = new ArrayList<>();
        if (membership == null) {
            notices.add(VocationalExtension.noMembership(entry, "in the academic year " + year));
        }
        if (course > courseLength) {
            notices.add(VocationalExtension.beyondLength("course", course, courseLength));
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("person_id", entry.personId());
        columns.put("organization_id", organization);
        columns.put("membership_id", membership);
        columns.put("kind", kind);
        columns.put("specialty_code", specialty);
        columns.put("adapted", adapted);
        columns.put("qualification", qualification);
        columns.put("academic_year", year);
        columns.put("course", course.shortValue());
        columns.put("course_length", (short) courseLength);
        columns.put("study_form_code", studyForm);
        columns.put("distance_only", distanceOnly);
        columns.put("special_equipment", specialEquipment);
        columns.put("distance_technologies", distanceTechnologies);
        return UPSERT.write(connection, "programme", entry.sourceId(), entry.key(), columns, notices);
    }

    static Written courseTransfer(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = VocationalDictionaries.fields(entry.data(), Set.of("fromCourse", "toCourse",
                "transferredOn", "orderNumber", "orderDate"), entry.today());
        Long organization = EntityExtension.organization(fields, entry);
        Integer fromCourse = fields.integer("fromCourse", true, 1, MAX_COURSE);
        Integer toCourse = fields.integer("toCourse", true, 1, MAX_COURSE);
        if (fromCourse != null && fromCourse.equals(toCourse)) {
            fields.add(new Violation("toCourse", toCourse.toString(), "course-transfer.same-course",
                    "A transfer goes to another course than " + fromCourse));
        }
        LocalDate transferredOn = fields.date("transferredOn", true, true);
        String orderNumber = fields.text("orderNumber", false, 50);
        LocalDate orderDate = fields.date("orderDate", false, true);
        fields.check(record);

        Long membership = VocationalExtension.MEMBERSHIPS.during(connection, entry.personId(), organization, transferredOn,
                transferredOn.plusDays(1));
        List<Violation> notices = new ArrayList<>();
        if (membership == null) {
            notices.add(VocationalExtension.noMembership(entry, "on " + transferredOn));
        }
        if (toCourse < fromCourse) {
            notices.add(new Violation("toCourse", toCourse.toString(), VocationalExtension.LOWER_COURSE, "A transfer from"
                    + " course " + fromCourse + " down to course " + toCourse + "; kept all the same"));
        }
        Integer length = membership == null ? null : courseLength(connection, membership, transferredOn);
        if (length != null && toCourse > length) {
            notices.add(VocationalExtension.beyondLength("toCourse", toCourse, length));
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("person_id", entry.personId());
        columns.put("organization_id", organization);
        columns.put("membership_id", membership);
        columns.put("from_course", fromCourse.shortValue());
        columns.put("to_course", toCourse.shortValue());
        columns.put("transferred_on", transferredOn);
        columns.put("order_number", orderNumber);
        columns.put("order_date", orderDate);
        return UPSERT.write(connection, "course_transfer", entry.sourceId(), entry.key(), columns, notices);
    }

    /** The length in courses of the membership's programme of the latest academic year up to the day, or null. */
    private static Integer courseLength(Connection connection, long membership, LocalDate day) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement("""
                SELECT course_length FROM vocational.programme
                 WHERE membership_id = ? AND academic_year <= ?
                 ORDER BY academic_year DESC, id DESC LIMIT 1""")) {
            q.setLong(1, membership);
            q.setString(2, EntryFields.yearOf(day));
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }
}
