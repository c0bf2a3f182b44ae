package org.kontingent.report.forms.movement.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kontingent.report.support.testing.SmallRegion.CITY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT_NAME;
import static org.kontingent.report.support.testing.SmallRegion.MINISTRY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.SETTLEMENT_AUTHORITY;
import static org.kontingent.report.support.testing.SmallRegion.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportException;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.testing.SmallRegion;

/**
 * The 24 arrivals of P (memberships starting 2025-09-01 … 2025-12-31), of which 6 from another organization (2012,
 * 2022, 2042, 2052, 2062, 2082) and 13 first enrolled at their level; 2032 (ends_on 31 days before it), 2182 and 2292
 * (back in the same school), 2302 and 2392 (left school in June) are neither. Under a scope the arrivals are the
 * scope's, their earlier memberships looked up wherever they were.
 */
class ArrivalsByGradeFormTest extends Fixture {
    private static final String NO_GRADE = "без параллели";
    private static final String NOT_PLACED = "не распределён";

    @Override
    protected ReportForm form() {
        return new ArrivalsByGradeForm();
    }

    @Test
    void countsTheRegionsArrivalsByTheGradeOfTheirFirstClass() {
        assertEquals(List.of(
                row(null, "1", 3L, 0L, 3L),
                row(null, "5", 5L, 4L, 0L),
                row(null, "7", 2L, 1L, 0L),
                row(null, "10", 3L, 0L, 1L),
                row(null, NO_GRADE, 3L, 0L, 3L),
                row(null, NOT_PLACED, 8L, 1L, 6L)), run(Scope.region(), period(Parameter.LEVEL, Level.REGION)).rows());
    }

    @Test
    void countsPerMunicipality() {
        assertEquals(List.of(
                row(CITY_NAME, "1", 2L, 0L, 2L),
                row(CITY_NAME, "5", 5L, 4L, 0L),
                row(CITY_NAME, "10", 1L, 0L, 0L),
                row(CITY_NAME, NO_GRADE, 1L, 0L, 1L),
                row(CITY_NAME, NOT_PLACED, 1L, 0L, 1L),
                row(MINISTRY_NAME, NO_GRADE, 2L, 0L, 2L),
                row(MINISTRY_NAME, NOT_PLACED, 2L, 0L, 2L),
                row(DISTRICT_NAME, "1", 1L, 0L, 1L),
                row(DISTRICT_NAME, "7", 2L, 1L, 0L),
                row(DISTRICT_NAME, "10", 2L, 0L, 1L),
                row(DISTRICT_NAME, NOT_PLACED, 5L, 1L, 3L)), run(Scope.region(), Map.of()).rows());
    }

    @Test
    void takesBothDaysOfThePeriod() {
        // 2121 starts on 12-31, the last day; 2111 on 08-31, the day before
        assertEquals(row(null, "10", 2L, 0L, 0L), run(Scope.region(), period(Parameter.LEVEL, Level.REGION, Parameter.TO,
                LocalDate.of(2025, 12, 30))).rowWhere("grade", "10"));
        assertEquals(row(null, "1", 4L, 0L, 4L), run(Scope.region(), period(Parameter.LEVEL, Level.REGION, Parameter.FROM,
                LocalDate.of(2025, 8, 31))).rowWhere("grade", "1"));
    }

    @Test
    void looksUpEarlierMembershipsOutsideItsScope() {
        // the district's 10 arrivals: 2032 (grade 7) and 2302 (grade 10) came from the gymnasium, outside the district's
        // scope but in the learners' history: not first enrolled (though not from another organization either: 2031
        // ended 31 days before 2032, 2301 in June), just as under the region's scope with the district as a filter
        List<List<Object>> district = List.of(
                row(null, "1", 1L, 0L, 1L),
                row(null, "7", 2L, 1L, 0L),
                row(null, "10", 2L, 0L, 1L),
                row(null, NOT_PLACED, 5L, 1L, 3L));
        assertEquals(district, run(Scope.authority(DISTRICT), period(Parameter.LEVEL, Level.REGION)).rows());
        assertEquals(district, run(Scope.region(), period(Parameter.LEVEL, Level.REGION, Parameter.AUTHORITY, DISTRICT)).rows());
        // the gymnasium's grade 5: 2052 from the forest school (left 09-15), 2062 from school 2 (left 12-01), both outside
        // the gymnasium's scope: from another organization, no longer first enrolled
        assertEquals(List.of(
                row(CITY_NAME, "1", 1L, 0L, 1L),
                row(CITY_NAME, "5", 2L, 2L, 0L),
                row(CITY_NAME, "10", 1L, 0L, 0L),
                row(CITY_NAME, NOT_PLACED, 1L, 0L, 1L)), run(Scope.organization(10), period()).rows());
        // the city: 2052 from the forest school (outside) as well as 2012 and 2022 from the gymnasium (inside)
        assertEquals(row(CITY_NAME, "5", 5L, 4L, 0L), run(Scope.authority(SmallRegion.CITY), period()).rowWhere("grade", "5"));
    }

    @Test
    void filtersBySettlementAndDistrict() {
        List<List<Object>> forest = List.of(
                row(null, "1", 1L, 0L, 1L),
                row(null, "7", 1L, 1L, 0L),
                row(null, NOT_PLACED, 2L, 1L, 0L));
        assertEquals(forest, run(Scope.region(), period(Parameter.LEVEL, Level.REGION, Parameter.SETTLEMENT, "Лесной")).rows());
        assertEquals(forest, run(Scope.region(), period(Parameter.LEVEL, Level.REGION, Parameter.AUTHORITY,
                SETTLEMENT_AUTHORITY)).rows());
        assertEquals(List.of(14L), sum(run(Scope.region(), period(Parameter.LEVEL, Level.REGION, Parameter.DISTRICT,
                "город Северск")).column("arrivals")));
        // the value as the registry holds it: another case or spelling is another settlement
        assertEquals(List.of(), run(Scope.region(), period(Parameter.SETTLEMENT, "ЛЕСНОЙ")).rows());
        assertEquals(List.of(), run(Scope.region(), period(Parameter.DISTRICT, "г. Северск")).rows());
    }

    @Test
    void refusesTheOrganizationLevel() {
        ReportException refusal = assertThrows(ReportException.class,
                () -> run(Scope.region(), period(Parameter.LEVEL, Level.ORGANIZATION)));
        assertEquals(Parameter.LEVEL, refusal.parameter());
    }

    private static List<Long> sum(List<Object> values) {
        return List.of(values.stream().mapToLong(v -> (Long) v).sum());
    }
}
