package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.batch.EntryOutcome.Result;
import org.kontingent.registry.api.command.Enrollment;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.command.Leaving;
import org.kontingent.registry.api.command.Order;
import org.kontingent.registry.api.identifiers.Violation;

/** The class and membership entries of a batch. */
final class BatchMemberships {
    private final Connection c;
    private final long sourceId;
    private final LocalDate today;
    private final SourceKeys keys;
    private final BatchPersons persons;
    private final Set<String> refusedClasses = new HashSet<>();

    BatchMemberships(Connection c, long sourceId, LocalDate today, SourceKeys keys, BatchPersons persons) {
        this.c = c;
        this.sourceId = sourceId;
        this.today = today;
        this.keys = keys;
        this.persons = persons;
    }

    void refusedClass(String key) {
        refusedClasses.add(key);
    }

    BatchApplication.Applied classGroup(Batch.ClassGroupEntry e) throws SQLException {
        String record = "class " + e.key();
        List<Violation> violations = new ArrayList<>();
        if (e.name() == null || e.name().isBlank()) {
            violations.add(Violation.required("name", e.name(), "The class's name"));
        }
        RegistryReferences.record(c, violations, "organization", "organization", "organization", e.organizationId());
        if (!Sql.exists(c, "SELECT 1 FROM registry.academic_year WHERE code = ?", e.academicYear())) {
            violations.add(new Violation("academicYear", e.academicYear(), "academic-year.exists",
                    "There is no academic year \"" + e.academicYear() + "\""));
        }
        RegistryReferences.dictionary(c, violations, "studyForm", "study-form", e.studyFormCode(), today);
        if (!violations.isEmpty()) {
            throw new InvalidRecordException(record, violations);
        }
        Long id = keys.find("class_group", e.key());
        if (id == null) {
            id = existingClass(e);
        }
        if (id == null) {
            try (PreparedStatement q = new Sql().append("INSERT INTO registry.class_group (organization_id, academic_year, name,"
                    + " grade, specialization, study_form_code, capacity) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    e.organizationId(), e.academicYear(), e.name().strip(), e.grade(), e.specialization(), e.studyFormCode(),
                    e.capacity()).prepare(c)) {
                id = Sql.insertedId(q);
            }
            keys.put("class_group", e.key(), id);
            return BatchApplication.Applied.of(id, Result.CREATED);
        }
        keys.put("class_group", e.key(), id);
        if (!Sql.exists(c, "SELECT 1 FROM registry.class_group WHERE id = ? AND organization_id = ?", id, e.organizationId())) {
            throw new InvalidRecordException(record, List.of(new Violation("organization", Long.toString(e.organizationId()),
                    "class-group.organization", "Class " + e.key() + " belongs to another organization; a class does not move")));
        }
        int changed = Sql.update(c, "UPDATE registry.class_group SET academic_year = ?, name = ?, grade = ?, specialization = ?,"
                + " study_form_code = ?, capacity = ? WHERE id = ? AND (academic_year, name, grade, specialization, study_form_code,"
                + " capacity) IS DISTINCT FROM (?, ?, ?::smallint, ?, ?, ?::integer)", e.academicYear(), e.name().strip(), e.grade(),
                e.specialization(), e.studyFormCode(), e.capacity(), id, e.academicYear(), e.name().strip(), e.grade(),
                e.specialization(), e.studyFormCode(), e.capacity());
        return BatchApplication.Applied.of(id, changed == 0 ? Result.UNCHANGED : Result.UPDATED);
    }

