package org.kontingent.report.forms.movement.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.CITY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT_NAME;
import static org.kontingent.report.support.testing.SmallRegion.MINISTRY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.testing.SmallRegion;
import org.kontingent.report.testkit.FormRunner;

/**
 * The 16 leavings of P (last day 2025-09-01 … 2025-12-31, so ends_on 09-02 … 2026-01-01): 2011, 2021, 2031, 2041,
 * 2051, 2061, 2071, 2201, 2211, 2231, 2241, 2251, 2261, 2271, 2281, 2371. Not 2191 (ends_on 09-01), 2091 (ends_on
 * 09-01), 2221 (ends_on 2026-01-02).
 */
class LeavingReasonsFormTest extends Fixture {
    private static final String GRADUATION = "Завершение обучения";
    private static final String TRANSFER = "Перевод в другую организацию региона";
    private static final String OUT_OF_REGION = "Выбытие за пределы региона";
    private static final String ABROAD = "Выбытие за пределы Российской Федерации";
    private static final String FAMILY = "Переход на семейное образование";
    private static final String EXPELLED = "Отчисление";
    private static final String PARENTS = "По заявлению родителей (законных представителей)";
    private static final String HEALTH = "По состоянию здоровья";
    private static final String NONE = "не указана";

    @Override
    protected ReportForm form() {
        return new LeavingReasonsForm();
    }

    @Test
    void countsTheRegionsLeavingsByReason() {
        assertEquals(List.of(
                row(null, GRADUATION, 1L, 1 / 16.0),
                row(null, TRANSFER, 6L, 6 / 16.0),
                row(null, OUT_OF_REGION, 1L, 1 / 16.0),
                row(null, ABROAD, 1L, 1 / 16.0),
                row(null, FAMILY, 1L, 1 / 16.0),
                row(null, EXPELLED, 1L, 1 / 16.0),
                row(null, PARENTS, 2L, 2 / 16.0),
                row(null, HEALTH, 1L, 1 / 16.0),
                row(null, "sanatorium", 1L, 1 / 16.0),
                row(null, NONE, 1L, 1 / 16.0)), run(Scope.region(), period(Parameter.LEVEL, Level.REGION)).rows());
    }

    @Test
    void countsPerMunicipality() {
        assertEquals(List.of(
                row(CITY_NAME, GRADUATION, 1L, 1 / 9.0),
                row(CITY_NAME, TRANSFER, 4L, 4 / 9.0),
                row(CITY_NAME, OUT_OF_REGION, 1L, 1 / 9.0),
                row(CITY_NAME, FAMILY, 1L, 1 / 9.0),
                row(CITY_NAME, PARENTS, 1L, 1 / 9.0),
                row(CITY_NAME, HEALTH, 1L, 1 / 9.0),
                row(MINISTRY_NAME, EXPELLED, 1L, 1.0),
                row(DISTRICT_NAME, TRANSFER, 2L, 2 / 6.0),
                row(DISTRICT_NAME, ABROAD, 1L, 1 / 6.0),
                row(DISTRICT_NAME, PARENTS, 1L, 1 / 6.0),
                row(DISTRICT_NAME, "sanatorium", 1L, 1 / 6.0),
                row(DISTRICT_NAME, NONE, 1L, 1 / 6.0)), run(Scope.region(), Map.of()).rows());
    }

    @Test
    void takesALeavingByItsLastDay() {
        // from 09-02: 2201 and 2371 (last day 09-01) are out
        assertEquals(List.of(
                row(CITY_NAME, TRANSFER, 4L, 4 / 7.0),
                row(CITY_NAME, FAMILY, 1L, 1 / 7.0),
                row(CITY_NAME, PARENTS, 1L, 1 / 7.0),
                row(CITY_NAME, HEALTH, 1L, 1 / 7.0)),
                run(Scope.authority(SmallRegion.CITY), period(Parameter.FROM, LocalDate.of(2025, 9, 2))).rows());
        // to 2026-01-01: 2221 (last day 01-01) is in
        assertEquals(row(null, ABROAD, 2L, 2 / 17.0), run(Scope.region(), period(Parameter.LEVEL, Level.REGION, Parameter.TO,
                LocalDate.of(2026, 1, 1))).rowWhere("reason", ABROAD));
        // to 12-30: 2211 (last day 12-31) is out
        assertEquals(0, run(Scope.region(), period(Parameter.LEVEL, Level.REGION, Parameter.TO,
                LocalDate.of(2025, 12, 30))).column("reason").stream().filter(ABROAD::equals).count());
    }

    @Test
    void seesOnlyItsPartUnderAScope() {
        assertEquals(List.of(
                row(DISTRICT_NAME, TRANSFER, 2L, 2 / 6.0),
                row(DISTRICT_NAME, ABROAD, 1L, 1 / 6.0),
                row(DISTRICT_NAME, PARENTS, 1L, 1 / 6.0),
                row(DISTRICT_NAME, "sanatorium", 1L, 1 / 6.0),
                row(DISTRICT_NAME, NONE, 1L, 1 / 6.0)), run(Scope.authority(DISTRICT), period()).rows());
        assertEquals(List.of(row(DISTRICT_NAME, TRANSFER, 1L, 0.5), row(DISTRICT_NAME, ABROAD, 1L, 0.5)),
                run(Scope.organization(13), period()).rows());
    }

    @Test
    void filtersBySettlementAndAuthority() {
        assertEquals(List.of(row(null, TRANSFER, 1L, 1 / 3.0), row(null, ABROAD, 1L, 1 / 3.0), row(null, PARENTS, 1L, 1 / 3.0)),
                run(Scope.region(), period(Parameter.LEVEL, Level.REGION, Parameter.SETTLEMENT, "Южное")).rows());
        assertEquals(List.of(row(null, TRANSFER, 1L, 1 / 3.0), row(null, "sanatorium", 1L, 1 / 3.0), row(null, NONE, 1L, 1 / 3.0)),
                run(Scope.region(), period(Parameter.LEVEL, Level.REGION, Parameter.AUTHORITY, SmallRegion.SETTLEMENT_AUTHORITY))
                        .rows());
    }

    @Test
    void namesAMissingReasonInTheRunsLanguage() {
        assertEquals(row(null, "not given", 1L, 1 / 16.0), new FormRunner(database(), Locale.ENGLISH).run(form(),
                Scope.region(), period(Parameter.LEVEL, Level.REGION), TODAY).rowWhere("reason", "not given"));
    }
}
