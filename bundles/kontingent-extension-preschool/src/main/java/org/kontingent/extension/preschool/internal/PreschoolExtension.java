package org.kontingent.extension.preschool.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kontingent.extension.support.EntityExtension;
import org.kontingent.extension.support.Upsert;
import org.kontingent.platform.api.Plugin;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.extension.ExtensionData;
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
public class PreschoolExtension extends EntityExtension {
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

    @Activate
    public PreschoolExtension(@Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + PLUGIN + ")") MigratedSchema schema) {
        this();
    }

    /** Outside OSGi (tests): the schema is migrated already. */
    PreschoolExtension() {
        super(ID, writers());
    }

    private static Map<String, Writer> writers() {
        Map<String, Writer> writers = new LinkedHashMap<>();
        writers.put(ENROLLMENT, Enrollments::write);
        writers.put(APPLICATION, Applications::write);
        return writers;
    }
}
