package org.kontingent.report.forms.movement.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT;
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

/**
 * The 11 graduates of G (2025-06-01 … 2025-08-31, by their last day): 2091, 2361 (kindergarten), 2391 (basic
 * school), 2152, 2321, 2331, 2341 (secondary school), 2291, 2301, 2311 (gymnasium), 2381 (college). Not 2351 (last
 * day 05-31), not 2371 (last day 09-01).
 */
class GraduatesFormTest extends Fixture {
    private static final LocalDate FROM = LocalDate.of(2025, 6, 1);
    private static final LocalDate TO = LocalDate.of(2025, 8, 31);
    private static final String KINDERGARTEN = "Детский сад";
    private static final String BASIC = "Основная общеобразовательная школа";
    private static final String SECONDARY = "Средняя общеобразовательная школа";
    private static final String GYMNASIUM = "Гимназия";
    private static final String COLLEGE = "Колледж";

    @Override
    protected ReportForm form() {
        return new GraduatesForm();
    }

    private static Map<String, Object> summer(Object... more) {
        Map<String, Object> arguments = args(Parameter.FROM, FROM, Parameter.TO, TO);
        arguments.putAll(args(more));
        return arguments;
    }

    @Test
    void followsEachGraduateToTheNextOrganization() {
        // type, graduates, same organization, other general, vocational, additional, preschool, not known
        assertEquals(List.of(
                row(KINDERGARTEN, 2L, 0L, 1L, 0L, 0L, 0L, 1L),
                row(BASIC, 1L, 0L, 1L, 0L, 0L, 0L, 0L),
                row(SECONDARY, 4L, 0L, 0L, 2L, 1L, 0L, 1L),
                row(GYMNASIUM, 3L, 1L, 1L, 1L, 0L, 0L, 0L),
                row(COLLEGE, 1L, 0L, 0L, 0L, 0L, 0L, 1L)), run(Scope.region(), summer()).rows());
    }

    @Test
    void takesTheGraduationsOfBothDaysOfThePeriodByTheLastDay() {
        // from 05-31: 2351 (ends_on 06-01) is in, and went to the gymnasium (general, another organization)
        assertEquals(row(KINDERGARTEN, 3L, 0L, 2L, 0L, 0L, 0L, 1L), run(Scope.region(), summer(Parameter.FROM,
                LocalDate.of(2025, 5, 31))).rowWhere("type", KINDERGARTEN));
        // to 09-01: 2371 (ends_on 09-02) is in, and went nowhere known
        assertEquals(row(SECONDARY, 5L, 0L, 0L, 2L, 1L, 0L, 2L), run(Scope.region(), summer(Parameter.TO,
                LocalDate.of(2025, 9, 1))).rowWhere("type", SECONDARY));
        // the default period, P: 2371 only
        assertEquals(List.of(row(SECONDARY, 1L, 0L, 0L, 0L, 0L, 0L, 1L)), run(Scope.region(), Map.of()).rows());
    }

    @Test
    void followsGraduatesOutsideItsScope() {
        // the district's graduates: 2152 and 2341 went to the college, outside the district's scope: vocational;
        // 2331 entered it on day 121: not known
        assertEquals(List.of(
                row(BASIC, 1L, 0L, 1L, 0L, 0L, 0L, 0L),
                row(SECONDARY, 4L, 0L, 0L, 2L, 1L, 0L, 1L)), run(Scope.authority(DISTRICT), summer()).rows());
        // the gymnasium's: 2291 stayed, 2301 went to the southern school, 2311 to the college (and the arts school)
        assertEquals(List.of(row(GYMNASIUM, 3L, 1L, 1L, 1L, 0L, 0L, 0L)), run(Scope.organization(10), summer()).rows());
    }

    @Test
    void filtersTheOrganizationsGraduatedFrom() {
        assertEquals(List.of(
                row(BASIC, 1L, 0L, 1L, 0L, 0L, 0L, 0L),
                row(SECONDARY, 4L, 0L, 0L, 2L, 1L, 0L, 1L)), run(Scope.region(), summer(Parameter.DISTRICT, "Южный район")).rows());
        assertEquals(List.of(row(BASIC, 1L, 0L, 1L, 0L, 0L, 0L, 0L)),
                run(Scope.region(), summer(Parameter.AUTHORITY, SmallRegion.SETTLEMENT_AUTHORITY)).rows());
        assertEquals(List.of(
                row(KINDERGARTEN, 2L, 0L, 1L, 0L, 0L, 0L, 1L),
                row(GYMNASIUM, 3L, 1L, 1L, 1L, 0L, 0L, 0L),
                row(COLLEGE, 1L, 0L, 0L, 0L, 0L, 0L, 1L)), run(Scope.region(), summer(Parameter.SETTLEMENT, "Северск")).rows());
    }
}
