package org.kontingent.report.forms.preschool.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.kontingent.report.api.ReportContext;
import org.kontingent.report.support.Organizations;

/**
 * The preschool organizations a run covers: those of {@code orgs} ({@link Organizations}) that
 * count at the level preschool — a kindergarten, or a mixed organization of a preschool type.
 */
final class Kindergartens {
    /** The condition on a row {@code o} of {@code orgs}. */
    static final String CONDITION = "o.level = 'preschool'";

    private Kindergartens() {
    }

    /** Their ids, in order: for a count that reads many rows, handed to it as an array ({@code = ANY (?)}). */
    static Long[] ids(ReportContext context) throws SQLException {
        List<Long> ids = new ArrayList<>();
        Organizations.with(context.arguments()).append("SELECT o.id FROM orgs o WHERE " + CONDITION + " ORDER BY o.id")
                .run(context, row -> ids.add(row.getLong(1)));
        return ids.toArray(Long[]::new);
    }
}
