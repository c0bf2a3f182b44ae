package org.kontingent.report.forms.contingent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.CENTRE;
import static org.kontingent.report.support.testing.SmallRegion.CITY_NAME;
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
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.testing.SmallRegion;

class OrganizationStructureFormTest extends Fixture {
    @Override
    protected ReportForm form() {
        return new OrganizationStructureForm();
    }

    @Test
    void givesEachOrganizationsClassesByGrade() {
        assertEquals(List.of(
                row(GYMNASIUM, CITY_NAME, 5L, 2L, 50L, 4L),
                row(GYMNASIUM, CITY_NAME, 10L, 1L, 20L, 2L),
                row(KINDERGARTEN, CITY_NAME, null, 1L, 20L, 3L),
                row(SCHOOL_2, CITY_NAME, 1L, 1L, 25L, 2L),
                row(SCHOOL_2, CITY_NAME, 9L, 1L, null, 3L),
                row(FOREST_SCHOOL, DISTRICT_NAME, 5L, 1L, 15L, 2L),
                row(CENTRE, DISTRICT_NAME, 0L, 1L, 10L, 2L),
                row(SOUTH_SCHOOL, DISTRICT_NAME, 1L, 1L, 2L, 3L),
                row(SOUTH_SCHOOL, DISTRICT_NAME, 11L, 1L, 10L, 1L)), run(Scope.region(), YEAR).rows());
    }

    @Test
    void countsPlacementsFromTheirFirstDayUpToButNotIncludingTheirEnd() {
        // 09-30: grade 5 without 1004 (from 10-01), grade 10 still with 1006 (until 10-01)
        Map<String, Object> before = args(Parameter.ACADEMIC_YEAR, "2025-2026", Parameter.DATE, LocalDate.of(2025, 9, 30));
        assertEquals(List.of(row(GYMNASIUM, CITY_NAME, 5L, 2L, 50L, 3L), row(GYMNASIUM, CITY_NAME, 10L, 1L, 20L, 3L)),
                run(Scope.organization(10), before).rows());
        // 10-02: grade 5 with 1005 (from 10-02), grade 10 without 1007 (until 10-02)
        Map<String, Object> after = args(Parameter.ACADEMIC_YEAR, "2025-2026", Parameter.DATE, LocalDate.of(2025, 10, 2));
        assertEquals(List.of(row(GYMNASIUM, CITY_NAME, 5L, 2L, 50L, 5L), row(GYMNASIUM, CITY_NAME, 10L, 1L, 20L, 1L)),
                run(Scope.organization(10), after).rows());
    }

    @Test
    void readsTheYearAskedFor() {
        assertEquals(List.of(
                row(GYMNASIUM, CITY_NAME, 4L, 1L, 25L, 2L),
                row(GYMNASIUM, CITY_NAME, 9L, 1L, 20L, 2L),
                row(SOUTH_SCHOOL, DISTRICT_NAME, 10L, 1L, 10L, 2L)),
                run(Scope.region(), args(Parameter.ACADEMIC_YEAR, "2024-2025", Parameter.DATE, LocalDate.of(2025, 3, 1))).rows());
    }

    @Test
    void seesOnlyItsPartUnderAScopeAndFilters() {
        assertEquals(List.of(row(FOREST_SCHOOL, DISTRICT_NAME, 5L, 1L, 15L, 2L), row(CENTRE, DISTRICT_NAME, 0L, 1L, 10L, 2L)),
                run(Scope.authority(SETTLEMENT_AUTHORITY), YEAR).rows());
        assertEquals(List.of(row(SOUTH_SCHOOL, DISTRICT_NAME, 1L, 1L, 2L, 3L), row(SOUTH_SCHOOL, DISTRICT_NAME, 11L, 1L, 10L, 1L)),
                run(Scope.region(), args(Parameter.ACADEMIC_YEAR, "2025-2026", Parameter.DATE, D, Parameter.ORGANIZATION, 13L)).rows());
        assertEquals(List.of(SOUTH_SCHOOL, SOUTH_SCHOOL), run(Scope.region(), args(Parameter.ACADEMIC_YEAR, "2025-2026",
                Parameter.DATE, D, Parameter.SETTLEMENT, "Южное")).column("organization"));
        assertEquals(List.of(FOREST_SCHOOL, CENTRE, SOUTH_SCHOOL, SOUTH_SCHOOL), run(Scope.region(), args(
                Parameter.ACADEMIC_YEAR, "2025-2026", Parameter.DATE, D, Parameter.AUTHORITY, SmallRegion.DISTRICT))
                .column("organization"));
        assertEquals(List.of(GYMNASIUM, GYMNASIUM, KINDERGARTEN, SCHOOL_2, SCHOOL_2), run(Scope.region(), args(
                Parameter.ACADEMIC_YEAR, "2025-2026", Parameter.DATE, D, Parameter.DISTRICT, "город Северск"))
                .column("organization"));
    }
}
