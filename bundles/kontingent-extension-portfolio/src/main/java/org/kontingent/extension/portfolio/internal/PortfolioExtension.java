package org.kontingent.extension.portfolio.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kontingent.extension.support.EntityExtension;
import org.kontingent.extension.support.Upsert;
import org.kontingent.platform.api.Plugin;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.extension.ExtensionData;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.identifiers.Violation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The portfolio extension's data in the registry's batches, for learners of every education
 * level: participation in events (olympiads, contests, competitions, championships, conferences,
 * festivals) and other achievements (ГТО badges, sports ranks and titles, qualification ranks,
 * certificates, scholarships), each checked field by field (L1), checked against the registry (L2:
 * an entry about an organization where the person is no learner on the day is written and
 * flagged) and upserted by the source's key into schema {@code portfolio}.
 */
@Plugin(kind = "extension", id = PortfolioExtension.PLUGIN, name = "Портфолио: мероприятия и достижения")
@Component(service = ExtensionData.class)
public class PortfolioExtension extends EntityExtension {
    /** The bundle, plugin and feature id; the owner of schema portfolio's migrations. */
    static final String PLUGIN = "kontingent-extension-portfolio";
    /** The extension's id, as sources name it. */
    static final String ID = "portfolio";
    /** The schema of the extension's tables. */
    static final String SCHEMA = "portfolio";
    /** Writes rows of the extension's tables by the source's id and key. */
    static final Upsert UPSERT = new Upsert(SCHEMA);

    static final String EVENT = "event";
    static final String ACHIEVEMENT = "achievement";

    /** The rule of the notice on an entry about an organization where the person is no learner on the day. */
    static final String NO_MEMBERSHIP = "portfolio.no-learner-membership";

    @Activate
    public PortfolioExtension(@Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + PLUGIN + ")") MigratedSchema schema) {
        this();
    }

    /** Outside OSGi (tests): the schema is migrated already. */
    PortfolioExtension() {
        super(ID, writers());
    }

    private static Map<String, Writer> writers() {
        Map<String, Writer> writers = new LinkedHashMap<>();
        writers.put(EVENT, PortfolioEntries::event);
        writers.put(ACHIEVEMENT, PortfolioEntries::achievement);
        return writers;
    }

    /**
     * The person's learner membership in the organization on the day (the latest that started,
     * when several), read through the registry's report view under the organization's scope; null
     * when there is none.
     */
    static Long membership(Connection connection, long personId, long organizationId, LocalDate day) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement("SELECT portfolio.learner_membership(?, ?, ?::date)")) {
            q.setLong(1, personId);
            q.setLong(2, organizationId);
            q.setObject(3, day);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                long membership = rs.getLong(1);
                return rs.wasNull() ? null : membership;
            }
        }
    }

    /** The notices of an entry about an organization where the person is no learner on the day: none when they are. */
    static List<Violation> notices(ExtensionEntry entry, Long membership, LocalDate day) {
        return membership != null ? List.of() : List.of(noLearnerMembership(NO_MEMBERSHIP, entry, "on " + day));
    }
}
