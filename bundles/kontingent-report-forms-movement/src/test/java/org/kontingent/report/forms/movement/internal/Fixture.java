package org.kontingent.report.forms.movement.internal;

import java.time.LocalDate;
import java.util.Map;

import org.kontingent.report.api.Parameter;
import org.kontingent.report.support.testing.SmallRegion;
import org.kontingent.report.support.testing.SmallRegionContract;

/**
 * A movement form's test: the contract and the form's cases on the {@link SmallRegion} with the
 * classes, learners and placements of {@code region.sql} beside this class (read its comments for
 * who is where), today the last day of the period P most tests look at.
 */
abstract class Fixture extends SmallRegionContract {
    /** The period of most tests, P: its first and last day. */
    static final LocalDate FROM = LocalDate.of(2025, 9, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);
    /** The day the runs take as today: with the defaults, the period is P. */
    static final LocalDate TODAY = TO;

    @Override
    protected final LocalDate today() {
        return TODAY;
    }

    /** The period P with more arguments. */
    static Map<String, Object> period(Object... pairs) {
        Map<String, Object> arguments = SmallRegion.args(Parameter.FROM, FROM, Parameter.TO, TO);
        arguments.putAll(SmallRegion.args(pairs));
        return arguments;
    }
}
