package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.command.NoSuchRecordException;
import org.kontingent.registry.api.command.OrganizationData;
import org.kontingent.registry.api.identifiers.Inn;
import org.kontingent.registry.api.identifiers.Kpp;
import org.kontingent.registry.api.identifiers.Ogrn;
import org.kontingent.registry.api.identifiers.Violation;

/** Stores organizations, checked against the registry's authorities, territories and dictionaries. */
final class OrganizationWrites {
    private static final String COLUMNS = "authority_id, full_name, short_name, type_code, kind_code, ownership_code,"
            + " education_level, inn, kpp, ogrn, oktmo, district, settlement, address, phone, email, website, source_id";

    private OrganizationWrites() {
    }

    static long create(Connection c, OrganizationData o, long sourceId, LocalDate today) throws SQLException {
        check(c, "new organization", o, today);
        long id;
        try (PreparedStatement q = c.prepareStatement("INSERT INTO registry.organization (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            fields(q, o, sourceId);
            id = Sql.insertedId(q);
        }
        ChangeJournal.record(c, sourceId, "organization", id, "create", null);
        return id;
    }

    static void update(Connection c, long id, OrganizationData o, long sourceId, LocalDate today) throws SQLException {
        if (!Sql.exists(c, "SELECT 1 FROM registry.organization WHERE id = ? FOR UPDATE", id)) {
            throw new NoSuchRecordException("organization", id);
        }
        String before = ChangeJournal.state(c, "organization", id);
        check(c, "organization " + id, o, today);
        try (PreparedStatement q = c.prepareStatement("UPDATE registry.organization SET (" + COLUMNS + ", updated_at)"
                + " = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now()) WHERE id = ?")) {
            fields(q, o, sourceId);
            q.setLong(19, id);
            q.executeUpdate();
        }
        ChangeJournal.record(c, sourceId, "organization", id, "update", before);
    }

    /** The record's own rules and its references, all reported together. */
    private static void check(Connection c, String record, OrganizationData o, LocalDate today) throws SQLException {
        List<Violation> violations = new ArrayList<>(RecordRules.organization(o));
        RegistryReferences.record(c, violations, "authorityId", "authority", "authority", o.authorityId());
        RegistryReferences.dictionary(c, violations, "typeCode", "organization-type", o.typeCode(), today);
        RegistryReferences.dictionary(c, violations, "kindCode", "organization-kind", o.kindCode(), today);
        RegistryReferences.dictionary(c, violations, "ownershipCode", "ownership-form", o.ownershipCode(), today);
        if (o.oktmo() != null && !Sql.exists(c, "SELECT 1 FROM registry.territory WHERE oktmo = ?", o.oktmo())) {
            violations.add(new Violation("oktmo", o.oktmo(), "oktmo.exists", "There is no territory with ОКТМО " + o.oktmo()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRecordException(record, violations);
        }
    }

    private static void fields(PreparedStatement q, OrganizationData o, long sourceId) throws SQLException {
        q.setLong(1, o.authorityId());
        q.setString(2, o.fullName().strip());
        q.setString(3, o.shortName());
        q.setString(4, o.typeCode());
        q.setString(5, o.kindCode());
        q.setString(6, o.ownershipCode());
        q.setString(7, o.educationLevel());
        q.setString(8, RecordRules.blank(o.inn()) ? null : Inn.parse(o.inn()).digits());
        q.setString(9, RecordRules.blank(o.kpp()) ? null : Kpp.parse(o.kpp()).value());
        q.setString(10, RecordRules.blank(o.ogrn()) ? null : Ogrn.parse(o.ogrn()).digits());
        q.setString(11, o.oktmo());
        q.setString(12, o.district());
        q.setString(13, o.settlement());
        q.setString(14, o.address());
        q.setString(15, o.phone());
        q.setString(16, RecordRules.blank(o.email()) ? null : o.email().strip());
        q.setString(17, o.website());
        q.setLong(18, sourceId);
    }
}
