package org.kontingent.extension.additional.internal;

import static org.kontingent.extension.additional.internal.AdditionalDictionaries.ARTISTIC;
import static org.kontingent.extension.additional.internal.AdditionalDictionaries.ARTS_CERTIFICATE;
import static org.kontingent.extension.additional.internal.AdditionalDictionaries.DOCUMENT_KIND;
import static org.kontingent.extension.additional.internal.AdditionalDictionaries.IN_PROGRESS;
import static org.kontingent.extension.additional.internal.AdditionalDictionaries.OTHER_DOCUMENT;
import static org.kontingent.extension.additional.internal.AdditionalDictionaries.PRE_PROFESSIONAL;
import static org.kontingent.extension.additional.internal.AdditionalExtension.UPSERT;

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
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;
import org.kontingent.registry.api.identifiers.Violation;

/**
 * What a learner achieved in a programme: the status and mark of each of its subjects and courses
 * in an academic year, and the document issued on completion (or on leaving).
 */
final class ResultEntries {
    private ResultEntries() {
    }

    static Written course(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = AdditionalDictionaries.fields(entry.data(), Set.of("programme", "academicYear", "course",
                "status", "mark"), entry.today());
        Long organization = EntityExtension.organization(fields, entry);
        String programmeKey = fields.text("programme", true, 200);
        String year = fields.academicYear("academicYear", true);
        String course = fields.text("course", true, 200);
        AdditionalExtension.Outcome outcome = AdditionalExtension.outcome(fields);
        fields.check(record);

        LocalDate from = EntryFields.yearStart(year);
        Long membership = AdditionalExtension.MEMBERSHIPS.during(connection, entry.personId(), organization, from, from.plusYears(1));
        List<Violation> notices = new ArrayList<>();
        if (membership == null) {
            notices.add(AdditionalExtension.noMembership(entry, "in the academic year " + year));
        }
        RegistryViews.Programme programme = RegistryViews.programme(connection, entry.sourceId(), programmeKey,
                entry.personId(), organization);
        if (programme == null) {
            notices.add(AdditionalExtension.unknownProgramme(programmeKey));
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("person_id", entry.personId());
        columns.put("organization_id", organization);
        columns.put("membership_id", membership);
        columns.put("programme_key", programmeKey);
        columns.put("programme_id", programme == null ? null : programme.id());
        columns.put("academic_year", year);
        columns.put("course", course);
        columns.put("status", outcome.status() == null ? IN_PROGRESS : outcome.status());
        columns.put("mark", outcome.mark());
        return UPSERT.write(connection, "course", entry.sourceId(), entry.key(), columns, notices);
    }

    static Written document(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = AdditionalDictionaries.fields(entry.data(), Set.of("kind", "name", "series", "number",
                "issuedOn", "programme"), entry.today());
        Long organization = EntityExtension.organization(fields, entry);
        String kind = fields.code("kind", true, DOCUMENT_KIND);
        String name = fields.text("name", false, 300);
        if (OTHER_DOCUMENT.equals(kind) && name == null && !fields.sent("name")) {
            fields.add(new Violation("name", null, "name.kind", "A document of the organization's own is named as its"
                    + " local act names it"));
        }
        String series = fields.text("series", false, 20);
        String number = fields.text("number", true, 30);
        LocalDate issuedOn = fields.date("issuedOn", true, true);
        String programmeKey = fields.text("programme", false, 200);
        fields.check(record);

        String year = EntryFields.yearOf(issuedOn);
        LocalDate from = EntryFields.yearStart(year);
        Long membership = AdditionalExtension.MEMBERSHIPS.during(connection, entry.personId(), organization, from, from.plusYears(1));
        List<Violation> notices = new ArrayList<>();
        if (membership == null) {
            notices.add(AdditionalExtension.noMembership(entry, "in the academic year " + year));
        }
        RegistryViews.Programme programme = null;
        if (programmeKey != null) {
            programme = RegistryViews.programme(connection, entry.sourceId(), programmeKey, entry.personId(), organization);
            if (programme == null) {
                notices.add(AdditionalExtension.unknownProgramme(programmeKey));
            } else if (kind.equals(ARTS_CERTIFICATE)
                    && !(programme.kind().equals(PRE_PROFESSIONAL) && programme.orientation().equals(ARTISTIC))) {
                notices.add(new Violation("kind", kind, AdditionalExtension.DOCUMENT_FOR_PROGRAMME, "A certificate of a"
                        + " pre-professional programme in the arts for the " + programme.kind() + " programme " + programmeKey
                        + " of the orientation " + programme.orientation() + "; kept all the same"));
            }
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("person_id", entry.personId());
        columns.put("organization_id", organization);
        columns.put("membership_id", membership);
        columns.put("programme_key", programmeKey);
        columns.put("programme_id", programme == null ? null : programme.id());
        columns.put("kind", kind);
        columns.put("name", name);
        columns.put("series", series);
        columns.put("number", number);
        columns.put("issued_on", issuedOn);
        return UPSERT.write(connection, "document", entry.sourceId(), entry.key(), columns, notices);
    }
}
