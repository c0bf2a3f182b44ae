package org.kontingent.report.forms.statistics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kontingent.report.forms.statistics.internal.Region.BOARDING_SCHOOL;
import static org.kontingent.report.forms.statistics.internal.Region.CITY;
import static org.kontingent.report.forms.statistics.internal.Region.CITY_NAME;
import static org.kontingent.report.forms.statistics.internal.Region.COLLEGE;
import static org.kontingent.report.forms.statistics.internal.Region.GYMNASIUM;
import static org.kontingent.report.forms.statistics.internal.Region.KINDERGARTEN;
import static org.kontingent.report.forms.statistics.internal.Region.LUGOVOE;
import static org.kontingent.report.forms.statistics.internal.Region.MINISTRY_NAME;
import static org.kontingent.report.forms.statistics.internal.Region.NORTH;
import static org.kontingent.report.forms.statistics.internal.Region.NORTH_DISTRICT;
import static org.kontingent.report.forms.statistics.internal.Region.NORTH_NAME;
import static org.kontingent.report.forms.statistics.internal.Region.SCHOOL;
import static org.kontingent.report.forms.statistics.internal.Region.ZARECHNY;
import static org.kontingent.report.support.testing.SmallRegion.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Chart;
import org.kontingent.report.api.ColumnType;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportException;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.testkit.FormResult;

/**
 * Learners on D = 2026-10-01 (the tests' today, so the default day) in region.sql, per
 * organization: 10 — 4 (M 2, F 2); 11 — 2 (1, 1); 12 — 5 (1, 3, one of unknown sex);
 * 13 — 4 (3, 1); 14 — 3 (1, 2); 15 — 2 (2, 0); 16 — 2 (1, 1). 22 in all.
 */
class LearnersByOrganizationTypeFormTest extends StatisticsFormTest {

    @Override
    protected ReportForm form() {
        return new LearnersByOrganizationTypeForm();
    }

    @Test
    void declaresItself() {
        ReportDefinition definition = form().definition(Locale.forLanguageTag("ru"));
        assertEquals("statistics.learners-by-organization-type", definition.id());
        assertEquals("Статистика", definition.category().title());
        assertEquals(List.of("date", "level", "authority", "district", "settlement"),
                definition.parameters().stream().map(Parameter::name).toList());
        assertEquals(List.of("municipality", "organizationType", "learners", "boys", "girls", "girlsShare"),
                definition.columns().stream().map(c -> c.key()).toList());
        assertEquals(ColumnType.PERCENT, definition.columns().get(5).type());
        assertEquals(List.of("municipality"), definition.grouping());
        assertEquals(new Chart(Chart.Type.STACKED_BAR, "organizationType", List.of("boys", "girls")), definition.chart());
    }

    @Test
    void countsTheRegionOnTheDay() {
        // on D: 10's 104 left that day and 13's 104 came (the period is half-open); 10's 105
        // came that day, 106 the day after; 107 leaves the day after; 126's sex is unknown
        assertEquals(List.of(
                row(null, KINDERGARTEN, 5L, 2L, 3L, 0.6),
                row(null, SCHOOL, 8L, 5L, 3L, 0.375),
                row(null, GYMNASIUM, 5L, 1L, 3L, 0.6),
                row(null, BOARDING_SCHOOL, 2L, 1L, 1L, 0.5),
                row(null, COLLEGE, 2L, 2L, 0L, 0.0)), rows(Scope.region(), Map.of()));
    }

    @Test
    void countsOnAnotherDay() {
        // on 1 September: 104 still in 10, 113 in 11 (left 15 September), 133 in 13 (left
        // 30 September), 153 in 15 (left 20 September); 105 and 104's second membership not yet
        assertEquals(List.of(
                row(null, KINDERGARTEN, 6L, 3L, 3L, 0.5),
                row(null, SCHOOL, 8L, 4L, 4L, 0.5),
                row(null, GYMNASIUM, 5L, 1L, 3L, 0.6),
                row(null, BOARDING_SCHOOL, 2L, 1L, 1L, 0.5),
                row(null, COLLEGE, 3L, 2L, 1L, 1.0 / 3)), rows(Scope.region(), Map.of(Parameter.DATE, Region.S)));
        // the day after D: 104 still in 13, 107 gone, 106 came
        FormResult after = run(Scope.region(), Map.of(Parameter.DATE, LocalDate.of(2026, 10, 2)));
        assertEquals(row(null, SCHOOL, 8L, 5L, 3L, 0.375), after.rowWhere("organizationType", SCHOOL));
    }

