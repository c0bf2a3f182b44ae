package org.kontingent.extension.additional.internal;

import java.util.List;

import org.kontingent.extension.support.PersonRowsMerge;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.identity.PersonMergeParticipant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Moves the additional education extension's rows of a merged person to the kept one, inside the
 * merge's transaction, and back on its undo. The rows moved are listed in
 * {@code additional.merge_moved_row}, and the merge journal keeps only the move's id and counts,
 * for example {@code move=12 application=0 programme=2 course=9 document=1}. The move itself is
 * {@link PersonRowsMerge}'s.
 */
@Component(service = PersonMergeParticipant.class)
public class AdditionalMerge extends PersonRowsMerge {
    static final List<String> TABLES = List.of("application", "programme", "course", "document");

    @Activate
    public AdditionalMerge(@Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + AdditionalExtension.PLUGIN + ")")
            MigratedSchema schema) {
        this();
    }

    AdditionalMerge() {
        super(AdditionalExtension.SCHEMA, AdditionalExtension.ID, TABLES);
    }
}
