package org.kontingent.extension.portfolio.internal;

import java.util.List;

import org.kontingent.extension.support.PersonRowsMerge;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.identity.PersonMergeParticipant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Moves the portfolio extension's rows of a merged person (their events and achievements) to the
 * kept one, inside the merge's transaction, and back on its undo. The rows moved are listed in
 * {@code portfolio.merge_moved_row}, and the merge journal keeps only the move's id and counts,
 * for example {@code move=12 event=5 achievement=1}. The move itself is {@link PersonRowsMerge}'s.
 */
@Component(service = PersonMergeParticipant.class)
public class PortfolioMerge extends PersonRowsMerge {
    static final List<String> TABLES = List.of("event", "achievement");

    @Activate
    public PortfolioMerge(@Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + PortfolioExtension.PLUGIN + ")")
            MigratedSchema schema) {
        this();
    }

    PortfolioMerge() {
        super(PortfolioExtension.SCHEMA, PortfolioExtension.ID, TABLES);
    }
}
