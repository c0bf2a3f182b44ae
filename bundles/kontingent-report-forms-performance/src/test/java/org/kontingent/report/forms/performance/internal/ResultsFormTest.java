package org.kontingent.report.forms.performance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.CITY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT_NAME;
import static org.kontingent.report.support.testing.SmallRegion.GYMNASIUM;
import static org.kontingent.report.support.testing.SmallRegion.SCHOOL_2;
import static org.kontingent.report.support.testing.SmallRegion.SOUTH_SCHOOL;
import static org.kontingent.report.support.testing.SmallRegion.args;
import static org.kontingent.report.support.testing.SmallRegion.row;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportForm;

class ResultsFormTest extends Fixture {
    @Override
    protected ReportForm form() {
        return new ResultsForm();
    }

    @Test
    void groupsTheRegionsLearnersByTheirLowestMarkOfTheYear() {
        assertEquals(List.of(row(null, "Все организации", 8L, 2L, 2L, 1L, 2L, 6 / 8.0, 4 / 8.0)),
                run(Scope.region(), args(Parameter.LEVEL, Level.REGION)).rows());
    }

    @Test
    void countsPerMunicipalityByDefault() {
        assertEquals(List.of(
                row(CITY_NAME, CITY_NAME, 7L, 1L, 2L, 1L, 2L, 5 / 7.0, 3 / 7.0),
                row(DISTRICT_NAME, DISTRICT_NAME, 1L, 1L, 0L, 0L, 0L, 1.0, 1.0)), run(Scope.region(), Map.of()).rows());
    }

    @Test
    void countsPerOrganization() {
        assertEquals(List.of(
                row(CITY_NAME, GYMNASIUM, 5L, 1L, 1L, 1L, 1L, 4 / 5.0, 2 / 5.0),
                row(CITY_NAME, SCHOOL_2, 2L, 0L, 1L, 0L, 1L, 0.5, 0.5),
                row(DISTRICT_NAME, SOUTH_SCHOOL, 1L, 1L, 0L, 0L, 0L, 1.0, 1.0)),
                run(Scope.region(), args(Parameter.LEVEL, Level.ORGANIZATION)).rows());
    }

    @Test
    void takesThePeriodAndTheYearAsked() {
        assertEquals(List.of(row(CITY_NAME, GYMNASIUM, 1L, 0L, 0L, 0L, 1L, 0.0, 0.0)),
                run(Scope.region(), args(Parameter.LEVEL, Level.ORGANIZATION, MarkPeriods.PARAMETER, "term-1")).rows());
        assertEquals(List.of(row(CITY_NAME, GYMNASIUM, 2L, 0L, 1L, 1L, 0L, 1.0, 0.5)),
                run(Scope.region(), args(Parameter.LEVEL, Level.ORGANIZATION, Parameter.ACADEMIC_YEAR, "2024-2025")).rows());
    }

    @Test
    void showsTheUsersScopeOnly() {
        assertEquals(List.of(row(DISTRICT_NAME, DISTRICT_NAME, 1L, 1L, 0L, 0L, 0L, 1.0, 1.0)),
                run(Scope.authority(DISTRICT), Map.of()).rows());
        assertEquals(List.of(row(CITY_NAME, SCHOOL_2, 2L, 0L, 1L, 0L, 1L, 0.5, 0.5)),
                run(Scope.organization(11), args(Parameter.LEVEL, Level.ORGANIZATION)).rows());
    }
}
