package org.kontingent.report.forms.movement.internal;

import java.time.LocalDate;
import java.util.List;

import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportArguments;
import org.kontingent.report.api.ReportException;
import org.kontingent.report.support.Levels;
import org.kontingent.report.support.Texts;

/**
 * What a movement form counted over a period for the region or per municipality is asked: the
 * period (both days inclusive) and the level.
 *
 * @param from the first day of the period
 * @param to the last day of the period
 * @param level the region or the municipality
 */
record PeriodByLevel(LocalDate from, LocalDate to, Level level) {

    /** The parameters of such a form: the period, the level (per municipality by default), the organization filters. */
    static List<Parameter> parameters() {
        return List.of(Parameter.from(), Parameter.to(), Parameter.level(Level.MUNICIPALITY), Parameter.authority(),
                Parameter.district(), Parameter.settlement());
    }

    /**
     * The period and the level of a run.
     *
     * @throws ReportException for the organization level, which these forms do not give
     */
    static PeriodByLevel of(ReportArguments arguments, Texts texts) {
        return new PeriodByLevel(arguments.date(Parameter.FROM), arguments.date(Parameter.TO),
                Levels.regionOrMunicipality(arguments, Level.MUNICIPALITY, texts));
    }
}
