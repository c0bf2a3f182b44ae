package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.batch.EntryOutcome.Result;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.command.PersonData;
import org.kontingent.registry.api.identifiers.Violation;
import org.kontingent.registry.api.identity.Identification;
import org.kontingent.registry.api.identity.IdentityKey;

/** The person and representative entries of a batch. */
final class BatchPersons {
    private final Connection c;
    private final long sourceId;
    private final LocalDate today;
    private final SourceKeys keys;
    private final Set<String> refused;

    BatchPersons(Connection c, long sourceId, LocalDate today, SourceKeys keys, Set<String> refused) {
        this.c = c;
        this.sourceId = sourceId;
        this.today = today;
        this.keys = keys;
        this.refused = refused;
    }

    void refused(String key) {
        refused.add(key);
    }

    BatchApplication.Applied person(Batch.PersonEntry e) throws SQLException {
        String record = "person " + e.key();
        List<Violation> broken = RecordRules.person(e.person(), today);
        if (!broken.isEmpty()) {
            throw new InvalidRecordException(record, broken);
        }
        Long id = keys.find("person", e.key());
        if (id == null) {
            Identification found = JdbcPersonIdentity.identify(c, identityKey(e.person()));
            switch (found.method()) {
                case NOT_FOUND -> {
                    long created = PersonWrites.create(c, e.person(), sourceId);
                    keys.put("person", e.key(), created);
                    return BatchApplication.Applied.of(created, Result.CREATED);
                }
                case AMBIGUOUS -> throw new InvalidRecordException(record, List.of(new Violation("surname", e.person().surname(),
                        "person.ambiguous", "Persons " + found.candidates() + " of the registry fit " + record
                                + " equally; send its СНИЛС or an identity document")));
                default -> {
                    id = found.personId();
                    keys.put("person", e.key(), id);
                }
            }
        }
        SettledChange change = SettledChange.begin(c, "person", id, SourcePriorities.ofPerson(c, id, sourceId, today));
        PersonWrites.update(c, id, e.person(), sourceId);
        return change.settle(sourceId, record);
    }

    BatchApplication.Applied representative(Batch.RepresentativeEntry e) throws SQLException {
        long learner = person("learner", e.learnerKey());
        long representative = person("representative", e.representativeKey());
        try (PreparedStatement q = c.prepareStatement("SELECT relationship_code FROM registry.representative"
                + " WHERE learner_id = ? AND representative_id = ?")) {
            q.setLong(1, learner);
            q.setLong(2, representative);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next() && rs.getString(1).equals(e.relationshipCode())) {
                    return BatchApplication.Applied.of(learner, Result.UNCHANGED);
                }
            }
        }
        PersonWrites.linkRepresentative(c, learner, representative, e.relationshipCode(), sourceId, today);
        return BatchApplication.Applied.of(learner, Result.UPDATED);
    }

    /** The person a key of this source stands for; refuses a key unknown or refused in this batch. */
    long person(String field, String key) throws SQLException {
        if (key == null || key.isBlank()) {
            throw new InvalidRecordException(field, List.of(Violation.required(field, key, "The person's key")));
        }
        Long id = refused.contains(key) ? null : keys.find("person", key);
        if (id == null) {
            throw new InvalidRecordException("person " + key, List.of(new Violation(field, key,
                    refused.contains(key) ? "reference.refused" : "reference.unknown", refused.contains(key)
                            ? "Person " + key + " was refused in this batch"
                            : "Person " + key + " is neither in this batch nor sent before")));
        }
        return id;
    }

    private static IdentityKey identityKey(PersonData p) {
        PersonData.DocumentData d = p.documents().stream().filter(x -> x.type() != null && x.number() != null).findFirst()
                .orElse(null);
        return new IdentityKey(p.snils(), p.surname(), p.name(), p.patronymic(), p.birthDate(), d == null ? null : d.type(),
                d == null ? null : d.series(), d == null ? null : d.number());
    }
}
