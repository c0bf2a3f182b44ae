package org.kontingent.extension.preschool.internal;

import java.util.List;

import org.kontingent.extension.support.PersonRowsMerge;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.identity.PersonMergeParticipant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Moves the preschool extension's rows of a merged person to the kept one, inside the merge's
 * transaction, and back on its undo. The rows moved are listed in {@code preschool.merge_moved_row},
 * so that the undo moves back exactly those and not rows written for the kept person since, and
 * the journal keeps only the move's id and counts, for example {@code move=12 enrollment=2 application=1}.
 * The move itself is {@link PersonRowsMerge}'s.
 */
@Component(service = PersonMergeParticipant.class)
public class PreschoolMerge extends PersonRowsMerge {
    static final List<String> TABLES = List.of("enrollment", "application");

    @Activate
    public PreschoolMerge(@Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + PreschoolExtension.PLUGIN + ")")
            MigratedSchema schema) {
        this();
    }

    PreschoolMerge() {
        super(PreschoolExtension.SCHEMA, PreschoolExtension.ID, TABLES);
    }
}
