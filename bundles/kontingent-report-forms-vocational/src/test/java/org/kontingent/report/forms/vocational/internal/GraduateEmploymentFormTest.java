package org.kontingent.report.forms.vocational.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.COLLEGE;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT_NAME;
import static org.kontingent.report.support.testing.SmallRegion.MINISTRY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.args;
import static org.kontingent.report.support.testing.SmallRegion.row;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportForm;

/**
 * Columns after the specialty: graduates, with a diploma or certificate, with honours, with an
 * individual plan, employed, the share employed, by contract, on quota workplaces.
 */
class GraduateEmploymentFormTest extends Fixture {
    private static final Map<String, Object> YEAR = args(Parameter.ACADEMIC_YEAR, "2024-2025");

    @Override
    protected ReportForm form() {
        return new GraduateEmploymentForm();
    }

    @Test
    void countsTheGraduatesOfTheYearAndTheirEmploymentBySpecialty() {
        assertEquals(List.of(
                row(MINISTRY_NAME, COLLEGE, "09.02.03", PROGRAMMING, 3L, 2L, 1L, 1L, 2L, 2 / 3.0, 1L, 0L),
                row(MINISTRY_NAME, COLLEGE, "43.01.09", COOK, 1L, 1L, 0L, 1L, 1L, 1.0, 0L, 1L),
                row(DISTRICT_NAME, TECHNICAL_SCHOOL, "35.02.07", MECHANIZATION, 1L, 1L, 0L, 1L, 0L, 0.0, 0L, 0L),
                row(DISTRICT_NAME, TECHNICAL_SCHOOL, null, UNKNOWN, 1L, 0L, 0L, 0L, 1L, 1.0, 0L, 0L)),
                run(Scope.region(), YEAR).rows(), "not 605, expelled; not 606, a graduate of the year before");
    }

    @Test
    void countsForTheRegionAndOtherYears() {
        assertEquals(List.of(
                row(null, "Все организации", "09.02.03", PROGRAMMING, 3L, 2L, 1L, 1L, 2L, 2 / 3.0, 1L, 0L),
                row(null, "Все организации", "35.02.07", MECHANIZATION, 1L, 1L, 0L, 1L, 0L, 0.0, 0L, 0L),
                row(null, "Все организации", "43.01.09", COOK, 1L, 1L, 0L, 1L, 1L, 1.0, 0L, 1L),
                row(null, "Все организации", null, UNKNOWN, 1L, 0L, 0L, 0L, 1L, 1.0, 0L, 0L)),
                run(Scope.region(), args(Parameter.ACADEMIC_YEAR, "2024-2025", Parameter.LEVEL, Level.REGION)).rows());
        assertEquals(List.of(row(MINISTRY_NAME, COLLEGE, "09.02.03", PROGRAMMING, 1L, 0L, 0L, 0L, 1L, 1.0, 0L, 0L)),
                run(Scope.region(), args(Parameter.ACADEMIC_YEAR, "2023-2024")).rows(), "606");
        assertEquals(List.of(), run(Scope.region(), Map.of()).rows(), "no graduates yet in the current year 2025-2026");
    }

    @Test
    void showsTheUsersScopeOnly() {
        assertEquals(List.of(
                row(MINISTRY_NAME, MINISTRY_NAME, "09.02.03", PROGRAMMING, 3L, 2L, 1L, 1L, 2L, 2 / 3.0, 1L, 0L),
                row(MINISTRY_NAME, MINISTRY_NAME, "43.01.09", COOK, 1L, 1L, 0L, 1L, 1L, 1.0, 0L, 1L)),
                run(Scope.organization(17), args(Parameter.ACADEMIC_YEAR, "2024-2025", Parameter.LEVEL, Level.MUNICIPALITY))
                        .rows());
    }
}
