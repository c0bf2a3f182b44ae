package org.kontingent.extension.health.internal;

import static org.kontingent.extension.health.internal.HealthDictionaries.ADULT;
import static org.kontingent.extension.health.internal.HealthDictionaries.BASIC;
import static org.kontingent.extension.health.internal.HealthDictionaries.CHILD_DISABLED;
import static org.kontingent.extension.health.internal.HealthDictionaries.DISABILITY_CATEGORY;
import static org.kontingent.extension.health.internal.HealthDictionaries.DISABILITY_REASON;
import static org.kontingent.extension.health.internal.HealthDictionaries.PE_GROUP;
import static org.kontingent.extension.health.internal.HealthDictionaries.SPECIAL_A;
import static org.kontingent.extension.health.internal.HealthDictionaries.SPECIAL_B;
import static org.kontingent.extension.health.internal.HealthDictionaries.SPECIAL_NEEDS_CATEGORY;
import static org.kontingent.extension.health.internal.HealthExtension.UPSERT;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kontingent.extension.support.EntityExtension;
import org.kontingent.extension.support.EntryFields;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;
import org.kontingent.registry.api.identifiers.Violation;

/**
 * The three entities of the health extension, each read and checked (L1), attached to the
 * person's learner membership in the organization during the days it holds (L2), and upserted:
 * a medical conclusion, a disability, special educational needs.
 */
final class HealthEntries {
    /** The health groups as Roman numerals, as medical documents write them. */
    private static final Map<String, Integer> ROMAN = Map.of("I", 1, "II", 2, "III", 3, "IV", 4, "V", 5);

    private HealthEntries() {
    }

