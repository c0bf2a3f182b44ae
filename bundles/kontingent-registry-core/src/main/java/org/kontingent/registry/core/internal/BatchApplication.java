package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.batch.BatchOutcome;
import org.kontingent.registry.api.batch.EntryOutcome;
import org.kontingent.registry.api.batch.EntryOutcome.Kind;
import org.kontingent.registry.api.batch.EntryOutcome.Result;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.command.NoSuchRecordException;
import org.kontingent.registry.api.extension.ExtensionData;
import org.kontingent.registry.api.identifiers.Violation;

/**
 * One batch applied on one connection inside one transaction: each entry under its own
 * savepoint, so a refused entry leaves nothing behind and the others go on.
 */
final class BatchApplication {
    /** What a step did: the record's id, the result and what was noticed on the way. */
    record Applied(long id, Result result, List<Violation> notices) {
        static Applied of(long id, Result result) {
            return new Applied(id, result, List.of());
        }
    }

    /** The work of one entry. */
    interface Step {
        Applied run() throws SQLException;
    }

    /** Set-based work that may be given up for the one-by-one path. */
    private interface Bulk {
        Map<Integer, EntryOutcome> run() throws SQLException;
    }

    private final Connection connection;
    private final BatchPersons persons;
    private final BatchMemberships memberships;
    private final BulkPersons bulkPersons;
    private final BulkMemberships bulkMemberships;
    private final BatchExtensions extensions;
    private final Set<String> refusedPersons = new HashSet<>();
    private final List<EntryOutcome> outcomes = new ArrayList<>();

    BatchApplication(Connection connection, long sourceId, LocalDate today, Function<String, ExtensionData> installed) {
        this.connection = connection;
        SourceKeys keys = new SourceKeys(connection, sourceId);
        this.persons = new BatchPersons(connection, sourceId, today, keys, refusedPersons);
        this.memberships = new BatchMemberships(connection, sourceId, today, keys, persons);
        this.bulkPersons = new BulkPersons(connection, sourceId, today, keys);
        this.bulkMemberships = new BulkMemberships(connection, sourceId, keys);
        this.extensions = new BatchExtensions(connection, sourceId, today, persons, installed);
    }

    BatchOutcome run(Batch batch) throws SQLException {
        Map<Integer, EntryOutcome> bulk = bulk(() -> bulkPersons.apply(batch.persons()));
        for (int i = 0; i < batch.persons().size(); i++) {
            Batch.PersonEntry e = batch.persons().get(i);
            EntryOutcome outcome = bulk.containsKey(i) ? add(bulk.get(i)) : entry(Kind.PERSON, i, e.key(), () -> persons.person(e));
            if (outcome.result() == Result.REFUSED) {
                persons.refused(e.key());
            }
        }
        for (int i = 0; i < batch.representatives().size(); i++) {
            Batch.RepresentativeEntry e = batch.representatives().get(i);
            entry(Kind.REPRESENTATIVE, i, e.learnerKey() + "/" + e.representativeKey(), () -> persons.representative(e));
        }
        for (int i = 0; i < batch.classes().size(); i++) {
            Batch.ClassGroupEntry e = batch.classes().get(i);
            EntryOutcome outcome = entry(Kind.CLASS_GROUP, i, e.key(), () -> memberships.classGroup(e));
            if (outcome.result() == Result.REFUSED) {
                memberships.refusedClass(e.key());
            }
        }
        Map<Integer, EntryOutcome> bulkEnrolled = bulk(() -> bulkMemberships.apply(batch.memberships(), refusedPersons));
        for (int i = 0; i < batch.memberships().size(); i++) {
            Batch.MembershipEntry e = batch.memberships().get(i);
            if (bulkEnrolled.containsKey(i)) {
                add(bulkEnrolled.get(i));
            } else {
                entry(Kind.MEMBERSHIP, i, e.key(), () -> memberships.membership(e));
            }
        }
        for (int i = 0; i < batch.extensions().size(); i++) {
            Batch.ExtensionEntry e = batch.extensions().get(i);
            entry(Kind.EXTENSION, i, e.key(), () -> extensions.write(e));
        }
        return new BatchOutcome(outcomes);
    }

    /**
     * Runs set-based work under a savepoint; when the database refuses it (a constraint a
     * concurrent writer made true meanwhile), undoes it and leaves every entry to one by one.
     */
    private Map<Integer, EntryOutcome> bulk(Bulk work) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            Map<Integer, EntryOutcome> done = work.run();
            connection.releaseSavepoint(savepoint);
            return done;
        } catch (SQLException e) {
            if (ConstraintViolations.of(e) == null) {
                throw e;
            }
            connection.rollback(savepoint);
            connection.releaseSavepoint(savepoint);
            return Map.of();
        }
    }

    private EntryOutcome add(EntryOutcome outcome) {
        outcomes.add(outcome);
        return outcome;
    }

    private EntryOutcome entry(Kind kind, int index, String key, Step step) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        EntryOutcome outcome;
        try {
            Applied applied = step.run();
            outcome = new EntryOutcome(kind, index, key, applied.id(), applied.result(), List.of(), applied.notices());
        } catch (InvalidRecordException e) {
            connection.rollback(savepoint);
            outcome = refused(kind, index, key, e.violations());
        } catch (NoSuchRecordException e) {
            connection.rollback(savepoint);
            outcome = refused(kind, index, key, List.of(new Violation("id", null, "record.exists", e.getMessage())));
        } catch (SQLException e) {
            Violation broken = ConstraintViolations.of(e);
            if (broken == null) {
                throw e;
            }
            connection.rollback(savepoint);
            outcome = refused(kind, index, key, List.of(broken));
        }
        connection.releaseSavepoint(savepoint);
        outcomes.add(outcome);
        return outcome;
    }

    private static EntryOutcome refused(Kind kind, int index, String key, List<Violation> violations) {
        return new EntryOutcome(kind, index, key, null, Result.REFUSED, violations, List.of());
    }
}
