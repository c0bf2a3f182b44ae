package org.kontingent.report.forms.performance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.CITY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT_NAME;
import static org.kontingent.report.support.testing.SmallRegion.GYMNASIUM;
import static org.kontingent.report.support.testing.SmallRegion.args;
import static org.kontingent.report.support.testing.SmallRegion.row;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportForm;

class FinalAttestationFormTest extends Fixture {
    private static final String BASIC = "Основное общее образование (ОГЭ, ГВЭ-9)";
    private static final String SECONDARY = "Среднее общее образование (ЕГЭ, ГВЭ-11)";

    @Override
    protected ReportForm form() {
        return new FinalAttestationForm();
    }

    @Test
    void countsTheGraduatesOfEachStagePerMunicipality() {
        assertEquals(List.of(
                row(CITY_NAME, CITY_NAME, BASIC, 1L, 0L, 1L, 0L, 0L),
                row(CITY_NAME, CITY_NAME, SECONDARY, 3L, 2L, 1L, 2L, 1L),
                row(DISTRICT_NAME, DISTRICT_NAME, BASIC, 1L, 1L, 0L, 1L, 0L)), run(Scope.region(), Map.of()).rows());
    }

    @Test
    void countsTheCertificatesOfTheYearAskedFor() {
        // 2024-2025: one ЕГЭ of p10 at the gymnasium, and p9's basic certificate issued there in June 2025
        assertEquals(List.of(
                row(CITY_NAME, GYMNASIUM, BASIC, 0L, 0L, 0L, 1L, 0L),
                row(CITY_NAME, GYMNASIUM, SECONDARY, 1L, 1L, 0L, 0L, 0L)),
                run(Scope.region(), args(Parameter.ACADEMIC_YEAR, "2024-2025", Parameter.LEVEL, Level.ORGANIZATION)).rows());
    }

    @Test
    void showsTheUsersScopeOnly() {
        assertEquals(List.of(row(DISTRICT_NAME, DISTRICT_NAME, BASIC, 1L, 1L, 0L, 1L, 0L)),
                run(Scope.authority(DISTRICT), Map.of()).rows());
    }
}