    @Test
    void givesEveryTypeARowEvenWithoutLearners() {
        assertEquals(List.of(
                row(null, KINDERGARTEN, 0L, 0L, 0L, null),
                row(null, SCHOOL, 0L, 0L, 0L, null),
                row(null, GYMNASIUM, 0L, 0L, 0L, null),
                row(null, BOARDING_SCHOOL, 0L, 0L, 0L, null),
                row(null, COLLEGE, 0L, 0L, 0L, null)), rows(Scope.region(), Map.of(Parameter.DATE, LocalDate.of(2015, 1, 1))));
    }

    @Test
    void countsEachMunicipality() {
        assertEquals(List.of(
                row(CITY_NAME, KINDERGARTEN, 3L, 1L, 2L, 2.0 / 3),
                row(CITY_NAME, SCHOOL, 4L, 3L, 1L, 0.25),
                row(CITY_NAME, GYMNASIUM, 5L, 1L, 3L, 0.6),
                row(MINISTRY_NAME, BOARDING_SCHOOL, 2L, 1L, 1L, 0.5),
                row(MINISTRY_NAME, COLLEGE, 2L, 2L, 0L, 0.0),
                row(NORTH_NAME, KINDERGARTEN, 2L, 1L, 1L, 0.5),
                row(NORTH_NAME, SCHOOL, 4L, 2L, 2L, 0.5)), rows(Scope.region(), MUNICIPALITIES));
    }

    @Test
    void seesOnlyAnAuthoritysPart() {
        // 14's member of staff is no learner
        assertEquals(List.of(
                row(null, KINDERGARTEN, 3L, 1L, 2L, 2.0 / 3),
                row(null, SCHOOL, 4L, 3L, 1L, 0.25),
                row(null, GYMNASIUM, 5L, 1L, 3L, 0.6)), rows(Scope.authority(CITY), Map.of()));
        assertEquals(List.of(
                row(NORTH_NAME, KINDERGARTEN, 2L, 1L, 1L, 0.5),
                row(NORTH_NAME, SCHOOL, 4L, 2L, 2L, 0.5)), rows(Scope.authority(NORTH), MUNICIPALITIES));
    }

    @Test
    void seesOnlyItsOwnOrganization() {
        assertEquals(List.of(row(null, SCHOOL, 4L, 3L, 1L, 0.25)), rows(Scope.organization(13), Map.of()));
        assertEquals(List.of(row(null, GYMNASIUM, 5L, 1L, 3L, 0.6)), rows(Scope.organization(12), Map.of()));
    }

    @Test
    void filtersByAnAuthorityWithItsSubordinates() {
        assertEquals(List.of(
                row(null, KINDERGARTEN, 3L, 1L, 2L, 2.0 / 3),
                row(null, SCHOOL, 4L, 3L, 1L, 0.25),
                row(null, GYMNASIUM, 5L, 1L, 3L, 0.6)), rows(Scope.region(), Map.of(Parameter.AUTHORITY, CITY)));
        assertEquals(List.of(
                row(CITY_NAME, KINDERGARTEN, 3L, 1L, 2L, 2.0 / 3),
                row(CITY_NAME, SCHOOL, 4L, 3L, 1L, 0.25)),
                rows(Scope.authority(CITY), Map.of(Parameter.AUTHORITY, ZARECHNY, Parameter.LEVEL, Level.MUNICIPALITY)));
    }

    @Test
    void filtersByDistrictAndSettlement() {
        assertEquals(List.of(
                row(null, KINDERGARTEN, 2L, 1L, 1L, 0.5),
                row(null, SCHOOL, 4L, 2L, 2L, 0.5),
                row(null, BOARDING_SCHOOL, 2L, 1L, 1L, 0.5)), rows(Scope.region(), Map.of(Parameter.DISTRICT, NORTH_DISTRICT)));
        assertEquals(List.of(
                row(MINISTRY_NAME, BOARDING_SCHOOL, 2L, 1L, 1L, 0.5),
                row(NORTH_NAME, SCHOOL, 4L, 2L, 2L, 0.5)),
                rows(Scope.region(), Map.of(Parameter.SETTLEMENT, LUGOVOE, Parameter.LEVEL, Level.MUNICIPALITY)));
        assertEquals(List.of(row(null, SCHOOL, 4L, 2L, 2L, 0.5)),
                rows(Scope.authority(NORTH), Map.of(Parameter.SETTLEMENT, LUGOVOE)));
    }

    @Test
    void refusesTheOrganizationLevel() {
        assertEquals(Parameter.LEVEL, assertThrows(ReportException.class,
                () -> run(Scope.region(), Map.of(Parameter.LEVEL, Level.ORGANIZATION))).parameter());
    }
}