    static Written conclusion(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = HealthDictionaries.fields(entry.data(), Set.of("healthGroup", "peGroup", "longTermTreatment",
                "concludedOn", "validFrom", "validUntil", "issuer"), entry.today());
        Long organization = EntityExtension.organization(fields, entry);
        Integer healthGroup = healthGroup(fields, entry.data().get("healthGroup"));
        String peGroup = fields.code("peGroup", false, PE_GROUP);
        if (healthGroup != null && peGroup != null && (healthGroup == 1 && (peGroup.equals(SPECIAL_A) || peGroup.equals(SPECIAL_B))
                || healthGroup >= 4 && peGroup.equals(BASIC))) {
            fields.add(new Violation("peGroup", peGroup, "pe-group.health-group", healthGroup == 1
                    ? "A learner of health group I is in no special medical group for physical education, not " + peGroup
                    : "A learner of health group " + healthGroup + " is not in the basic medical group for physical"
                            + " education"));
        }
        Boolean longTermTreatment = fields.bool("longTermTreatment", false);
        LocalDate concludedOn = fields.date("concludedOn", true, true);
        LocalDate validFrom = fields.date("validFrom", false, false);
        if (validFrom != null && concludedOn != null && validFrom.isBefore(concludedOn)) {
            fields.add(new Violation("validFrom", validFrom.toString(), "valid-from.concluded-on", "A conclusion holds"
                    + " from the day it was made, " + concludedOn + ", or later, not from " + validFrom));
        }
        LocalDate from = validFrom == null ? concludedOn : validFrom;
        LocalDate validUntil = fields.date("validUntil", false, false);
        if (validUntil != null && from != null && validUntil.isBefore(from)) {
            fields.add(new Violation("validUntil", validUntil.toString(), "valid-until.valid-from", "A conclusion holds"
                    + " up to a day not before it begins to hold, " + from + ", not up to " + validUntil));
        }
        String issuer = fields.text("issuer", false, 300);
        fields.check(record);

        List<Violation> notices = new ArrayList<>();
        HealthExtension.Learner learner = HealthExtension.learner(connection, entry, from, validUntil);
        if (learner == null) {
            notices.add(EntityExtension.noLearnerMembership(HealthExtension.NO_MEMBERSHIP, entry, during(from, validUntil)));
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("person_id", entry.personId());
        columns.put("organization_id", organization);
        columns.put("membership_id", learner == null ? null : learner.membershipId());
        columns.put("health_group", healthGroup.shortValue());
        columns.put("pe_group", peGroup);
        columns.put("long_term_treatment", longTermTreatment);
        columns.put("concluded_on", concludedOn);
        columns.put("valid_from", from);
        columns.put("valid_until", validUntil);
        columns.put("issuer", issuer);
        return UPSERT.write(connection, "conclusion", entry.sourceId(), entry.key(), columns, notices);
    }

    static Written disability(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = HealthDictionaries.fields(entry.data(), Set.of("category", "reason", "establishedOn",
                "validUntil", "certificate"), entry.today());
        Long organization = EntityExtension.organization(fields, entry);
        String category = fields.code("category", true, DISABILITY_CATEGORY);
        String reason = fields.code("reason", false, DISABILITY_REASON);
        if (category != null && !category.equals(CHILD_DISABLED) && reason == null && !fields.sent("reason")) {
            fields.add(new Violation("reason", null, "reason.category", "A group of disability (" + category + ") is"
                    + " established with its reason; only a disabled child's may be left out"));
        }
        LocalDate establishedOn = fields.date("establishedOn", true, true);
        LocalDate validUntil = fields.date("validUntil", false, false);
        if (validUntil != null && establishedOn != null && validUntil.isBefore(establishedOn)) {
            fields.add(new Violation("validUntil", validUntil.toString(), "valid-until.established-on", "A disability is"
                    + " established up to a day not before it was established, " + establishedOn + ", not up to "
                    + validUntil));
        }
        String certificate = fields.text("certificate", false, 50);
        fields.check(record);

        List<Violation> notices = new ArrayList<>();
        HealthExtension.Learner learner = HealthExtension.learner(connection, entry, establishedOn, validUntil);
        if (learner == null) {
            notices.add(EntityExtension.noLearnerMembership(HealthExtension.NO_MEMBERSHIP, entry, during(establishedOn, validUntil)));
        } else if (learner.birthDate() != null) {
            int age = Period.between(learner.birthDate(), establishedOn).getYears();
            if (category.equals(CHILD_DISABLED) == age >= ADULT) {
                notices.add(new Violation("category", category, HealthExtension.DISABILITY_AGE, category.equals(CHILD_DISABLED)
                        ? "A person of " + age + " on " + establishedOn + " is not a disabled child (ребёнок-инвалид) but given"
                                + " a group; kept all the same"
                        : "A person of " + age + " on " + establishedOn + " is a disabled child (ребёнок-инвалид), given no"
                                + " group; kept all the same"));
            }
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("person_id", entry.personId());
        columns.put("organization_id", organization);
        columns.put("membership_id", learner == null ? null : learner.membershipId());
        columns.put("category", category);
        columns.put("reason", reason);
        columns.put("established_on", establishedOn);
        columns.put("valid_until", validUntil);
        columns.put("certificate", certificate);
        return UPSERT.write(connection, "disability", entry.sourceId(), entry.key(), columns, notices);
    }

    static Written specialNeeds(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = HealthDictionaries.fields(entry.data(), Set.of("category", "adaptedProgramme",
                "programmeVariant", "commission", "number", "concludedOn", "validUntil"), entry.today());
        Long organization = EntityExtension.organization(fields, entry);
        String category = fields.code("category", true, SPECIAL_NEEDS_CATEGORY);
        Boolean adapted = fields.bool("adaptedProgramme", true);
        String variant = fields.text("programmeVariant", false, 20);
        if (variant != null && Boolean.FALSE.equals(adapted)) {
            fields.add(new Violation("programmeVariant", variant, "programme-variant.adapted", "A variant of an adapted"
                    + " programme is given for a learner who needs one, not with adaptedProgramme false"));
        }
        String commission = fields.text("commission", false, 300);
        String number = fields.text("number", false, 30);
        LocalDate concludedOn = fields.date("concludedOn", true, true);
        LocalDate validUntil = fields.date("validUntil", false, false);
        if (validUntil != null && concludedOn != null && validUntil.isBefore(concludedOn)) {
            fields.add(new Violation("validUntil", validUntil.toString(), "valid-until.concluded-on", "A conclusion holds"
                    + " up to a day not before it was made, " + concludedOn + ", not up to " + validUntil));
        }
        fields.check(record);

        List<Violation> notices = new ArrayList<>();
        HealthExtension.Learner learner = HealthExtension.learner(connection, entry, concludedOn, validUntil);
        if (learner == null) {
            notices.add(EntityExtension.noLearnerMembership(HealthExtension.NO_MEMBERSHIP, entry, during(concludedOn, validUntil)));
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("person_id", entry.personId());
        columns.put("organization_id", organization);
        columns.put("membership_id", learner == null ? null : learner.membershipId());
        columns.put("category", category);
        columns.put("adapted_programme", adapted);
        columns.put("programme_variant", variant);
        columns.put("commission", commission);
        columns.put("number", number);
        columns.put("concluded_on", concludedOn);
        columns.put("valid_until", validUntil);
        return UPSERT.write(connection, "special_needs", entry.sourceId(), entry.key(), columns, notices);
    }

    /**
     * The health group, 1 to 5 or a Roman numeral I to V (rules {@code health-group.format},
     * {@code health-group.range}), or null and a violation.
     */
    private static Integer healthGroup(EntryFields fields, Object value) {
        if (value instanceof String text) {
            Integer roman = ROMAN.get(text.strip().toUpperCase(Locale.ROOT));
            if (roman != null) {
                return roman;
            }
        }
        return fields.integer("healthGroup", true, 1, 5);
    }

    private static String during(LocalDate from, LocalDate until) {
        return until == null ? "from " + from + " on" : "from " + from + " to " + until;
    }
}
