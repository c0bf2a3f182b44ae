package org.kontingent.extension.health.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kontingent.extension.support.EntityExtension;
import org.kontingent.extension.support.Upsert;
import org.kontingent.platform.api.Plugin;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.extension.ExtensionData;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The health extension's data in the registry's batches: medical conclusions (health group,
 * medical group for physical education, long-term treatment), disability and special
 * educational needs (ОВЗ), each checked field by field (L1), checked against the registry (L2:
 * an entry about an organization where the person has no learner membership at the time, or a
 * disability category that does not fit the person's age, is written and flagged) and upserted by
 * the source's key into schema {@code health} ({@link HealthEntries}).
 */
@Plugin(kind = "extension", id = HealthExtension.PLUGIN, name = "Здоровье обучающихся")
@Component(service = ExtensionData.class)
public class HealthExtension extends EntityExtension {
    /** The bundle, plugin and feature id; the owner of schema health's migrations. */
    static final String PLUGIN = "kontingent-extension-health";
    /** The extension's id, as sources name it, and its portfolio section's. */
    static final String ID = "health";
    /** The schema of the extension's tables. */
    static final String SCHEMA = "health";
    /** Writes rows of the extension's tables by the source's id and key. */
    static final Upsert UPSERT = new Upsert(SCHEMA);

    /** The rule of the notice on an entry about an organization where the person is no learner at the time. */
    static final String NO_MEMBERSHIP = "health.no-learner-membership";
    /** The rule of the notice on a disability whose category does not fit the person's age when it was established. */
    static final String DISABILITY_AGE = "health.disability-age";

    @Activate
    public HealthExtension(@Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + PLUGIN + ")") MigratedSchema schema) {
        this();
    }

    /** Outside OSGi (tests): the schema is migrated already. */
    HealthExtension() {
        super(ID, writers());
    }

    private static Map<String, Writer> writers() {
        Map<String, Writer> writers = new LinkedHashMap<>();
        writers.put("conclusion", HealthEntries::conclusion);
        writers.put("disability", HealthEntries::disability);
        writers.put("special-needs", HealthEntries::specialNeeds);
        return writers;
    }

    /** A learner membership of the person, with their birth date as the registry holds it. */
    record Learner(long membershipId, LocalDate birthDate) {
    }

    /**
     * The person's learner membership in the organization that overlaps the days from {@code from}
     * to {@code until}, both included ({@code until} null: open-ended) — the latest that started —
     * read through the registry's published view {@code report.learner}; null when there is none.
     */
    static Learner learner(Connection connection, ExtensionEntry entry, LocalDate from, LocalDate until)
            throws SQLException {
        try (PreparedStatement q = connection.prepareStatement(
                "SELECT membership_id, birth_date FROM health.learner_membership(?, ?, ?::date, ?::date)")) {
            q.setLong(1, entry.personId());
            q.setLong(2, entry.organizationId());
            q.setObject(3, from);
            q.setObject(4, until == null ? null : until.plusDays(1));
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? new Learner(rs.getLong(1), rs.getObject(2, LocalDate.class)) : null;
            }
        }
    }
}
