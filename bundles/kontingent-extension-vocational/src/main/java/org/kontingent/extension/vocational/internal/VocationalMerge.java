package org.kontingent.extension.vocational.internal;

import java.util.List;

import org.kontingent.extension.support.PersonRowsMerge;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.identity.PersonMergeParticipant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Moves the vocational extension's rows of a merged person to the kept one, inside the merge's
 * transaction, and back on its undo. The rows moved are listed in {@code vocational.merge_moved_row}
 * (a student has dozens of marks: too many for the merge journal), and the journal keeps only the
 * move's id and counts, for example {@code move=12 application=0 programme=3 ... mark=40 ...}.
 * The move itself is {@link PersonRowsMerge}'s.
 */
@Component(service = PersonMergeParticipant.class)
public class VocationalMerge extends PersonRowsMerge {
    static final List<String> TABLES = List.of("application", "programme", "course_transfer", "mark", "diploma",
            "employer_project", "employment");

    @Activate
    public VocationalMerge(@Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + VocationalExtension.PLUGIN + ")")
            MigratedSchema schema) {
        this();
    }

    VocationalMerge() {
        super(VocationalExtension.SCHEMA, VocationalExtension.ID, TABLES);
    }
}
