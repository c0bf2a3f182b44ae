package org.kontingent.extension.vocational.internal;

import static org.kontingent.extension.vocational.internal.VocationalExtension.UPSERT;

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

/** A student's way into work: joint projects with employers, and employment after graduation. */
final class CareerEntries {
    /** Before any membership the registry may hold: an employment is checked against every membership up to today. */
    private static final LocalDate EVER = LocalDate.of(1900, 1, 1);

    private CareerEntries() {
    }

    static Written employerProject(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = VocationalDictionaries.fields(entry.data(), Set.of("academicYear", "project", "employer",
                "involvement", "result"), entry.today());
        Long organization = EntityExtension.organization(fields, entry);
        String year = fields.academicYear("academicYear", true);
        String project = fields.text("project", true, 300);
        String employer = fields.text("employer", true, 300);
        String involvement = fields.code("involvement", true, VocationalDictionaries.INVOLVEMENT);
        String result = fields.text("result", false, 1000);
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
        columns.put("project", project);
        columns.put("employer", employer);
        columns.put("involvement", involvement);
        columns.put("result", result);
        return UPSERT.write(connection, "employer_project", entry.sourceId(), entry.key(), columns, notices);
    }

    static Written employment(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = VocationalDictionaries.fields(entry.data(), Set.of("individualPlan", "contractEnterprise",
                "contractOwnership", "actualEmployer", "quotaWorkplace", "employedOn"), entry.today());
        Long organization = EntityExtension.organization(fields, entry);
        Boolean individualPlan = fields.bool("individualPlan", false, false);
        String contractEnterprise = fields.text("contractEnterprise", false, 300);
        String contractOwnership = RegistryCodes.code(connection, fields, "contractOwnership", "ownership-form");
        if (contractOwnership != null && contractEnterprise == null) {
            fields.add(new Violation("contractOwnership", contractOwnership, "contract-ownership.enterprise",
                    "The ownership form is the contract enterprise's: name the contractEnterprise"));
        }
        String actualEmployer = fields.text("actualEmployer", false, 300);
        Boolean quotaWorkplace = fields.bool("quotaWorkplace", false, false);
        if (Boolean.TRUE.equals(quotaWorkplace) && actualEmployer == null) {
            fields.add(new Violation("quotaWorkplace", "true", "quota-workplace.employer",
                    "A quota or special workplace is the actual employer's: name the actualEmployer"));
        }
        LocalDate employedOn = fields.date("employedOn", false, true);
        if (employedOn != null && actualEmployer == null) {
            fields.add(new Violation("employedOn", employedOn.toString(), "employed-on.employer",
                    "Employed by whom: name the actualEmployer"));
        }
        fields.check(record);

        Long membership = VocationalExtension.MEMBERSHIPS.during(connection, entry.personId(), organization, EVER,
                entry.today().plusDays(1));
        List<Violation> notices = new ArrayList<>();
        if (membership == null) {
            notices.add(VocationalExtension.noMembership(entry, "at any time up to " + entry.today()));
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("person_id", entry.personId());
        columns.put("organization_id", organization);
        columns.put("membership_id", membership);
        columns.put("individual_plan", individualPlan);
        columns.put("contract_enterprise", contractEnterprise);
        columns.put("contract_ownership_code", contractOwnership);
        columns.put("actual_employer", actualEmployer);
        columns.put("quota_workplace", quotaWorkplace);
        columns.put("employed_on", employedOn);
        return UPSERT.write(connection, "employment", entry.sourceId(), entry.key(), columns, notices);
    }
}