    private Long existingClass(Batch.ClassGroupEntry e) throws SQLException {
        try (PreparedStatement q = new Sql().append("SELECT id FROM registry.class_group WHERE organization_id = ?"
                + " AND academic_year = ? AND name = ?", e.organizationId(), e.academicYear(), e.name().strip()).prepare(c);
             ResultSet rs = q.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    BatchApplication.Applied membership(Batch.MembershipEntry e) throws SQLException {
        long personId = persons.person("person", e.personKey());
        Long classId = classOf(e);
        String record = "membership " + e.key();
        if (e.endsOn() == null && e.leavingReasonCode() != null) {
            throw new InvalidRecordException(record, List.of(new Violation("leavingReason", e.leavingReasonCode(),
                    "membership.reason-without-end", "A leaving reason is given without the day the membership ends")));
        }
        Long id = keys.find("membership", e.key());
        if (id == null) {
            id = sameEnrollment(personId, e);
            if (id != null) {
                keys.put("membership", e.key(), id);
            }
        }
        if (id == null) {
            long created = MembershipWrites.enroll(c, new Enrollment(personId, e.organizationId(), e.role(), e.startsOn(),
                    e.studyFormCode(), e.enrollmentOrder(), classId), sourceId);
            keys.put("membership", e.key(), created);
            if (e.endsOn() != null) {
                MembershipWrites.leave(c, created, new Leaving(e.endsOn(), e.leavingReasonCode(), e.leavingOrder()), sourceId);
            }
            return new BatchApplication.Applied(created, Result.CREATED,
                    MembershipNotices.of(c, created, personId, e.organizationId(), e.role(), e.startsOn(), e.endsOn()));
        }
        return changed(id, personId, classId, e);
    }

    /** The membership another source sent of the same person, organization, role and first day. */
    private Long sameEnrollment(long personId, Batch.MembershipEntry e) throws SQLException {
        try (PreparedStatement q = new Sql().append("SELECT id FROM registry.membership WHERE person_id = ? AND organization_id = ?"
                + " AND role = ? AND starts_on = ?", personId, e.organizationId(), e.role(), e.startsOn()).prepare(c);
             ResultSet rs = q.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private Long classOf(Batch.MembershipEntry e) throws SQLException {
        if (e.classGroupKey() == null) {
            return null;
        }
        Long id = refusedClasses.contains(e.classGroupKey()) ? null : keys.find("class_group", e.classGroupKey());
        if (id == null) {
            throw new InvalidRecordException("membership " + e.key(), List.of(new Violation("classGroup", e.classGroupKey(),
                    refusedClasses.contains(e.classGroupKey()) ? "reference.refused" : "reference.unknown",
                    "Class " + e.classGroupKey() + (refusedClasses.contains(e.classGroupKey()) ? " was refused in this batch"
                            : " is neither in this batch nor sent before"))));
        }
        return id;
    }

    /** A membership sent again: ends it, moves it to another class, or corrects its study form and order. */
    private BatchApplication.Applied changed(long id, long personId, Long classId, Batch.MembershipEntry e) throws SQLException {
        String record = "membership " + e.key();
        Stored m = stored(id);
        if (m.personId() != personId || m.organizationId() != e.organizationId() || !m.role().equals(e.role())
                || !m.startsOn().equals(e.startsOn())) {
            throw new InvalidRecordException(record, List.of(new Violation("id", e.key(), "membership.identity",
                    "Membership " + e.key() + " was sent before for another person, organization, role or first day;"
                            + " end it and send the new one under a new id")));
        }
        SettledChange change = SettledChange.begin(c, "membership", id, SourcePriorities.ofMembership(c, id, sourceId));
        Order order = e.enrollmentOrder() == null ? Order.none() : e.enrollmentOrder();
        if (!Objects.equals(m.studyForm(), e.studyFormCode()) || !Objects.equals(m.order(), order)) {
            String before = ChangeJournal.state(c, "membership", id);
            List<Violation> violations = new ArrayList<>();
            RegistryReferences.dictionary(c, violations, "studyForm", "study-form", e.studyFormCode(), e.startsOn());
            if (!violations.isEmpty()) {
                throw new InvalidRecordException(record, violations);
            }
            Sql.update(c, "UPDATE registry.membership SET study_form_code = ?, enrollment_order_number = ?,"
                    + " enrollment_order_date = ?, source_id = ?, updated_at = now() WHERE id = ?", e.studyFormCode(),
                    order.number(), order.date(), sourceId, id);
            ChangeJournal.record(c, sourceId, "membership", id, "update", before);
        }
        if (classId != null && !classId.equals(m.classId()) && m.endsOn() == null) {
            LocalDate from = today.isBefore(e.startsOn()) ? e.startsOn() : today;
            MembershipWrites.moveToClass(c, id, classId, from, null, sourceId);
            Sql.update(c, "UPDATE registry.membership SET source_id = ? WHERE id = ?", sourceId, id);
        }
        if (!Objects.equals(m.endsOn(), e.endsOn())) {
            if (m.endsOn() != null) {
                throw new InvalidRecordException(record, List.of(new Violation("endsOn", Objects.toString(e.endsOn(), null),
                        "membership.ended", "Membership " + e.key() + " already ended on " + m.endsOn())));
            }
            MembershipWrites.leave(c, id, new Leaving(e.endsOn(), e.leavingReasonCode(), e.leavingOrder()), sourceId);
        }
        return change.settle(sourceId, record);
    }

    /** A membership as stored, with its latest class. */
    private record Stored(long personId, long organizationId, String role, LocalDate startsOn, LocalDate endsOn,
            String studyForm, Order order, Long classId) {
    }

    private Stored stored(long id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT m.person_id, m.organization_id, m.role, m.starts_on, m.ends_on,"
                + " m.study_form_code, m.enrollment_order_number, m.enrollment_order_date, (SELECT cp.class_group_id"
                + " FROM registry.class_placement cp WHERE cp.membership_id = m.id ORDER BY cp.starts_on DESC LIMIT 1)"
                + " FROM registry.membership m WHERE m.id = ? FOR UPDATE OF m")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getString(6), new Order(rs.getString(7),
                                rs.getObject(8, LocalDate.class)), rs.getObject(9, Long.class));
            }
        }
    }
}
