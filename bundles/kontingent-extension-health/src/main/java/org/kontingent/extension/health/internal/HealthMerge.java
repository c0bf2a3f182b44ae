package org.kontingent.extension.health.internal;

import java.util.List;

import org.kontingent.extension.support.PersonRowsMerge;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.identity.PersonMergeParticipant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Moves the health extension's rows of a merged person to the kept one, inside the merge's
 * transaction, and back on its undo. The rows moved are listed in {@code health.merge_moved_row},
 * and the merge journal keeps only the move's id and counts, for example
 * {@code move=12 conclusion=2 disability=1 special_needs=0}. The move itself is
 * {@link PersonRowsMerge}'s.
 */
@Component(service = PersonMergeParticipant.class)
public class HealthMerge extends PersonRowsMerge {
    static final List<String> TABLES = List.of("conclusion", "disability", "special_needs");

    @Activate
    public HealthMerge(@Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + HealthExtension.PLUGIN + ")")
            MigratedSchema schema) {
        this();
    }

    HealthMerge() {
        super(HealthExtension.SCHEMA, HealthExtension.ID, TABLES);
    }
}
