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

class ExamResultsFormTest extends Fixture {
    private static final String REGION = "Все организации";

    @Override
    protected ReportForm form() {
        return new ExamResultsForm();
    }

    @Test
    void givesTheRegionsEgeResultsBySubjectToldByCodeOrName() {
        assertEquals(List.of(
                row(null, REGION, "Математика", 2L, 1L, 1L, 50.0, null, 80.0),
                row(null, REGION, "Русский язык", 2L, 2L, 0L, 80.0, null, 90.0)), run(Scope.region(), Map.of()).rows());
    }

    @Test
    void givesTheExamAskedForWithItsMarks() {
        assertEquals(List.of(row(null, REGION, "Математика", 2L, 1L, 1L, 17.5, 3.5, 30.0)),
                run(Scope.region(), args(ExamResultsForm.KIND, "oge")).rows());
        assertEquals(List.of(row(null, REGION, "Математика", 1L, 1L, 0L, 100.0, null, 100.0)),
                run(Scope.region(), args(Parameter.ACADEMIC_YEAR, "2024-2025")).rows());
    }

    @Test
    void givesResultsPerMunicipalityAndOrganization() {
        assertEquals(List.of(
                row(CITY_NAME, CITY_NAME, "Математика", 2L, 1L, 1L, 50.0, null, 80.0),
                row(CITY_NAME, CITY_NAME, "Русский язык", 2L, 2L, 0L, 80.0, null, 90.0)),
                run(Scope.region(), args(Parameter.LEVEL, Level.MUNICIPALITY)).rows());
        assertEquals(List.of(
                row(CITY_NAME, GYMNASIUM, "Математика", 1L, 0L, 1L, 5.0, 2.0, 5.0),
                row(DISTRICT_NAME, SOUTH_SCHOOL, "Математика", 1L, 1L, 0L, 30.0, 5.0, 30.0)),
                run(Scope.region(), args(Parameter.LEVEL, Level.ORGANIZATION, ExamResultsForm.KIND, "oge")).rows());
        assertEquals(List.of(row(CITY_NAME, SCHOOL_2, "Русский язык", 1L, 1L, 0L, 70.0, null, 70.0)),
                run(Scope.organization(11), args(Parameter.LEVEL, Level.ORGANIZATION)).rows());
    }

    @Test
    void showsTheUsersScopeOnly() {
        assertEquals(List.of(), run(Scope.authority(DISTRICT), Map.of()).rows());
    }
}
