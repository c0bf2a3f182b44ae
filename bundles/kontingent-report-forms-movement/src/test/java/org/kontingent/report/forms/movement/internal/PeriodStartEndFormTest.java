package org.kontingent.report.forms.movement.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.CITY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT_NAME;
import static org.kontingent.report.support.testing.SmallRegion.MINISTRY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.SETTLEMENT_AUTHORITY;
import static org.kontingent.report.support.testing.SmallRegion.row;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.EducationLevel;
import org.kontingent.report.support.testing.SmallRegion;

/**
 * Learners on 2025-09-01 / 2025-12-31 per organization: 10 → 9 / 7, 11 → 6 / 4, 12 → 2 / 1, 13 → 5 / 6, 14 → 2 / 1,
 * 15 → 4 / 3, 16 → 3 / 4, 17 → 3 / 4 (34 / 30). Capacities 2025-2026: 10 → 70, 11 → 50, 12 → 20, 13 → 35, 14 → 15,
 * 15 → 12, 17 → 25; 2024-2025: 10 → 25, 11 → 25, 12 → 20, 13 → 20.
 */
class PeriodStartEndFormTest extends Fixture {

    @Override
    protected ReportForm form() {
        return new PeriodStartEndForm();
    }

    @Test
    void countsEachSettlementAtTheStartAndTheEnd() {
        assertEquals(List.of(
                row(CITY_NAME, "Северск", 140L, 17L, 12L, -5L),
                row(MINISTRY_NAME, "Северск", 25L, 3L, 4L, 1L),
                row(DISTRICT_NAME, "Лесной", 27L, 6L, 4L, -2L),
                row(DISTRICT_NAME, "Южное", 35L, 8L, 10L, 2L)), run(Scope.region(), Map.of()).rows());
    }

    @Test
    void takesTheCapacityOfTheYearThePeriodStartsIn() {
        assertEquals(Arrays.asList(70L, null, null, 20L),
                run(Scope.region(), period(Parameter.FROM, LocalDate.of(2025, 6, 1))).column("capacity"));
        assertEquals(Arrays.asList(140L, 25L, 27L, 35L),
                run(Scope.region(), period(Parameter.FROM, LocalDate.of(2025, 9, 1))).column("capacity"));
    }

    @Test
    void countsTheLearnersOfTheFirstAndTheLastDay() {
        // on 09-02 the city loses 2201 (ends_on 09-02) and 2371 (ends_on 09-02)
        assertEquals(15L, run(Scope.region(), period(Parameter.FROM, LocalDate.of(2025, 9, 2))).value(0, "atStart"));
        // on 2026-01-01 the gymnasium gets 2072; the southern school loses 2211 (ends_on 01-01) and gets 2131
        assertEquals(List.of(13L, 4L, 4L, 10L),
                run(Scope.region(), period(Parameter.TO, LocalDate.of(2026, 1, 1))).column("atEnd"));
    }

    @Test
    void filtersByEducationLevel() {
        assertEquals(List.of(
                row(CITY_NAME, "Северск", 120L, 15L, 11L, -4L),
                row(DISTRICT_NAME, "Лесной", 27L, 6L, 4L, -2L),
                row(DISTRICT_NAME, "Южное", 35L, 5L, 6L, 1L)),
                run(Scope.region(), period(EducationLevel.PARAMETER, "general")).rows());
        assertEquals(List.of(row(DISTRICT_NAME, "Южное", null, 3L, 4L, 1L)),
                run(Scope.region(), period(EducationLevel.PARAMETER, "additional")).rows());
    }

    @Test
    void seesOnlyItsPartUnderAScopeAndFilters() {
        assertEquals(List.of(row(DISTRICT_NAME, "Лесной", 27L, 6L, 4L, -2L)),
                run(Scope.authority(SETTLEMENT_AUTHORITY), period()).rows());
        assertEquals(List.of(row(DISTRICT_NAME, "Лесной", 12L, 4L, 3L, -1L)), run(Scope.organization(15), period()).rows());
        assertEquals(List.of(row(DISTRICT_NAME, "Южное", 35L, 8L, 10L, 2L)),
                run(Scope.region(), period(Parameter.SETTLEMENT, "Южное")).rows());
        assertEquals(List.of(row(CITY_NAME, "Северск", 140L, 17L, 12L, -5L), row(MINISTRY_NAME, "Северск", 25L, 3L, 4L, 1L)),
                run(Scope.region(), period(Parameter.DISTRICT, "город Северск")).rows());
        assertEquals(List.of(), run(Scope.region(), period(Parameter.SETTLEMENT, "северск")).rows(),
                "the settlement as the registry holds it, case and all");
        assertEquals(List.of(row(DISTRICT_NAME, "Лесной", 27L, 6L, 4L, -2L), row(DISTRICT_NAME, "Южное", 35L, 8L, 10L, 2L)),
                run(Scope.region(), period(Parameter.AUTHORITY, SmallRegion.DISTRICT)).rows());
    }
}
