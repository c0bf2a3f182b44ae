package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.batch.EntryOutcome;
import org.kontingent.registry.api.batch.EntryOutcome.Kind;
import org.kontingent.registry.api.batch.EntryOutcome.Result;
import org.kontingent.registry.api.command.Order;

/**
 * The membership entries of a batch that need no decision one by one, done set-based: new
 * enrollments that break no rule (the person and class known, the organization and study form
 * valid, the class the organization's and of a year not over, no overlap with the person's time
 * there) are created, and memberships found exactly as sent are unchanged. Leavings, class
 * moves, corrections and refusals are for {@link BatchMemberships}.
 */
final class BulkMemberships {
    /**
     * The journal's state of each created membership, from the rows the statement inserted: the
     * membership and its class placement as stored, without reading them back.
     */
    private static final String CREATED_STATE = "to_jsonb(m) || jsonb_build_object('placements', coalesce(p.placements, '[]'))";

    private final Connection c;
    private final long sourceId;
    private final SourceKeys keys;

    BulkMemberships(Connection c, long sourceId, SourceKeys keys) {
        this.c = c;
        this.sourceId = sourceId;
        this.keys = keys;
    }

    /**
     * The outcomes of the entries done here, by their index in the batch.
     *
     * @param refusedPersons the keys of persons refused in this batch: their memberships are refused one by one
     */
    Map<Integer, EntryOutcome> apply(List<Batch.MembershipEntry> entries, Set<String> refusedPersons) throws SQLException {
        BulkRows rows = new BulkRows("bulk_membership", "seq int", "key text", "person_key text", "organization_id bigint",
                "role text", "starts_on date", "ends_on date", "study_form text", "enrollment_number text",
                "enrollment_date date", "leaving_reason text", "leaving_number text", "leaving_date date", "class_key text");
        Set<String> keys = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        entries.forEach(e -> {
            if (!keys.add(e.key())) {
                repeated.add(e.key());
            }
        });
        for (int i = 0; i < entries.size(); i++) {
            Batch.MembershipEntry e = entries.get(i);
            if (e.key() == null || repeated.contains(e.key()) || e.personKey() == null || refusedPersons.contains(e.personKey())
                    || e.startsOn() == null || !("learner".equals(e.role()) || "staff".equals(e.role()))) {
                continue;
            }
            Order enrollment = e.enrollmentOrder() == null ? Order.none() : e.enrollmentOrder();
            Order leaving = e.leavingOrder() == null ? Order.none() : e.leavingOrder();
            rows.add(i, e.key(), e.personKey(), e.organizationId(), e.role(), e.startsOn(), e.endsOn(), e.studyFormCode(),
                    enrollment.number(), enrollment.date(), e.leavingReasonCode(), leaving.number(), leaving.date(),
                    e.classGroupKey());
        }
        if (rows.isEmpty()) {
            return Map.of();
        }
        rows.insert(c);
        resolve();
        decide();
        return outcomes();
    }

    /** Finds the persons, classes and memberships the entries' keys stand for. */
    private void resolve() throws SQLException {
        Sql.update(c, "ALTER TABLE bulk_membership ADD person_id bigint, ADD class_id bigint, ADD membership_id bigint,"
                + " ADD action text");
        keys.resolve("person", "bulk_membership", "person_key", "person_id");
        keys.resolve("class_group", "bulk_membership", "class_key", "class_id");
        keys.resolve("membership", "bulk_membership", "key", "membership_id");
    }

