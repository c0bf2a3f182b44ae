package org.kontingent.report.forms.contingent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kontingent.report.support.testing.SmallRegion.CENTRE;
import static org.kontingent.report.support.testing.SmallRegion.CITY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT_NAME;
import static org.kontingent.report.support.testing.SmallRegion.FOREST_SCHOOL;
import static org.kontingent.report.support.testing.SmallRegion.GYMNASIUM;
import static org.kontingent.report.support.testing.SmallRegion.KINDERGARTEN;
import static org.kontingent.report.support.testing.SmallRegion.SCHOOL_2;
import static org.kontingent.report.support.testing.SmallRegion.SETTLEMENT_AUTHORITY;
import static org.kontingent.report.support.testing.SmallRegion.SOUTH_SCHOOL;
import static org.kontingent.report.support.testing.SmallRegion.args;
import static org.kontingent.report.support.testing.SmallRegion.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportException;
import org.kontingent.report.api.ReportForm;

/**
 * 2025-2026 on 2025-10-01: 10 → 3 classes, 70 places, 6 placed; 11 → 2 classes, 25 known places (9А has none), 5
 * placed of whom 2 in a class with a capacity; 12 → 1, 20, 3; 13 → 2, 12, 4 with 3 in a class of 2; 14 → 1, 15, 2;
 * 15 → 1, 10, 2. 16 and 17 have no classes.
 */
class ClassFillingFormTest extends Fixture {
    @Override
    protected ReportForm form() {
        return new ClassFillingForm();
    }

    @Test
    void fillsEachOrganizationsClasses() {
        assertEquals(List.of(
                row(CITY_NAME, GYMNASIUM, 3L, 70L, 6L, 6.0 / 70, 64L),
                row(CITY_NAME, KINDERGARTEN, 1L, 20L, 3L, 3.0 / 20, 17L),
                row(CITY_NAME, SCHOOL_2, 2L, 25L, 5L, 2.0 / 25, 23L),
                row(DISTRICT_NAME, FOREST_SCHOOL, 1L, 15L, 2L, 2.0 / 15, 13L),
                row(DISTRICT_NAME, CENTRE, 1L, 10L, 2L, 2.0 / 10, 8L),
                row(DISTRICT_NAME, SOUTH_SCHOOL, 2L, 12L, 4L, 4.0 / 12, 9L)), run(Scope.region(), YEAR).rows());
    }

    @Test
    void takesTheDefaultsTheYearAndTheDayOfTheRun() {
        assertEquals(run(Scope.region(), YEAR).rows(), run(Scope.region(), Map.of()).rows());
    }

    @Test
    void countsPlacementsFromTheirFirstDayUpToButNotIncludingTheirEnd() {
        // on 09-30: 101 → 2, 102 → 1003 only (1004 from 10-01), 103 → 1006 (until 10-01), 1007, 1008
        assertEquals(row(CITY_NAME, GYMNASIUM, 3L, 70L, 6L, 6.0 / 70, 64L), run(Scope.region(),
                args(Parameter.ACADEMIC_YEAR, "2025-2026", Parameter.DATE, LocalDate.of(2025, 9, 30))).rowWhere("organization",
                        GYMNASIUM));
        // on 10-02: 102 gets 1005; 103 loses 1007 (until 10-02)
        assertEquals(row(CITY_NAME, GYMNASIUM, 3L, 70L, 6L, 6.0 / 70, 64L), run(Scope.region(),
                args(Parameter.ACADEMIC_YEAR, "2025-2026", Parameter.DATE, LocalDate.of(2025, 10, 2))).rowWhere("organization",
                        GYMNASIUM));
        // school 2 on 09-30: 1104 not yet in 9А
        assertEquals(row(CITY_NAME, SCHOOL_2, 2L, 25L, 4L, 2.0 / 25, 23L), run(Scope.region(),
                args(Parameter.ACADEMIC_YEAR, "2025-2026", Parameter.DATE, LocalDate.of(2025, 9, 30))).rowWhere("organization",
                        SCHOOL_2));
    }

    @Test
    void readsTheYearAskedFor() {
        assertEquals(List.of(
                row(CITY_NAME, GYMNASIUM, 2L, 45L, 4L, 4.0 / 45, 41L),
                row(DISTRICT_NAME, SOUTH_SCHOOL, 1L, 10L, 2L, 2.0 / 10, 8L)),
                run(Scope.region(), args(Parameter.ACADEMIC_YEAR, "2024-2025", Parameter.DATE, LocalDate.of(2025, 3, 1))).rows());
    }

    @Test
    void refusesADayOutsideTheYear() {
        ReportException refusal = assertThrows(ReportException.class, () -> run(Scope.region(),
                args(Parameter.ACADEMIC_YEAR, "2025-2026", Parameter.DATE, LocalDate.of(2025, 8, 31))));
        assertEquals(Parameter.DATE, refusal.parameter());
        assertEquals("Дата 2025-08-31 не входит в учебный год 2025-2026 (2025-09-01 – 2026-08-31).", refusal.getMessage());
        assertThrows(ReportException.class, () -> run(Scope.region(),
                args(Parameter.ACADEMIC_YEAR, "2025-2026", Parameter.DATE, LocalDate.of(2026, 9, 1))));
    }

    @Test
    void givesNoRowsForACurrentYearNotEnteredYet() {
        assertEquals(List.of(), run(Scope.region(), Map.of(), LocalDate.of(2027, 10, 1)).rows());
    }

    @Test
    void seesOnlyItsPartUnderAScope() {
        assertEquals(List.of(FOREST_SCHOOL, CENTRE, SOUTH_SCHOOL),
                run(Scope.authority(DISTRICT), YEAR).column("organization"));
        assertEquals(List.of(row(DISTRICT_NAME, SOUTH_SCHOOL, 2L, 12L, 4L, 4.0 / 12, 9L)),
                run(Scope.organization(13), YEAR).rows());
    }

    @Test
    void filtersByAuthorityDistrictAndSettlement() {
        Map<String, Object> arguments = args(Parameter.ACADEMIC_YEAR, "2025-2026", Parameter.DATE, D,
                Parameter.AUTHORITY, SETTLEMENT_AUTHORITY);
        assertEquals(List.of(FOREST_SCHOOL, CENTRE), run(Scope.region(), arguments).column("organization"));
        assertEquals(List.of(FOREST_SCHOOL, CENTRE), run(Scope.region(), args(Parameter.ACADEMIC_YEAR, "2025-2026",
                Parameter.DATE, D, Parameter.SETTLEMENT, "Лесной")).column("organization"));
        assertEquals(List.of(GYMNASIUM, KINDERGARTEN, SCHOOL_2), run(Scope.region(), args(Parameter.ACADEMIC_YEAR,
                "2025-2026", Parameter.DATE, D, Parameter.DISTRICT, "город Северск")).column("organization"));
        assertEquals(List.of(), run(Scope.region(), args(Parameter.ACADEMIC_YEAR, "2025-2026", Parameter.DATE, D,
                Parameter.SETTLEMENT, "ЛЕСНОЙ")).rows(), "the settlement as the registry holds it, case and all");
    }
}
