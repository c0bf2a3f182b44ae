package org.kontingent.report.forms.statistics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.forms.statistics.internal.Region.CITY;
import static org.kontingent.report.forms.statistics.internal.Region.NORTH;
import static org.kontingent.report.support.testing.SmallRegion.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;

/**
 * The packages of region.sql over 2026-09-28 .. 2026-10-02 (both days in), per provider and day:
 * see the fixture's comments.
 */
class ProviderLoadFormTest extends StatisticsFormTest {
    private static final String NETSCHOOL = "АИС «Сетевой город»";
    private static final String DNEVNIK = "Дневник.ру";
    private static final String MANUAL = "Ручная загрузка";
    private static final Map<String, Object> PERIOD = Map.of(Parameter.FROM, day(9, 28), Parameter.TO, day(10, 2));

    @Override
    protected ReportForm form() {
        return new ProviderLoadForm();
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void declaresItself() {
        ReportDefinition definition = form().definition(Locale.forLanguageTag("ru"));
        assertEquals("statistics.provider-load", definition.id());
        assertEquals(List.of("from", "to"), definition.parameters().stream().map(Parameter::name).toList());
        assertEquals(List.of("provider", "day", "packages", "received", "applied", "refused", "rejectedPackages"),
                definition.columns().stream().map(c -> c.key()).toList());
        assertEquals(List.of("provider"), definition.grouping());
        assertEquals(new Chart(Chart.Type.BAR, "provider", List.of("received")), definition.chart());
    }

    @Test
    void givesEachProvidersDaysInThePeriodBothDaysIncluded() {
        assertEquals(List.of(
                row(NETSCHOOL, day(9, 29), 1L, 200L, 190L, 10L, 0L),
                row(NETSCHOOL, day(10, 1), 2L, 400L, 390L, 10L, 0L),
                row(DNEVNIK, day(9, 28), 2L, 120L, 115L, 5L, 0L),
                row(DNEVNIK, day(9, 30), 1L, 0L, 0L, 0L, 1L),
                row(DNEVNIK, day(10, 2), 1L, 30L, 28L, 2L, 0L),
                row(MANUAL, day(9, 28), 1L, 10L, 10L, 0L, 0L),
                row(MANUAL, day(9, 29), 1L, 7L, 6L, 1L, 0L),
                row(MANUAL, day(10, 2), 2L, 8L, 8L, 0L, 0L)), rows(Scope.region(), PERIOD));
    }

    @Test
    void takesOneDayAndWiderPeriods() {
        assertEquals(List.of(row(NETSCHOOL, day(10, 1), 2L, 400L, 390L, 10L, 0L)),
                rows(Scope.region(), Map.of(Parameter.FROM, day(10, 1), Parameter.TO, day(10, 1))));
        List<List<Object>> wider = rows(Scope.region(), Map.of(Parameter.FROM, day(9, 27), Parameter.TO, day(10, 3)));
        assertEquals(11, wider.size());
        assertEquals(row(NETSCHOOL, day(10, 3), 1L, 1000L, 1000L, 0L, 0L), wider.get(2));
        assertEquals(row(DNEVNIK, day(9, 27), 1L, 50L, 50L, 0L, 0L), wider.get(3));
        assertEquals(row(DNEVNIK, day(10, 3), 1L, 40L, 40L, 0L, 0L), wider.get(7));
    }

    @Test
    void takesTheAcademicYearUpToTodayByDefault() {
        // 2026-09-01 .. 2026-10-01
        assertEquals(List.of(
                row(NETSCHOOL, day(9, 29), 1L, 200L, 190L, 10L, 0L),
                row(NETSCHOOL, day(10, 1), 2L, 400L, 390L, 10L, 0L),
                row(DNEVNIK, day(9, 27), 1L, 50L, 50L, 0L, 0L),
                row(DNEVNIK, day(9, 28), 2L, 120L, 115L, 5L, 0L),
                row(DNEVNIK, day(9, 30), 1L, 0L, 0L, 0L, 1L),
                row(MANUAL, day(9, 28), 1L, 10L, 10L, 0L, 0L),
                row(MANUAL, day(9, 29), 1L, 7L, 6L, 1L, 0L)), rows(Scope.region(), Map.of()));
    }

    @Test
    void showsAnAuthorityItsProvidersAndItsUploads() {
        // the city (3, with 4): the provider writing to 12 and 13, the uploads of 4 and of 12
        assertEquals(List.of(
                row(NETSCHOOL, day(9, 29), 1L, 200L, 190L, 10L, 0L),
                row(NETSCHOOL, day(10, 1), 2L, 400L, 390L, 10L, 0L),
                row(MANUAL, day(9, 29), 1L, 7L, 6L, 1L, 0L),
                row(MANUAL, day(10, 2), 1L, 5L, 5L, 0L, 0L)), rows(Scope.authority(CITY), PERIOD));
        // the north (2): the provider writing to 10 and 11, the upload of 10
        assertEquals(List.of(
                row(DNEVNIK, day(9, 28), 2L, 120L, 115L, 5L, 0L),
                row(DNEVNIK, day(9, 30), 1L, 0L, 0L, 0L, 1L),
                row(DNEVNIK, day(10, 2), 1L, 30L, 28L, 2L, 0L),
                row(MANUAL, day(10, 2), 1L, 3L, 3L, 0L, 0L)), rows(Scope.authority(NORTH), PERIOD));
    }

    @Test
    void showsAnOrganizationItsProvidersAndItsUploads() {
        assertEquals(List.of(
                row(NETSCHOOL, day(9, 29), 1L, 200L, 190L, 10L, 0L),
                row(NETSCHOOL, day(10, 1), 2L, 400L, 390L, 10L, 0L),
                row(MANUAL, day(10, 2), 1L, 5L, 5L, 0L, 0L)), rows(Scope.organization(12), PERIOD));
        assertEquals(List.of(), rows(Scope.organization(15), PERIOD), "the college has no provider and uploaded nothing");
    }
}
