package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.kontingent.registry.api.command.Enrollment;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.command.Leaving;
import org.kontingent.registry.api.command.NoSuchRecordException;
import org.kontingent.registry.api.command.Order;
import org.kontingent.registry.api.identifiers.Violation;

/**
 * Stores memberships and their class placements: enrollment, leaving, moves between classes.
 * Periods are half-open: a membership ending on D no longer holds on D.
 */
final class MembershipWrites {
    private static final String TRANSFER_REASON = "transfer-within-region";

    /** A locked membership as stored. */
    record Stored(long id, long personId, long organizationId, LocalDate startsOn, LocalDate endsOn) {
        boolean holdsOn(LocalDate day) {
            return !startsOn.isAfter(day) && (endsOn == null || day.isBefore(endsOn));
        }
    }

    private MembershipWrites() {
    }

    static long enroll(Connection c, Enrollment e, long sourceId) throws SQLException {
        String record = "new membership of person " + e.personId() + " in organization " + e.organizationId();
        List<Violation> violations = new ArrayList<>();
        if (e.startsOn() == null) {
            violations.add(Violation.required("startsOn", null, "The first day"));
        }
        if (!"learner".equals(e.role()) && !"staff".equals(e.role())) {
            violations.add(new Violation("role", e.role(), "role.value", "Role \"" + e.role() + "\" is neither learner nor staff"));
        }
        RegistryReferences.record(c, violations, "personId", "person", "person", e.personId());
        RegistryReferences.record(c, violations, "organizationId", "organization", "organization", e.organizationId());
        if (e.startsOn() != null) {
            RegistryReferences.dictionary(c, violations, "studyFormCode", "study-form", e.studyFormCode(), e.startsOn());
            if (e.classGroupId() != null) {
                classGroup(c, violations, "classGroupId", e.classGroupId(), e.organizationId(), e.startsOn());
            }
        }
        if (violations.isEmpty() && Sql.exists(c, "SELECT 1 FROM registry.membership WHERE person_id = ? AND organization_id = ?"
                + " AND role = ? AND (ends_on IS NULL OR ? < ends_on)", e.personId(), e.organizationId(), e.role(), e.startsOn())) {
            violations.add(new Violation("startsOn", e.startsOn().toString(), "membership.overlap", "Person " + e.personId()
                    + " is already a " + e.role() + " of organization " + e.organizationId() + " on " + e.startsOn()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRecordException(record, violations);
        }
        Order order = e.order() == null ? Order.none() : e.order();
        long id;
        try (PreparedStatement q = new Sql().append("INSERT INTO registry.membership (person_id, organization_id, role, starts_on,"
                + " study_form_code, enrollment_order_number, enrollment_order_date, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " RETURNING id", e.personId(), e.organizationId(), e.role(), e.startsOn(), e.studyFormCode(), order.number(),
                order.date(), sourceId).prepare(c)) {
            id = Sql.insertedId(q);
        }
        if (e.classGroupId() != null) {
            Sql.update(c, "INSERT INTO registry.class_placement (membership_id, class_group_id, starts_on, order_number,"
                    + " order_date) VALUES (?, ?, ?, ?, ?)", id, e.classGroupId(), e.startsOn(), order.number(), order.date());
        }
        ChangeJournal.record(c, sourceId, "membership", id, "create", null);
        return id;
    }

    static void leave(Connection c, long membershipId, Leaving l, long sourceId) throws SQLException {
        Stored m = lock(c, membershipId);
        String before = ChangeJournal.state(c, "membership", membershipId);
        String record = "membership " + membershipId;
        List<Violation> violations = new ArrayList<>();
        if (m.endsOn() != null) {
            violations.add(new Violation("endsOn", Objects.toString(l.endsOn(), null), "membership.ended",
                    "Membership " + membershipId + " already ended on " + m.endsOn()));
        }
        if (l.endsOn() == null) {
            violations.add(Violation.required("endsOn", null, "The first day without the membership"));
        } else if (!l.endsOn().isAfter(m.startsOn())) {
            violations.add(new Violation("endsOn", l.endsOn().toString(), "membership.ends-before-start",
                    "Membership " + membershipId + " starts on " + m.startsOn() + "; it cannot end on " + l.endsOn()));
        } else if (Sql.exists(c, "SELECT 1 FROM registry.class_placement WHERE membership_id = ? AND starts_on >= ?",
                membershipId, l.endsOn())) {
            violations.add(new Violation("endsOn", l.endsOn().toString(), "membership.placement-after-end",
                    "Membership " + membershipId + " has a class placement from " + l.endsOn() + " or later"));
        }
        if (l.reasonCode() == null) {
            violations.add(Violation.required("reasonCode", null, "The reason for leaving"));
        } else if (l.endsOn() != null) {
            RegistryReferences.dictionary(c, violations, "reasonCode", "leaving-reason", l.reasonCode(), l.endsOn());
        }
        if (!violations.isEmpty()) {
            throw new InvalidRecordException(record, violations);
        }
        Order order = l.order() == null ? Order.none() : l.order();
        Sql.update(c, "UPDATE registry.membership SET ends_on = ?, leaving_reason_code = ?, leaving_order_number = ?,"
                + " leaving_order_date = ?, source_id = ?, updated_at = now() WHERE id = ?", l.endsOn(), l.reasonCode(),
                order.number(), order.date(), sourceId, membershipId);
        Sql.update(c, "UPDATE registry.class_placement SET ends_on = ? WHERE membership_id = ? AND ends_on IS NULL",
                l.endsOn(), membershipId);
        ChangeJournal.record(c, sourceId, "membership", membershipId, "update", before);
    }

    static void moveToClass(Connection c, long membershipId, long classGroupId, LocalDate from, Order order, long sourceId)
            throws SQLException {
        Stored m = lock(c, membershipId);
        String before = ChangeJournal.state(c, "membership", membershipId);
        List<Violation> violations = new ArrayList<>();
        if (from == null) {
            violations.add(Violation.required("from", null, "The first day in the class"));
        } else {
            if (!m.holdsOn(from)) {
                violations.add(new Violation("from", from.toString(), "membership.not-held",
                        "Membership " + membershipId + " does not hold on " + from));
            }
            classGroup(c, violations, "classGroupId", classGroupId, m.organizationId(), from);
            if (Sql.exists(c, "SELECT 1 FROM registry.class_placement WHERE membership_id = ? AND starts_on > ?", membershipId,
                    from)) {
                violations.add(new Violation("from", from.toString(), "class-placement.later",
                        "Membership " + membershipId + " has a class placement starting after " + from));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRecordException("membership " + membershipId, violations);
        }
        Order o = order == null ? Order.none() : order;
        Sql.update(c, "DELETE FROM registry.class_placement WHERE membership_id = ? AND starts_on = ?", membershipId, from);
        Sql.update(c, "UPDATE registry.class_placement SET ends_on = ? WHERE membership_id = ? AND starts_on < ?"
                + " AND (ends_on IS NULL OR ends_on > ?)", from, membershipId, from, from);
        Sql.update(c, "INSERT INTO registry.class_placement (membership_id, class_group_id, starts_on, ends_on, order_number,"
                + " order_date) VALUES (?, ?, ?, ?, ?, ?)", membershipId, classGroupId, from, m.endsOn(), o.number(), o.date());
        ChangeJournal.record(c, sourceId, "membership", membershipId, "update", before);
    }

    static long transfer(Connection c, long membershipId, Enrollment to, Order leavingOrder, long sourceId)
            throws SQLException {
        Stored m = lock(c, membershipId);
        if (m.personId() != to.personId()) {
            throw new InvalidRecordException("membership " + membershipId, List.of(new Violation("personId",
                    Long.toString(to.personId()), "transfer.person", "Membership " + membershipId + " is person "
                            + m.personId() + "'s; a transfer keeps the person")));
        }
        leave(c, membershipId, new Leaving(to.startsOn(), TRANSFER_REASON, leavingOrder), sourceId);
        return enroll(c, to, sourceId);
    }

    private static Stored lock(Connection c, long id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT person_id, organization_id, starts_on, ends_on"
                + " FROM registry.membership WHERE id = ? FOR UPDATE")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new NoSuchRecordException("membership", id);
                }
                return new Stored(id, rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class));
            }
        }
    }

    /** Checks that the class or group is the organization's and that its academic year has not ended by the day. */
    private static void classGroup(Connection c, List<Violation> violations, String field, long classGroupId,
            long organizationId, LocalDate day) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT g.organization_id, y.ends_on FROM registry.class_group g"
                + " JOIN registry.academic_year y ON y.code = g.academic_year WHERE g.id = ?")) {
            q.setLong(1, classGroupId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    violations.add(new Violation(field, Long.toString(classGroupId), "class-group.exists",
                            "There is no class or group " + classGroupId));
                } else if (rs.getLong(1) != organizationId) {
                    violations.add(new Violation(field, Long.toString(classGroupId), "class-group.organization",
                            "Class or group " + classGroupId + " belongs to organization " + rs.getLong(1) + ", not "
                                    + organizationId));
                } else if (!day.isBefore(rs.getObject(2, LocalDate.class))) {
                    violations.add(new Violation(field, Long.toString(classGroupId), "class-group.year",
                            "The academic year of class or group " + classGroupId + " ended before " + day));
                }
            }
        }
    }
}
