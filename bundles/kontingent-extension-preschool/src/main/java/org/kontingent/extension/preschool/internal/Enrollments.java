package org.kontingent.extension.preschool.internal;

import static org.kontingent.extension.preschool.internal.PreschoolExtension.UPSERT;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kontingent.extension.support.EntityExtension;
import org.kontingent.extension.support.EntryFields;
import org.kontingent.extension.support.RegistryCodes;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;
import org.kontingent.registry.api.identifiers.Violation;

/**
 * The entity {@code enrollment}: a child's enrollment in a kindergarten, the details of one learner
 * membership (its dates live in the registry). Checked field by field, then against the registry:
 * the membership holding on the day of enrollment (none: written and flagged), and the child's age
 * against the age group (out of it: flagged).
 */
final class Enrollments {
    static final Set<String> FIELDS = Set.of("enrolledOn", "orderNumber", "orderDate", "studyForm", "programme", "adapted",
            "groupSpecifics", "stayMode", "groupType", "ageGroup", "leavingGround", "leavingOrderNumber", "leavingOrderDate");

    private Enrollments() {
    }

    static Written write(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = PreschoolDictionaries.fields(entry.data(), FIELDS, entry.today());
        Long organization = EntityExtension.organization(fields, entry);
        LocalDate enrolledOn = fields.date("enrolledOn", true, true);
        String orderNumber = fields.text("orderNumber", false, 40);
        LocalDate orderDate = fields.date("orderDate", false, true);
        String studyForm = RegistryCodes.code(connection, fields, "studyForm", "study-form");
        String programme = fields.code("programme", false, PreschoolDictionaries.PROGRAMME);
        Boolean adapted = fields.bool("adapted", null);
        if (PreschoolDictionaries.ADAPTED.equals(programme) && Boolean.FALSE.equals(adapted)) {
            fields.add(new Violation("adapted", "false", "adapted.programme", "An adapted programme is followed by a child"
                    + " who needs it: adapted cannot be false with the programme adapted"));
        }
        String groupSpecifics = fields.text("groupSpecifics", false, 200);
        String stayMode = fields.code("stayMode", true, PreschoolDictionaries.STAY_MODE);
        String groupType = fields.code("groupType", true, PreschoolDictionaries.GROUP_TYPE);
        String ageGroup = fields.code("ageGroup", true, PreschoolDictionaries.AGE_GROUP);
        String leavingGround = RegistryCodes.code(connection, fields, "leavingGround", "leaving-reason");
        String leavingOrderNumber = fields.text("leavingOrderNumber", false, 40);
        LocalDate leavingOrderDate = fields.date("leavingOrderDate", false, true);
        if ((fields.sent("leavingOrderNumber") || fields.sent("leavingOrderDate")) && !fields.sent("leavingGround")) {
            fields.add(Violation.required("leavingGround", null, "The leavingGround of a leaving order"));
        }
        if (leavingOrderDate != null && enrolledOn != null && leavingOrderDate.isBefore(enrolledOn)) {
            fields.add(new Violation("leavingOrderDate", leavingOrderDate.toString(), "leaving-order-date.enrolled-on",
                    "The leaving order of " + leavingOrderDate + " is before the enrollment on " + enrolledOn));
        }
        fields.check(record);

        String taken = programme == null ? PreschoolDictionaries.BASIC : programme;
        RegistryViews.Membership membership = RegistryViews.membership(connection, entry.personId(), organization, enrolledOn);
        List<Violation> notices = new ArrayList<>();
        if (membership == null) {
            notices.add(EntityExtension.noLearnerMembership(PreschoolExtension.NO_MEMBERSHIP, entry, "on " + enrolledOn));
        } else if (membership.birthDate() != null) {
            ageNotice(membership, ageGroup, entry.today()).ifPresent(notices::add);
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("person_id", entry.personId());
        columns.put("organization_id", organization);
        columns.put("membership_id", membership == null ? null : membership.id());
        columns.put("enrolled_on", enrolledOn);
        columns.put("order_number", orderNumber);
        columns.put("order_date", orderDate);
        columns.put("study_form_code", studyForm);
        columns.put("programme", taken);
        columns.put("adapted", adapted == null ? PreschoolDictionaries.ADAPTED.equals(taken) : adapted);
        columns.put("group_specifics", groupSpecifics);
        columns.put("stay_mode", stayMode);
        columns.put("group_type", groupType);
        columns.put("age_group", ageGroup);
        columns.put("leaving_ground", leavingGround);
        columns.put("leaving_order_number", leavingOrderNumber);
        columns.put("leaving_order_date", leavingOrderDate);
        return UPSERT.write(connection, "enrollment", entry.sourceId(), entry.key(), columns, notices);
    }

    /**
     * The notice {@value PreschoolExtension#AGE_GROUP} when the child's age in whole years is not
     * one the age group is for: on the day the batch is applied, or on the membership's last day
     * when it ended before.
     */
    private static Optional<Violation> ageNotice(RegistryViews.Membership membership, String ageGroup,
            LocalDate today) {
        LocalDate day = membership.endsOn() != null && membership.endsOn().isBefore(today)
                ? membership.endsOn().minusDays(1) : today;
        int age = Period.between(membership.birthDate(), day).getYears();
        List<Integer> ages = PreschoolDictionaries.AGES.get(ageGroup);
        if (age >= ages.get(0) && age <= ages.get(1)) {
            return Optional.empty();
        }
        return Optional.of(new Violation("ageGroup", ageGroup, PreschoolExtension.AGE_GROUP, "The child is " + age
                + " on " + day + "; the age group " + ageGroup + " is for children of " + ages.get(0) + " to "
                + ages.get(1) + " years; the enrollment is kept all the same"));
    }
}
