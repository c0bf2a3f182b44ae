package org.kontingent.extension.additional.internal;

import static org.kontingent.extension.additional.internal.AdditionalDictionaries.APPLICATION_STATUS;
import static org.kontingent.extension.additional.internal.AdditionalDictionaries.IN_PROGRESS;
import static org.kontingent.extension.additional.internal.AdditionalDictionaries.ORIENTATION;
import static org.kontingent.extension.additional.internal.AdditionalDictionaries.PRE_PROFESSIONAL;
import static org.kontingent.extension.additional.internal.AdditionalDictionaries.PROGRAMME_KIND;
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
import org.kontingent.extension.support.RegistryCodes;
import org.kontingent.registry.api.batch.EntryOutcome.Result;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;
import org.kontingent.registry.api.identifiers.Violation;

/**
 * The entries of a learner's way into and through a programme: the application for admission,
 * and the programme followed from its first day to its end (mastered or not).
 */
final class ProgrammeEntries {
    private ProgrammeEntries() {
    }

    static Written application(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = AdditionalDictionaries.fields(entry.data(), Set.of("programme", "kind", "orientation",
                "appliedOn", "status"), entry.today());
        Long organization = EntityExtension.organization(fields, entry);
        String programme = fields.text("programme", true, 300);
        String kind = fields.code("kind", false, PROGRAMME_KIND);
        String orientation = fields.code("orientation", false, ORIENTATION);
        preProfessional(fields, kind, orientation);
        LocalDate appliedOn = fields.date("appliedOn", true, true);
        String status = fields.code("status", false, APPLICATION_STATUS);
        fields.check(record);

        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("person_id", entry.personId());
        columns.put("organization_id", organization);
        columns.put("programme", programme);
        columns.put("kind", kind);
        columns.put("orientation", orientation);
        columns.put("applied_on", appliedOn);
        columns.put("status", status == null ? "registered" : status);
        return UPSERT.write(connection, "application", entry.sourceId(), entry.key(), columns, List.of());
    }

    static Written programme(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = AdditionalDictionaries.fields(entry.data(), Set.of("name", "kind", "orientation", "adapted",
                "distanceTechnologies", "federalRequirements", "hours", "years", "studyForm", "startsOn", "endsOn", "status",
                "mark"), entry.today());
        Long organization = EntityExtension.organization(fields, entry);
        String name = fields.text("name", true, 300);
        String kind = fields.code("kind", true, PROGRAMME_KIND);
        String orientation = fields.code("orientation", true, ORIENTATION);
        preProfessional(fields, kind, orientation);
        Boolean adapted = fields.bool("adapted", false, false);
        Boolean distanceTechnologies = fields.bool("distanceTechnologies", false, false);
        String federalRequirements = fields.text("federalRequirements", false, 500);
        if (federalRequirements != null && kind != null && !kind.equals(PRE_PROFESSIONAL)) {
            fields.add(new Violation("federalRequirements", federalRequirements, "federal-requirements.kind",
                    "Federal requirements (ФГТ) are set for pre-professional programmes only, not for a " + kind
                            + " programme"));
        }
        Integer hours = fields.integer("hours", false, 1, 10_000);
        Integer years = fields.integer("years", false, 1, 10);
        String studyForm = RegistryCodes.code(connection, fields, "studyForm", "study-form");
        LocalDate startsOn = fields.date("startsOn", true, true);
        LocalDate endsOn = fields.date("endsOn", false, true);
        if (startsOn != null && endsOn != null && !endsOn.isAfter(startsOn)) {
            fields.add(new Violation("endsOn", endsOn.toString(), "ends-on.starts-on", "A programme ends after the day it"
                    + " starts, " + startsOn + ", not on " + endsOn));
        }
        AdditionalExtension.Outcome outcome = AdditionalExtension.outcome(fields);
        if (endsOn != null && (outcome.status() == null ? !fields.sent("status") : outcome.status().equals(IN_PROGRESS))) {
            fields.add(new Violation("status", outcome.status(), "status.ends-on", "A programme that has ended was"
                    + " mastered or not mastered: give the status"));
        }
        if (!fields.sent("endsOn") && outcome.status() != null && !outcome.status().equals(IN_PROGRESS)) {
            fields.add(new Violation("endsOn", null, "ends-on.status", "A programme " + outcome.status()
                    + " has ended: give the day it ended (endsOn)"));
        }
        fields.check(record);

        Long membership = AdditionalExtension.MEMBERSHIPS.during(connection, entry.personId(), organization, startsOn,
                startsOn.plusDays(1));
        List<Violation> notices = new ArrayList<>();
        if (membership == null) {
            notices.add(AdditionalExtension.noMembership(entry, "on " + startsOn));
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("person_id", entry.personId());
        columns.put("organization_id", organization);
        columns.put("membership_id", membership);
        columns.put("name", name);
        columns.put("kind", kind);
        columns.put("orientation", orientation);
        columns.put("adapted", adapted);
        columns.put("distance_technologies", distanceTechnologies);
        columns.put("federal_requirements", federalRequirements);
        columns.put("hours", hours);
        columns.put("years", years == null ? null : years.shortValue());
        columns.put("study_form_code", studyForm);
        columns.put("starts_on", startsOn);
        columns.put("ends_on", endsOn);
        columns.put("status", outcome.status() == null ? IN_PROGRESS : outcome.status());
        columns.put("mark", outcome.mark());
        Written written = UPSERT.write(connection, "programme", entry.sourceId(), entry.key(), columns, notices);
        if (written.result() != Result.UNCHANGED) {
            RegistryViews.linkProgramme(connection, written.id(), entry.sourceId(), entry.key(), entry.personId(),
                    organization);
        }
        return written;
    }

    /** A pre-professional programme is one in the arts or in physical culture and sport (rule {@code orientation.kind}). */
    private static void preProfessional(EntryFields fields, String kind, String orientation) {
        if (PRE_PROFESSIONAL.equals(kind) && orientation != null
                && !AdditionalDictionaries.PRE_PROFESSIONAL_ORIENTATIONS.contains(orientation)) {
            fields.add(new Violation("orientation", orientation, "orientation.kind", "A pre-professional programme is"
                    + " one in the arts (artistic) or in physical culture and sport, not of the orientation " + orientation));
        }
    }
}
