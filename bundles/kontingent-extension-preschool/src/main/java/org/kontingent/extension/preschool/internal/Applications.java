package org.kontingent.extension.preschool.internal;

import static org.kontingent.extension.preschool.internal.PreschoolExtension.UPSERT;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kontingent.extension.support.EntityExtension;
import org.kontingent.extension.support.EntryFields;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;
import org.kontingent.registry.api.identifiers.Violation;

/**
 * The entity {@code application}: an admission application, an entry of the queue, for the
 * organization of the entry and up to five alternatives. Refused when the child would be 8 or
 * older on the wanted date (the queue is for preschool children), or when the organization or
 * an alternative is no organization of the region; flagged when an organization does not count at the level preschool,
 * or when the birth date differs from the one the registry holds for the child as a learner.
 */
final class Applications {
    static final Set<String> FIELDS = Set.of("registeredOn", "birthDate", "wantedDate", "alternatives",
            "preferentialCategory", "status", "statusDate");
    /** The age the queue ends at: a child of 8 goes to school. */
    static final int SCHOOL_AGE = 8;
    static final int ALTERNATIVES = 5;

    private Applications() {
    }

    static Written write(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = PreschoolDictionaries.fields(entry.data(), FIELDS, entry.today());
        Long organization = EntityExtension.organization(fields, entry);
        LocalDate birthDate = fields.date("birthDate", true, true);
        LocalDate registeredOn = fields.date("registeredOn", true, true);
        LocalDate wantedDate = fields.date("wantedDate", true, false);
        List<Long> alternatives = fields.organizationIds("alternatives", ALTERNATIVES);
        String category = fields.code("preferentialCategory", false, PreschoolDictionaries.PREFERENTIAL_CATEGORY);
        String status = fields.code("status", false, PreschoolDictionaries.APPLICATION_STATUS);
        LocalDate statusDate = fields.date("statusDate", false, true);
        if (birthDate != null && registeredOn != null && registeredOn.isBefore(birthDate)) {
            fields.add(new Violation("registeredOn", registeredOn.toString(), "registered-on.birth-date",
                    "The application of " + registeredOn + " is before the child's birth on " + birthDate));
        }
        if (birthDate != null && wantedDate != null) {
            if (wantedDate.isBefore(birthDate)) {
                fields.add(new Violation("wantedDate", wantedDate.toString(), "wanted-date.birth-date",
                        "The wanted date " + wantedDate + " is before the child's birth on " + birthDate));
            } else if (!wantedDate.isBefore(birthDate.plusYears(SCHOOL_AGE))) {
                fields.add(new Violation("wantedDate", wantedDate.toString(), "wanted-date.age", "The child born on "
                        + birthDate + " is " + SCHOOL_AGE + " or older on the wanted date " + wantedDate
                        + ": the queue is for children under " + SCHOOL_AGE));
            }
        }
        if (statusDate != null && registeredOn != null && statusDate.isBefore(registeredOn)) {
            fields.add(new Violation("statusDate", statusDate.toString(), "status-date.registered-on",
                    "The status of " + statusDate + " is before the application's registration on " + registeredOn));
        }
        Map<Long, String> levels = Map.of();
        if (organization != null && alternatives != null) {
            if (alternatives.contains(organization)) {
                fields.add(new Violation("alternatives", organization.toString(), "alternatives.organization",
                        "The alternatives name the wanted organization " + organization + " itself"));
            }
            List<Long> ids = new ArrayList<>(alternatives);
            ids.add(0, organization);
            levels = RegistryViews.organizationLevels(connection, ids);
            if (!levels.containsKey(organization)) {
                fields.add(new Violation("organization", organization.toString(), "organization.unknown",
                        "The wanted organization " + organization + " is no organization of the region"));
            }
            for (Long alternative : alternatives) {
                if (!levels.containsKey(alternative)) {
                    fields.add(new Violation("alternatives", alternative.toString(), "alternatives.unknown",
                            "The alternative " + alternative + " is no organization of the region"));
                }
            }
        }
        fields.check(record);

        List<Violation> notices = new ArrayList<>();
        notPreschool("organization", organization, levels).ifPresent(notices::add);
        for (Long alternative : alternatives) {
            notPreschool("alternatives", alternative, levels).ifPresent(notices::add);
        }
        LocalDate registered = RegistryViews.learnerBirthDate(connection, entry.personId());
        if (registered != null && !registered.equals(birthDate)) {
            notices.add(new Violation("birthDate", birthDate.toString(), PreschoolExtension.BIRTH_DATE_DIFFERS,
                    "The registry holds " + registered + " as the birth date of person " + entry.personId()
                            + "; the application is kept with " + birthDate));
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("person_id", entry.personId());
        columns.put("organization_id", organization);
        columns.put("alternatives", connection.createArrayOf("bigint", alternatives.toArray()));
        columns.put("birth_date", birthDate);
        columns.put("registered_on", registeredOn);
        columns.put("wanted_date", wantedDate);
        columns.put("preferential_category", category);
        columns.put("status", status == null ? PreschoolDictionaries.WAITING : status);
        columns.put("status_date", statusDate == null ? registeredOn : statusDate);
        return UPSERT.write(connection, "application", entry.sourceId(), entry.key(), columns, notices);
    }

    /** The notice on an organization of the region that does not count at the level preschool. */
    private static Optional<Violation> notPreschool(String field, Long organization, Map<Long, String> levels) {
        String level = levels.get(organization);
        if (level == null || level.equals("preschool")) {
            return Optional.empty();
        }
        return Optional.of(new Violation(field, organization.toString(), PreschoolExtension.NOT_PRESCHOOL,
                "Organization " + organization + " counts at the level " + level + ", not preschool; the application is"
                        + " kept all the same"));
    }
}
