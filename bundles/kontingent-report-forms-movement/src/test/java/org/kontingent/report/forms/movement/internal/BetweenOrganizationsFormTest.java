package org.kontingent.report.forms.movement.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.CITY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT_NAME;
import static org.kontingent.report.support.testing.SmallRegion.FOREST_SCHOOL;
import static org.kontingent.report.support.testing.SmallRegion.GYMNASIUM;
import static org.kontingent.report.support.testing.SmallRegion.SCHOOL_2;
import static org.kontingent.report.support.testing.SmallRegion.SOUTH_SCHOOL;
import static org.kontingent.report.support.testing.SmallRegion.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.testing.SmallRegion;
import org.kontingent.report.testkit.FormRunner;

/**
 * The moves of P: 10 → 11 twice (2011/2012 with no gap; 2021/2022 with ends_on 30 days before the start, the most),
 * 11 → 10 (2061/2062), 14 → 10 (2051/2052, overlapping), 13 → 14 (2041/2042). Not 10 → 13 (2031/2032, ends_on 31
 * days before), not 13 → 15 (2081 has not ended), not 11 → 10 of 2071/2072 (arrives on 2026-01-01), not 12 → 11
 * (2091/2092: preschool to general). Under a scope, a move whose other end lies outside it shows too, that end
 * unnamed.
 */
class BetweenOrganizationsFormTest extends Fixture {
    private static final String OUTSIDE = "организация за пределами вашей области видимости";
    private static final List<Object> GYMNASIUM_TO_SCHOOL_2 = row(CITY_NAME, GYMNASIUM, CITY_NAME, SCHOOL_2, 2L);
    private static final List<Object> SCHOOL_2_TO_GYMNASIUM = row(CITY_NAME, SCHOOL_2, CITY_NAME, GYMNASIUM, 1L);
    private static final List<Object> FOREST_TO_GYMNASIUM = row(DISTRICT_NAME, FOREST_SCHOOL, CITY_NAME, GYMNASIUM, 1L);
    private static final List<Object> SOUTH_TO_FOREST = row(DISTRICT_NAME, SOUTH_SCHOOL, DISTRICT_NAME, FOREST_SCHOOL, 1L);

    @Override
    protected ReportForm form() {
        return new BetweenOrganizationsForm();
    }

    @Test
    void pairsTheOrganizationsLeftAndEntered() {
        assertEquals(List.of(GYMNASIUM_TO_SCHOOL_2, SCHOOL_2_TO_GYMNASIUM, FOREST_TO_GYMNASIUM, SOUTH_TO_FOREST),
                run(Scope.region(), Map.of()).rows());
    }

    @Test
    void takesTheLastDayOfThePeriod() {
        // 2072 arrives on 2026-01-01, 12 days after 2071 ended
        assertEquals(List.of(row(CITY_NAME, GYMNASIUM, CITY_NAME, SCHOOL_2, 2L), row(CITY_NAME, SCHOOL_2, CITY_NAME, GYMNASIUM, 2L),
                FOREST_TO_GYMNASIUM, SOUTH_TO_FOREST), run(Scope.region(), period(Parameter.TO, LocalDate.of(2026, 1, 1))).rows());
        // to 10-31: 2022 arrives on 11-10, 2042 on 11-01, 2062 on 12-01
        assertEquals(List.of(row(CITY_NAME, GYMNASIUM, CITY_NAME, SCHOOL_2, 1L), FOREST_TO_GYMNASIUM),
                run(Scope.region(), period(Parameter.TO, LocalDate.of(2025, 10, 31))).rows());
    }

    @Test
    void showsOnlyPairsWithTheMinimumCount() {
        assertEquals(List.of(GYMNASIUM_TO_SCHOOL_2), run(Scope.region(), period(BetweenOrganizationsForm.MIN_COUNT, 2L)).rows());
        assertEquals(List.of(), run(Scope.region(), period(BetweenOrganizationsForm.MIN_COUNT, 3L)).rows());
    }

    @Test
    void showsMovesAcrossItsScopesEdgeWithoutNamingTheOrganizationOutside() {
        // the district: 13 → 14 inside, and 205 from the forest school (14) to the gymnasium (10), outside
        assertEquals(List.of(row(DISTRICT_NAME, FOREST_SCHOOL, null, OUTSIDE, 1L), SOUTH_TO_FOREST),
                run(Scope.authority(DISTRICT), period()).rows());
        // the city: its three moves inside, and 205's from the forest school, outside, to the gymnasium
        assertEquals(List.of(GYMNASIUM_TO_SCHOOL_2, SCHOOL_2_TO_GYMNASIUM, row(null, OUTSIDE, CITY_NAME, GYMNASIUM, 1L)),
                run(Scope.authority(SmallRegion.CITY), period()).rows());
        // the gymnasium: 201 and 202 left for school 2, 205 and 206 came from the forest school and from school 2 —
        // all outside its scope, so one organization outside at each end
        assertEquals(List.of(row(CITY_NAME, GYMNASIUM, null, OUTSIDE, 2L), row(null, OUTSIDE, CITY_NAME, GYMNASIUM, 2L)),
                run(Scope.organization(10), period()).rows());
        assertEquals(row(null, "an organization outside your scope", CITY_NAME, GYMNASIUM, 2L),
                new FormRunner(database(), Locale.ENGLISH).run(form(), Scope.organization(10), period(), TODAY).rows().get(1));
    }

    @Test
    void showsAPairWhenEitherEndMatchesTheFilters() {
        assertEquals(List.of(FOREST_TO_GYMNASIUM, SOUTH_TO_FOREST),
                run(Scope.region(), period(Parameter.AUTHORITY, DISTRICT)).rows());
        assertEquals(List.of(GYMNASIUM_TO_SCHOOL_2, SCHOOL_2_TO_GYMNASIUM, FOREST_TO_GYMNASIUM),
                run(Scope.region(), period(Parameter.SETTLEMENT, "Северск")).rows());
        assertEquals(List.of(FOREST_TO_GYMNASIUM, SOUTH_TO_FOREST),
                run(Scope.region(), period(Parameter.SETTLEMENT, "Лесной")).rows());
    }
}
