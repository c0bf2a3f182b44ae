package org.kontingent.extension.general.internal;

import java.util.List;

import org.kontingent.extension.support.PersonRowsMerge;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.identity.PersonMergeParticipant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Moves the general extension's rows of a merged person to the kept one, inside the merge's
 * transaction, and back on its undo. The rows moved are listed in {@code general.merge_moved_row}
 * (a pupil has hundreds of marks a year: too many for the merge journal), and the journal keeps
 * only the move's id and counts, for example {@code move=12 mark=340 exam=2}.
 * The move itself is {@link PersonRowsMerge}'s.
 */
@Component(service = PersonMergeParticipant.class)
public class GeneralMerge extends PersonRowsMerge {
    static final List<String> TABLES = List.of("mark", "exam", "certificate", "programme", "application");

    @Activate
    public GeneralMerge(@Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + GeneralExtension.PLUGIN + ")")
            MigratedSchema schema) {
        this();
    }

    GeneralMerge() {
        super(GeneralExtension.SCHEMA, GeneralExtension.ID, TABLES);
    }
}