    private void decide() throws SQLException {
        Sql.update(c, "UPDATE bulk_membership b SET action = 'unchanged' FROM registry.membership m WHERE m.id = b.membership_id"
                + " AND m.id = ANY (ARRAY(SELECT membership_id FROM bulk_membership WHERE membership_id IS NOT NULL))"
                + " AND (m.person_id, m.organization_id, m.role, m.starts_on, m.ends_on, m.study_form_code,"
                + " m.enrollment_order_number, m.enrollment_order_date, m.leaving_reason_code, m.leaving_order_number,"
                + " m.leaving_order_date) IS NOT DISTINCT FROM (b.person_id, b.organization_id, b.role, b.starts_on, b.ends_on,"
                + " b.study_form, b.enrollment_number, b.enrollment_date, b.leaving_reason, b.leaving_number, b.leaving_date)"
                + " AND (b.class_key IS NULL OR b.class_id = (SELECT cp.class_group_id FROM registry.class_placement cp"
                + " WHERE cp.membership_id = m.id ORDER BY cp.starts_on DESC LIMIT 1))");
        Sql.update(c, "UPDATE bulk_membership b SET action = 'create' FROM (SELECT seq, row_number() OVER (PARTITION BY person_id,"
                + " organization_id, role ORDER BY seq) AS n FROM bulk_membership) r WHERE r.seq = b.seq AND r.n = 1"
                + " AND b.membership_id IS NULL AND b.person_id IS NOT NULL"
                + " AND b.ends_on IS NULL AND b.leaving_reason IS NULL AND b.leaving_number IS NULL"
                + " AND (b.class_key IS NULL OR b.class_id IS NOT NULL)"
                + " AND EXISTS (SELECT 1 FROM registry.organization o WHERE o.id = b.organization_id)"
                + " AND (b.study_form IS NULL OR EXISTS (SELECT 1 FROM registry.dictionary_entry d WHERE d.dictionary = 'study-form'"
                + " AND d.code = b.study_form AND (d.valid_from IS NULL OR d.valid_from <= b.starts_on)"
                + " AND (d.valid_to IS NULL OR b.starts_on < d.valid_to)))"
                + " AND (b.class_id IS NULL OR EXISTS (SELECT 1 FROM registry.class_group g JOIN registry.academic_year y"
                + " ON y.code = g.academic_year WHERE g.id = b.class_id AND g.organization_id = b.organization_id"
                + " AND b.starts_on < y.ends_on))"
                + " AND NOT EXISTS (SELECT 1 FROM registry.membership m WHERE m.person_id = b.person_id"
                + " AND m.organization_id = b.organization_id AND m.role = b.role AND (m.ends_on IS NULL OR m.ends_on > b.starts_on"
                + " OR m.starts_on = b.starts_on))");
        // the sequence looked up once (a scalar subquery), not for every row
        Sql.update(c, "UPDATE bulk_membership SET membership_id = nextval((SELECT pg_get_serial_sequence('registry.membership',"
                + " 'id'))::regclass) WHERE action = 'create'");
        // the memberships, their placements and their journal in one statement: the journal's states from what was inserted
        Sql.update(c, "WITH created AS (INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on,"
                + " study_form_code, enrollment_order_number, enrollment_order_date, source_id) SELECT membership_id, person_id,"
                + " organization_id, role, starts_on, study_form, enrollment_number, enrollment_date, ? FROM bulk_membership"
                + " WHERE action = 'create' ORDER BY seq RETURNING *), placed AS (INSERT INTO registry.class_placement"
                + " (membership_id, class_group_id, starts_on, order_number, order_date) SELECT membership_id, class_id, starts_on,"
                + " enrollment_number, enrollment_date FROM bulk_membership WHERE action = 'create' AND class_id IS NOT NULL"
                + " RETURNING *) INSERT INTO registry.change (source_id, entity, entity_id, action, before, after) SELECT ?,"
                + " 'membership', m.id, 'create', NULL, " + CREATED_STATE + " FROM created m JOIN bulk_membership b"
                + " ON b.membership_id = m.id LEFT JOIN (SELECT membership_id, jsonb_agg(to_jsonb(cp) - 'membership_id'"
                + " ORDER BY cp.starts_on) AS placements FROM placed cp GROUP BY membership_id) p ON p.membership_id = m.id"
                + " ORDER BY b.seq", sourceId, sourceId);
        Sql.update(c, "INSERT INTO registry.source_key (source_id, entity, key, record_id) SELECT ?, 'membership', key,"
                + " membership_id FROM bulk_membership WHERE action = 'create'", sourceId);
    }

    /** The outcomes, with the notices of the learners' new memberships. */
    private Map<Integer, EntryOutcome> outcomes() throws SQLException {
        Map<Integer, EntryOutcome> done = new HashMap<>();
        for (Object[] row : Sql.rows(c, "SELECT b.seq, b.key, b.membership_id, b.action, b.person_id, b.organization_id,"
                + " b.starts_on, b.role, o.education_level, (SELECT p.birth_date FROM registry.person p WHERE p.id = b.person_id),"
                + " (SELECT min(other.organization_id)"
                + " FROM registry.membership other JOIN registry.organization oo ON oo.id = other.organization_id"
                + " WHERE other.person_id = b.person_id AND other.id <> b.membership_id AND other.role = 'learner'"
                + " AND oo.education_level = 'general' AND other.organization_id <> b.organization_id"
                + " AND daterange(other.starts_on, other.ends_on) && daterange(b.starts_on, NULL))"
                // the birth date by the primary key, row by row: a join would be planned as a scan of every person
                + " FROM bulk_membership b JOIN registry.organization o ON o.id = b.organization_id WHERE b.action IS NOT NULL")) {
            boolean created = "create".equals(row[3]);
            LocalDate startsOn = ((java.sql.Date) row[6]).toLocalDate();
            var notices = created && "learner".equals(row[7]) ? MembershipNotices.of((Long) row[4], (Long) row[5], startsOn,
                    (String) row[8], row[9] == null ? null : ((java.sql.Date) row[9]).toLocalDate(), (Long) row[10]) : null;
            done.put((Integer) row[0], new EntryOutcome(Kind.MEMBERSHIP, (Integer) row[0], (String) row[1], (Long) row[2],
                    created ? Result.CREATED : Result.UNCHANGED, List.of(), notices == null ? List.of() : notices));
        }
        return done;
    }
}
