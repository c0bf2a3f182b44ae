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

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportException;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.testkit.FormRunner;

class OrganizationsByTypeFormTest extends StatisticsFormTest {

    @Override
    protected ReportForm form() {
        return new OrganizationsByTypeForm();
    }

    @Test
    void declaresItself() {
        ReportDefinition definition = form().definition(Locale.forLanguageTag("ru"));
        assertEquals("statistics.organizations-by-type", definition.id());
        assertEquals("Статистика", definition.category().title());
        assertEquals("Количество организаций по типам", definition.title());
        assertEquals(List.of("level", "authority", "district", "settlement"),
                definition.parameters().stream().map(Parameter::name).toList());
        assertEquals(List.of("municipality", "organizationType", "organizations"),
                definition.columns().stream().map(c -> c.key()).toList());
        assertEquals(List.of("municipality"), definition.grouping());
        assertEquals(new Chart(Chart.Type.PIE, "organizationType", List.of("organizations")), definition.chart());
        assertEquals("Organizations by type", form().definition(Locale.forLanguageTag("en-GB")).title());
        assertEquals("Количество организаций по типам", form().definition(Locale.GERMAN).title(), "Russian by default");
    }

    @Test
    void countsTheRegionByTypeInTheDictionarysOrder() {
        assertEquals(List.of(
                row(null, KINDERGARTEN, 2L),
                row(null, SCHOOL, 2L),
                row(null, GYMNASIUM, 1L),
                row(null, BOARDING_SCHOOL, 1L),
                row(null, COLLEGE, 1L)), rows(Scope.region(), Map.of()));
    }

    @Test
    void countsEachMunicipalityByType() {
        // organizations under the subordinate department 4 belong to the city (3); those right
        // under the ministry to the ministry itself
        assertEquals(List.of(
                row(CITY_NAME, KINDERGARTEN, 1L),
                row(CITY_NAME, SCHOOL, 1L),
                row(CITY_NAME, GYMNASIUM, 1L),
                row(MINISTRY_NAME, BOARDING_SCHOOL, 1L),
                row(MINISTRY_NAME, COLLEGE, 1L),
                row(NORTH_NAME, KINDERGARTEN, 1L),
                row(NORTH_NAME, SCHOOL, 1L)), rows(Scope.region(), MUNICIPALITIES));
    }

    @Test
    void seesOnlyAnAuthoritysPartWithItsSubordinates() {
        assertEquals(List.of(row(null, KINDERGARTEN, 1L), row(null, SCHOOL, 1L), row(null, GYMNASIUM, 1L)),
                rows(Scope.authority(CITY), Map.of()));
        assertEquals(List.of(row(CITY_NAME, KINDERGARTEN, 1L), row(CITY_NAME, SCHOOL, 1L), row(CITY_NAME, GYMNASIUM, 1L)),
                rows(Scope.authority(CITY), MUNICIPALITIES));
        assertEquals(List.of(row(null, KINDERGARTEN, 1L), row(null, SCHOOL, 1L)), rows(Scope.authority(NORTH), Map.of()));
        assertEquals(List.of(row(NORTH_NAME, KINDERGARTEN, 1L), row(NORTH_NAME, SCHOOL, 1L)),
                rows(Scope.authority(NORTH), MUNICIPALITIES));
    }

    @Test
    void seesOnlyItsOwnOrganization() {
        assertEquals(List.of(row(null, GYMNASIUM, 1L)), rows(Scope.organization(12), Map.of()));
        assertEquals(List.of(row(CITY_NAME, SCHOOL, 1L)), rows(Scope.organization(13), MUNICIPALITIES));
    }

    @Test
    void filtersByAnAuthorityWithItsSubordinates() {
        assertEquals(List.of(row(null, KINDERGARTEN, 1L), row(null, SCHOOL, 1L), row(null, GYMNASIUM, 1L)),
                rows(Scope.region(), Map.of(Parameter.AUTHORITY, CITY)));
        // the department 4 alone: its school and kindergarten, in the city's municipality
        assertEquals(List.of(row(CITY_NAME, KINDERGARTEN, 1L), row(CITY_NAME, SCHOOL, 1L)),
                rows(Scope.region(), Map.of(Parameter.AUTHORITY, ZARECHNY, Parameter.LEVEL, Level.MUNICIPALITY)));
        assertEquals(List.of(row(null, KINDERGARTEN, 2L), row(null, SCHOOL, 2L), row(null, GYMNASIUM, 1L),
                row(null, BOARDING_SCHOOL, 1L), row(null, COLLEGE, 1L)),
                rows(Scope.region(), Map.of(Parameter.AUTHORITY, Region.MINISTRY)));
        assertEquals(List.of(row(null, KINDERGARTEN, 1L), row(null, SCHOOL, 1L)),
                rows(Scope.authority(CITY), Map.of(Parameter.AUTHORITY, ZARECHNY)));
    }

    @Test
    void filtersByDistrictAndSettlement() {
        // district: 10, 11 (authority 2) and 16 (the ministry's); settlement: 10 and 16
        assertEquals(List.of(row(null, KINDERGARTEN, 1L), row(null, SCHOOL, 1L), row(null, BOARDING_SCHOOL, 1L)),
                rows(Scope.region(), Map.of(Parameter.DISTRICT, NORTH_DISTRICT)));
        assertEquals(List.of(row(MINISTRY_NAME, BOARDING_SCHOOL, 1L), row(NORTH_NAME, SCHOOL, 1L)),
                rows(Scope.region(), Map.of(Parameter.SETTLEMENT, LUGOVOE, Parameter.LEVEL, Level.MUNICIPALITY)));
        assertEquals(List.of(row(null, SCHOOL, 1L)),
                rows(Scope.region(), Map.of(Parameter.SETTLEMENT, LUGOVOE, Parameter.AUTHORITY, NORTH)));
        assertEquals(List.of(row(null, SCHOOL, 1L)),
                rows(Scope.authority(NORTH), Map.of(Parameter.DISTRICT, NORTH_DISTRICT, Parameter.SETTLEMENT, LUGOVOE)));
        assertEquals(List.of(), rows(Scope.region(), Map.of(Parameter.SETTLEMENT, "Нигде")));
    }

    @Test
    void refusesTheOrganizationLevelAndAnAuthorityOutsideTheScope() {
        ReportException level = assertThrows(ReportException.class,
                () -> run(Scope.region(), Map.of(Parameter.LEVEL, Level.ORGANIZATION)));
        assertEquals(Parameter.LEVEL, level.parameter());
        assertThrows(IllegalArgumentException.class, () -> run(Scope.authority(NORTH), Map.of(Parameter.AUTHORITY, CITY)));
    }

    @Test
    void speaksEnglish() {
        FormRunner english = new FormRunner(database(), Locale.ENGLISH);
        assertEquals("Organization type", english.run(form(), Scope.region(), Map.of(), Region.D).definition().columns().get(1).title());
        ReportException level = assertThrows(ReportException.class,
                () -> english.run(form(), Scope.region(), Map.of(Parameter.LEVEL, Level.ORGANIZATION), Region.D));
        assertEquals(true, level.getMessage().startsWith("The form gives rows"), level.getMessage());
    }
}
