package org.kontingent.extension.general.internal;

import static org.kontingent.extension.general.internal.GeneralExtension.UPSERT;

import java.sql.Connection;
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
 * What a learner of the general education extension follows and asks for: the programme of a
 * membership (entity {@code programme}: level, adaptation, study form, shift) and an application
 * for admission to a grade (entity {@code application}).
 */
final class StudyEntries {
    private StudyEntries() {
    }

    static Written programme(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = GeneralDictionaries.fields(entry.data(), Set.of("level", "adapted", "studyForm", "shift",
                "startsOn"), entry.today());
        Long organization = EntityExtension.organization(fields, entry);
        String level = fields.code("level", true, GeneralDictionaries.PROGRAMME_LEVEL);
        Boolean adapted = fields.bool("adapted", false, false);
        String studyForm = RegistryCodes.code(connection, fields, "studyForm", "study-form");
        Integer shift = fields.integer("shift", false, 1, 3);
        LocalDate startsOn = fields.date("startsOn", false, false);
        fields.check(record);

        LocalDate on = startsOn != null ? startsOn : entry.today();
        RegistryViews.Found found = RegistryViews.find(connection, entry.personId(), organization, on, on.plusDays(1), null);
        List<Violation> notices = new ArrayList<>();
        if (found.membershipId() == null) {
            notices.add(GeneralExtension.noMembership(entry, "on " + on));
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

    static Written application(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = GeneralDictionaries.fields(entry.data(), Set.of("grade", "academicYear", "registeredOn",
                "status"), entry.today());
        Long organization = EntityExtension.organization(fields, entry);
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
}
