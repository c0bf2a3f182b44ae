package org.kontingent.report.forms.preschool.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.CITY;
import static org.kontingent.report.support.testing.SmallRegion.CITY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT_NAME;
import static org.kontingent.report.support.testing.SmallRegion.args;
import static org.kontingent.report.support.testing.SmallRegion.row;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportForm;

/**
 * Over 2025-09-01 – 2026-02-28: 12 — at the start 2001, 2003; arrived 2002 (from 19: not the first time), 2004; left
 * 2003 (moved away); 19 — arrived 2005, 2006, both for the first time (2008 left before the period); 18 — at the
 * start 2007, left on completing; arrived 2009, 2010.
 */
class MigrationFormTest extends Fixture {
    private static final Map<String, Object> PERIOD = args(Parameter.FROM, LocalDate.of(2025, 9, 1), Parameter.TO,
            LocalDate.of(2026, 2, 28));

    @Override
    protected ReportForm form() {
        return new MigrationForm();
    }

    private static Map<String, Object> period(Object... more) {
        Map<String, Object> arguments = new LinkedHashMap<>(PERIOD);
        arguments.putAll(args(more));
        return arguments;
    }

    @Test
    void countsArrivalsAndLeavingsPerKindergarten() {
        assertEquals(List.of(
                row(CITY_NAME, SOLNYSHKO, 2L, 2L, 1L, 1L, 0L, 3L),
                row(CITY_NAME, RADUGA, 0L, 2L, 2L, 0L, 0L, 2L),
                row(DISTRICT_NAME, BERYOZKA, 1L, 2L, 2L, 1L, 1L, 2L)), run(Scope.region(), PERIOD).rows());
    }

    @Test
    void addsUpPerMunicipalityAndForTheRegion() {
        assertEquals(List.of(row(CITY_NAME, CITY_NAME, 2L, 4L, 3L, 1L, 0L, 5L),
                row(DISTRICT_NAME, DISTRICT_NAME, 1L, 2L, 2L, 1L, 1L, 2L)),
                run(Scope.region(), period(Parameter.LEVEL, Level.MUNICIPALITY)).rows());
        assertEquals(List.of(row(null, "Все дошкольные организации", 3L, 6L, 5L, 2L, 1L, 7L)),
                run(Scope.region(), period(Parameter.LEVEL, Level.REGION)).rows());
        assertEquals(List.of(row(null, "Все дошкольные организации", 2L, 4L, 3L, 1L, 0L, 5L)),
                run(Scope.authority(CITY), period(Parameter.LEVEL, Level.REGION)).rows());
    }

    @Test
    void countsALeavingOnItsLastDay() {
        // 2003 ends_on 2026-01-16: its last day is the 15th
        assertEquals(row(CITY_NAME, SOLNYSHKO, 4L, 0L, 0L, 1L, 0L, 3L), run(Scope.region(), args(Parameter.FROM,
                LocalDate.of(2026, 1, 15), Parameter.TO, LocalDate.of(2026, 1, 15))).rows().get(0));
        assertEquals(row(CITY_NAME, SOLNYSHKO, 3L, 0L, 0L, 0L, 0L, 3L), run(Scope.region(), args(Parameter.FROM,
                LocalDate.of(2026, 1, 16), Parameter.TO, LocalDate.of(2026, 1, 16))).rows().get(0));
    }
}
