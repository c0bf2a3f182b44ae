package org.kontingent.report.forms.performance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.CITY_NAME;
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

class AverageMarkFormTest extends Fixture {
    @Override
    protected ReportForm form() {
        return new AverageMarkForm();
    }

    @Test
    void averagesTheFivePointMarksOfTheYearPerOrganization() {
        assertEquals(List.of(
                row(CITY_NAME, GYMNASIUM, 4L, 8L, 31 / 8.0),
                row(CITY_NAME, SCHOOL_2, 2L, 3L, 13 / 3.0),
                row(DISTRICT_NAME, SOUTH_SCHOOL, 1L, 1L, 5.0)), run(Scope.region(), Map.of()).rows());
    }

    @Test
    void averagesPerMunicipalityAndForTheRegion() {
        assertEquals(List.of(row(CITY_NAME, CITY_NAME, 6L, 11L, 44 / 11.0), row(DISTRICT_NAME, DISTRICT_NAME, 1L, 1L, 5.0)),
                run(Scope.region(), args(Parameter.LEVEL, Level.MUNICIPALITY)).rows());
        assertEquals(List.of(row(null, "Все организации", 7L, 12L, 49 / 12.0)),
                run(Scope.region(), args(Parameter.LEVEL, Level.REGION)).rows());
    }

    @Test
    void takesOneSubjectByItsNameInAnyCaseOrByItsCode() {
        List<List<Object>> mathematics = List.of(
                row(CITY_NAME, GYMNASIUM, 4L, 4L, 17 / 4.0),
                row(CITY_NAME, SCHOOL_2, 2L, 2L, 4.5),
                row(DISTRICT_NAME, SOUTH_SCHOOL, 1L, 1L, 5.0));
        assertEquals(mathematics, run(Scope.region(), args(AverageMarkForm.SUBJECT, "МАТЕМАТИКА")).rows());
        assertEquals(mathematics, run(Scope.region(), args(AverageMarkForm.SUBJECT, "math")).rows());
        assertEquals(List.of(), run(Scope.region(), args(AverageMarkForm.SUBJECT, "Астрономия")).rows());
    }

    @Test
    void showsTheUsersScopeOnly() {
        assertEquals(List.of(row(CITY_NAME, GYMNASIUM, 4L, 8L, 31 / 8.0)), run(Scope.organization(10), Map.of()).rows());
    }
}
