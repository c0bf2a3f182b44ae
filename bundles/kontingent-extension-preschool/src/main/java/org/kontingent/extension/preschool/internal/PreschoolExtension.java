package org.kontingent.extension.preschool.internal;

import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.kontingent.extension.support.EntitySchemas;
import org.kontingent.extension.support.EntryFields;
import org.kontingent.extension.support.Upsert;
import org.kontingent.platform.api.Plugin;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.extension.ExtensionData;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;
import org.kontingent.registry.api.identifiers.Violation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The preschool education extension's data in the registry's batches: the enrollment of children
 * in kindergartens ({@link Enrollments}) and admission applications, the queue
 * ({@link Applications}), each checked field by field (L1), checked against the registry through
 * its published report views (L2) and upserted by the source's key into schema {@code preschool}.
 */
@Plugin(kind = "extension", id = PreschoolExtension.PLUGIN, name = "Дошкольное образование")
@Component(service = ExtensionData.class)
public class PreschoolExtension implements ExtensionData {
    /** The bundle, plugin and feature id; the owner of schema preschool's migrations. */
    static final String PLUGIN = "kontingent-extension-preschool";
    /** The extension's id, as sources name it. */
    static final String ID = "preschool";
    /** The schema of the extension's tables. */
    static final String SCHEMA = "preschool";
    /** Writes rows of the extension's tables by the source's id and key. */
    static final Upsert UPSERT = new Upsert(SCHEMA);

    static final String ENROLLMENT = "enrollment";
    static final String APPLICATION = "application";

    /** The notice on an enrollment in an organization where the child has no learner membership on the day. */
    static final String NO_MEMBERSHIP = "preschool.no-learner-membership";
    /** The notice on an enrollment whose age group is not for a child of that age. */
    static final String AGE_GROUP = "preschool.age-group";
    /** The notice on an application to an organization that does not count at the level preschool. */
    static final String NOT_PRESCHOOL = "preschool.not-preschool-organization";
    /** The notice on an application whose birth date is not the one the registry holds for the learner. */
    static final String BIRTH_DATE_DIFFERS = "preschool.birth-date-differs";

    private final Map<String, URL> entities;

    @Activate
    public PreschoolExtension(@Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + PLUGIN + ")") MigratedSchema schema) {
        this();
    }

    /** Outside OSGi (tests): the schema is migrated already. */
    PreschoolExtension() {
        this.entities = EntitySchemas.of(PreschoolExtension.class, List.of(ENROLLMENT, APPLICATION));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, URL> entities() {
        return entities;
    }

    @Override
    public Written write(Connection connection, ExtensionEntry entry) throws SQLException {
        String record = ID + " " + entry.entity() + " " + entry.key();
        return switch (entry.entity()) {
            case ENROLLMENT -> Enrollments.write(connection, entry, record);
            case APPLICATION -> Applications.write(connection, entry, record);
            default -> throw new InvalidRecordException(record, List.of(new Violation("entity", entry.entity(),
                    UNKNOWN_ENTITY, "The extension preschool takes " + String.join(", ", entities.keySet()) + ", not "
                            + entry.entity())));
        };
    }

    /** The entry's organization, the kindergarten: required. */
    static Long organization(EntryFields fields, ExtensionEntry entry) {
        if (entry.organizationId() == null) {
            fields.add(Violation.required("organization", null, "The organization"));
        }
        return entry.organizationId();
    }

    static Violation noMembership(ExtensionEntry entry, long organization, String when) {
        return new Violation("organization", String.valueOf(organization), NO_MEMBERSHIP, "Person " + entry.personId()
                + " is no learner of organization " + organization + " " + when + "; the " + entry.entity()
                + " is kept all the same");
    }
}
