package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kontingent.registry.api.identifiers.Violation;

/**
 * What is wrong with a learner's new membership without being a reason to refuse it: the
 * learner is in another general school at the same time, or is too young or too old for the
 * organization's level. Both are shown to the source and the organization to sort out.
 */
final class MembershipNotices {
    /** The ages, in whole years on the first day, a learner of each level is expected to be within. */
    private static final Map<String, int[]> AGES = Map.of(
            "preschool", new int[] {0, 8},
            "general", new int[] {5, 21},
            "vocational", new int[] {13, 70});

    private MembershipNotices() {
    }

    static List<Violation> of(Connection c, long membershipId, long personId, long organizationId, String role,
            LocalDate startsOn, LocalDate endsOn) throws SQLException {
        if (!"learner".equals(role)) {
            return List.of();
        }
        try (PreparedStatement q = new Sql().append("SELECT o.education_level, p.birth_date, (SELECT min(other.organization_id)"
                + " FROM registry.membership other JOIN registry.organization oo ON oo.id = other.organization_id"
                + " WHERE other.person_id = p.id AND other.id <> ? AND other.role = 'learner' AND oo.education_level = 'general'"
                + " AND other.organization_id <> o.id AND daterange(other.starts_on, other.ends_on) && daterange(?, ?))"
                + " FROM registry.organization o, registry.person p WHERE o.id = ? AND p.id = ?", membershipId, startsOn, endsOn,
                organizationId, personId).prepare(c); ResultSet rs = q.executeQuery()) {
            rs.next();
            return of(personId, organizationId, startsOn, rs.getString(1), rs.getObject(2, LocalDate.class),
                    rs.getObject(3, Long.class));
        }
    }

    /**
     * The notices of a learner's membership from what was read of it.
     *
     * @param level the organization's education level
     * @param otherSchool another general school the learner is in over the same time, or null
     */
    static List<Violation> of(long personId, long organizationId, LocalDate startsOn, String level, LocalDate birthDate,
            Long otherSchool) {
        List<Violation> notices = new ArrayList<>();
        if ("general".equals(level) && otherSchool != null) {
            notices.add(new Violation("organization", Long.toString(organizationId), "membership.concurrent-general",
                    "Person " + personId + " is also a learner of general school " + otherSchool + " in this period"));
        }
        int[] ages = AGES.get(level);
        if (ages != null && birthDate != null) {
            int age = Period.between(birthDate, startsOn).getYears();
            if (age < ages[0] || age > ages[1]) {
                notices.add(new Violation("startsOn", startsOn.toString(), "membership.age-range", "Person " + personId
                        + " is " + age + " on " + startsOn + ", outside " + ages[0] + "–" + ages[1] + " for a " + level
                        + " organization"));
            }
        }
        return notices;
    }
}
