package org.kontingent.report.forms.contingent.internal;

import java.time.LocalDate;
import java.util.Map;

import org.kontingent.report.api.Parameter;
import org.kontingent.report.support.testing.SmallRegion;
import org.kontingent.report.support.testing.SmallRegionContract;

/**
 * A contingent form's test: the contract and the form's cases on the {@link SmallRegion} with the
 * classes, learners and placements of {@code region.sql} beside this class (read its comments for
 * who is where), today the day {@link #D} most tests count on.
 */
abstract class Fixture extends SmallRegionContract {
    /** The day counted in most tests. */
    static final LocalDate D = LocalDate.of(2025, 10, 1);
    /** The academic year 2025-2026 on the day D. */
    static final Map<String, Object> YEAR = SmallRegion.args(Parameter.ACADEMIC_YEAR, "2025-2026", Parameter.DATE, D);

    @Override
    protected final LocalDate today() {
        return D;
    }
}
