package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.command.NoSuchRecordException;
import org.kontingent.registry.api.command.PersonData;
import org.kontingent.registry.api.identifiers.DocumentType;
import org.kontingent.registry.api.identifiers.IdentityDocuments;
import org.kontingent.registry.api.identifiers.Snils;
import org.kontingent.registry.api.identifiers.Violation;
import org.kontingent.registry.api.names.PersonNames;

/** Stores persons and their documents, checked against what the registry already holds. */
final class PersonWrites {
    static final String COLUMNS = "surname, name, patronymic, surname_norm, name_norm, patronymic_norm, birth_date,"
            + " sex, snils, citizenship, birthplace, registration_address, residence_address, phone, email, source_id";

    /** A document as stored: its type and normal series and number. */
    record StoredDocument(String type, String series, String number) {
    }

    private PersonWrites() {
    }

    static long create(Connection c, PersonData p, long sourceId) throws SQLException {
        unique(c, "new person", null, p);
        long id;
        try (PreparedStatement q = c.prepareStatement("INSERT INTO registry.person (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            fields(q, p, sourceId);
            id = Sql.insertedId(q);
        }
        documents(c, id, p, sourceId);
        ChangeJournal.record(c, sourceId, "person", id, "create", null);
        return id;
    }

    static void update(Connection c, long id, PersonData p, long sourceId) throws SQLException {
        lock(c, id);
        String before = ChangeJournal.state(c, "person", id);
        unique(c, "person " + id, id, p);
        try (PreparedStatement q = c.prepareStatement("UPDATE registry.person SET (" + COLUMNS + ", updated_at)"
                + " = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now()) WHERE id = ?")) {
            fields(q, p, sourceId);
            q.setLong(17, id);
            q.executeUpdate();
        }
        documents(c, id, p, sourceId);
        ChangeJournal.record(c, sourceId, "person", id, "update", before);
    }

    /** Links a learner with a legal representative, or changes the kind of their relationship. */
    static void linkRepresentative(Connection c, long learnerId, long representativeId, String relationshipCode, long sourceId,
            LocalDate today) throws SQLException {
        lock(c, learnerId);
        lock(c, representativeId);
        List<Violation> violations = new ArrayList<>();
        if (learnerId == representativeId) {
            violations.add(new Violation("representativeId", Long.toString(representativeId), "representative.self",
                    "Person " + learnerId + " cannot represent themselves"));
        }
        if (relationshipCode == null) {
            violations.add(Violation.required("relationshipCode", null, "The kind of relationship"));
        }
        RegistryReferences.dictionary(c, violations, "relationshipCode", "relationship-kind", relationshipCode, today);
        if (!violations.isEmpty()) {
            throw new InvalidRecordException("representative " + representativeId + " of person " + learnerId, violations);
        }
        String before = ChangeJournal.state(c, "representatives", learnerId);
        Sql.update(c, "INSERT INTO registry.representative (learner_id, representative_id, relationship_code, source_id)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (learner_id, representative_id) DO UPDATE"
                + " SET relationship_code = EXCLUDED.relationship_code, source_id = EXCLUDED.source_id",
                learnerId, representativeId, relationshipCode, sourceId);
        ChangeJournal.record(c, sourceId, "representatives", learnerId, "update", before);
    }

    /** Locks a person for a change; refuses a person that is not there or was merged into another. */
    static void lock(Connection c, long id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT merged_into FROM registry.person WHERE id = ? FOR UPDATE")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new NoSuchRecordException("person", id);
                }
                long mergedInto = rs.getLong(1);
                if (!rs.wasNull()) {
                    throw new InvalidRecordException("person " + id, List.of(new Violation("id", Long.toString(id),
                            "person.merged", "Person " + id + " was merged into person " + mergedInto + "; change that one")));
                }
            }
        }
    }

    /** A person's columns as stored: names stripped and in normal form, the СНИЛС as digits, blanks as null. */
    record Columns(String surname, String name, String patronymic, String surnameNorm, String nameNorm, String patronymicNorm,
            LocalDate birthDate, String sex, String snils, String citizenship, String birthplace, String registrationAddress,
            String residenceAddress, String phone, String email) {

        static Columns of(PersonData p) {
            return new Columns(p.surname().strip(), p.name().strip(), RecordRules.blank(p.patronymic()) ? null
                    : p.patronymic().strip(), PersonNames.normalize(p.surname()), PersonNames.normalize(p.name()),
                    PersonNames.normalize(p.patronymic()), p.birthDate(), p.sex(), PersonWrites.snils(p), p.citizenship(), p.birthplace(),
                    p.registrationAddress(), p.residenceAddress(), p.phone(), RecordRules.blank(p.email()) ? null
                            : p.email().strip());
        }

        Object[] values() {
            return new Object[] {surname, name, patronymic, surnameNorm, nameNorm, patronymicNorm, birthDate, sex, snils,
                citizenship, birthplace, registrationAddress, residenceAddress, phone, email};
        }
    }

    private static void fields(PreparedStatement q, PersonData p, long sourceId) throws SQLException {
        Object[] values = Columns.of(p).values();
        for (int i = 0; i < values.length; i++) {
            q.setObject(i + 1, values[i]);
        }
        q.setLong(16, sourceId);
    }

    private static String snils(PersonData p) {
        return RecordRules.blank(p.snils()) ? null : Snils.parse(p.snils()).digits();
    }

    static StoredDocument stored(PersonData.DocumentData d) {
        DocumentType type = DocumentType.fromCode(d.type());
        return new StoredDocument(type.code(), IdentityDocuments.normalizeSeries(type, d.series()),
                IdentityDocuments.normalizeNumber(type, d.number()));
    }

    /** Refuses a СНИЛС or a document that another person already has. */
    private static void unique(Connection c, String record, Long self, PersonData p) throws SQLException {
        List<Violation> violations = new ArrayList<>();
        String snils = snils(p);
        if (snils != null) {
            try (PreparedStatement q = c.prepareStatement("SELECT id FROM registry.person WHERE snils = ? AND id IS DISTINCT FROM ?")) {
                q.setString(1, snils);
                q.setObject(2, self);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        violations.add(new Violation("snils", p.snils(), "snils.unique",
                                "СНИЛС " + snils + " belongs to person " + rs.getLong(1)));
                    }
                }
            }
        }
        for (int i = 0; i < p.documents().size(); i++) {
            StoredDocument d = stored(p.documents().get(i));
            try (PreparedStatement q = c.prepareStatement("SELECT person_id FROM registry.identity_document WHERE type_code = ?"
                    + " AND series IS NOT DISTINCT FROM ? AND number = ? AND person_id IS DISTINCT FROM ?")) {
                q.setString(1, d.type());
                q.setString(2, d.series());
                q.setString(3, d.number());
                q.setObject(4, self);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        violations.add(new Violation("documents[" + i + "].number", p.documents().get(i).number(),
                                "document.unique", "The document " + d.type() + " " + Objects.toString(d.series(), "")
                                        + " " + d.number() + " belongs to person " + rs.getLong(1)));
                    }
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRecordException(record, violations);
        }
    }

    /** Makes the person's documents those given: keeps the same ones, removes the others, adds the new. */
    private static void documents(Connection c, long personId, PersonData p, long sourceId) throws SQLException {
        Map<StoredDocument, PersonData.DocumentData> wanted = new HashMap<>();
        p.documents().forEach(d -> wanted.put(stored(d), d));
        try (PreparedStatement q = c.prepareStatement("SELECT id, type_code, series, number FROM registry.identity_document"
                + " WHERE person_id = ?")) {
            q.setLong(1, personId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    PersonData.DocumentData kept = wanted.remove(new StoredDocument(rs.getString(2), rs.getString(3), rs.getString(4)));
                    if (kept == null) {
                        Sql.update(c, "DELETE FROM registry.identity_document WHERE id = ?", rs.getLong(1));
                    } else {
                        Sql.update(c, "UPDATE registry.identity_document SET issued_on = ?, issuer = ?, source_id = ? WHERE id = ?"
                                + " AND (issued_on IS DISTINCT FROM ? OR issuer IS DISTINCT FROM ?)", kept.issuedOn(),
                                kept.issuer(), sourceId, rs.getLong(1), kept.issuedOn(), kept.issuer());
                    }
                }
            }
        }
        for (Map.Entry<StoredDocument, PersonData.DocumentData> added : wanted.entrySet()) {
            Sql.update(c, "INSERT INTO registry.identity_document (person_id, type_code, series, number, issued_on, issuer,"
                    + " source_id) VALUES (?, ?, ?, ?, ?, ?, ?)", personId, added.getKey().type(), added.getKey().series(),
                    added.getKey().number(), added.getValue().issuedOn(), added.getValue().issuer(), sourceId);
        }
    }
}
