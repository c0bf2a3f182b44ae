package org.kontingent.report.forms.additional.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.ARTS_SCHOOL;
import static org.kontingent.report.support.testing.SmallRegion.CITY;
import static org.kontingent.report.support.testing.SmallRegion.CITY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT_NAME;
import static org.kontingent.report.support.testing.SmallRegion.GYMNASIUM;
import static org.kontingent.report.support.testing.SmallRegion.SOUTH_DISTRICT;
import static org.kontingent.report.support.testing.SmallRegion.args;
import static org.kontingent.report.support.testing.SmallRegion.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.testkit.FormResult;
import org.kontingent.report.testkit.FormRunner;

/**
 * Columns after the kind of programme: learners; technical, natural science, physical culture and
 * sport, artistic, tourism and local history, social and humanitarian; adapted, distance; under 5,
 * 5–9, 10–14, 15–17, 18+; boys, girls.
 */
class ContingentFormTest extends Fixture {
    private static final List<Object> GYMNASIUM_CLUB = row(CITY_NAME, GYMNASIUM, GENERAL,
            1L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 1L);
    private static final List<Object> CENTRE_GENERAL = row(CITY_NAME, CENTRE, GENERAL,
            4L, 1L, 1L, 1L, 0L, 1L, 1L, 0L, 1L, 1L, 0L, 1L, 1L, 1L, 2L, 2L);
    private static final List<Object> CENTRE_UNKNOWN = row(CITY_NAME, CENTRE, UNKNOWN_KIND,
            1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 1L);
    private static final List<Object> ARTS_GENERAL = row(DISTRICT_NAME, ARTS_SCHOOL, GENERAL,
            2L, 0L, 0L, 0L, 2L, 0L, 0L, 0L, 1L, 0L, 1L, 1L, 0L, 0L, 1L, 1L);
    private static final List<Object> ARTS_PRE_PROFESSIONAL = row(DISTRICT_NAME, ARTS_SCHOOL, PRE_PROFESSIONAL,
            3L, 0L, 0L, 0L, 3L, 0L, 0L, 1L, 0L, 0L, 1L, 2L, 0L, 0L, 2L, 1L);
    private static final List<Object> ARTS_UNKNOWN = row(DISTRICT_NAME, ARTS_SCHOOL, UNKNOWN_KIND,
            1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 1L);
    private static final List<Object> SPORTS_GENERAL = row(DISTRICT_NAME, SPORTS_SCHOOL, GENERAL,
            2L, 0L, 0L, 2L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 1L, 1L, 0L, 1L, 1L);

    @Override
    protected ReportForm form() {
        return new ContingentForm();
    }

    @Test
    void countsTheLearnersOfEachOrganizationByKindOrientationAgeAndSex() {
        assertEquals(List.of(GYMNASIUM_CLUB, CENTRE_GENERAL, CENTRE_UNKNOWN, ARTS_GENERAL, ARTS_PRE_PROFESSIONAL, ARTS_UNKNOWN,
                SPORTS_GENERAL), run(Scope.region(), Map.of()).rows());
    }

    @Test
    void countsPerMunicipalityAndForTheRegion() {
        assertEquals(List.of(
                row(CITY_NAME, CITY_NAME, GENERAL, 5L, 1L, 1L, 1L, 0L, 1L, 2L, 0L, 1L, 1L, 0L, 2L, 1L, 1L, 2L, 3L),
                row(CITY_NAME, CITY_NAME, UNKNOWN_KIND, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 1L),
                row(DISTRICT_NAME, DISTRICT_NAME, GENERAL, 4L, 0L, 0L, 2L, 2L, 0L, 0L, 1L, 1L, 0L, 1L, 2L, 1L, 0L, 2L, 2L),
                row(DISTRICT_NAME, DISTRICT_NAME, PRE_PROFESSIONAL, 3L, 0L, 0L, 0L, 3L, 0L, 0L, 1L, 0L, 0L, 1L, 2L, 0L, 0L,
                        2L, 1L),
                row(DISTRICT_NAME, DISTRICT_NAME, UNKNOWN_KIND, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L,
                        1L)),
                run(Scope.region(), args(Parameter.LEVEL, Level.MUNICIPALITY)).rows());
        assertEquals(List.of(
                row(null, "Все организации", GENERAL, 9L, 1L, 1L, 3L, 2L, 1L, 2L, 1L, 2L, 1L, 1L, 4L, 2L, 1L, 4L, 5L),
                row(null, "Все организации", PRE_PROFESSIONAL, 3L, 0L, 0L, 0L, 3L, 0L, 0L, 1L, 0L, 0L, 1L, 2L, 0L, 0L, 2L, 1L),
                row(null, "Все организации", UNKNOWN_KIND, 2L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 1L, 0L, 0L, 2L)),
                run(Scope.region(), args(Parameter.LEVEL, Level.REGION)).rows());
    }

    @Test
    void countsOnTheDayGiven() {
        // on 2025-09-30 706 is still at the arts school (13, her programme ends on 2025-10-01); 712 came on 2025-09-15
        FormResult before = run(Scope.region(), args(Parameter.DATE, LocalDate.of(2025, 9, 30)));
        assertEquals(row(DISTRICT_NAME, ARTS_SCHOOL, GENERAL, 3L, 0L, 0L, 0L, 3L, 0L, 0L, 0L, 1L, 0L, 1L, 2L, 0L, 0L, 1L, 2L),
                before.rows().get(3));
        assertEquals(CENTRE_GENERAL, before.rows().get(1));
        assertEquals(row(CITY_NAME, CENTRE, GENERAL, 3L, 1L, 0L, 1L, 0L, 1L, 1L, 0L, 1L, 0L, 0L, 1L, 1L, 1L, 2L, 1L),
                run(Scope.region(), args(Parameter.DATE, LocalDate.of(2025, 9, 14))).rows().get(1), "712 not yet");
        Map<String, Object> later = args(Parameter.DATE, LocalDate.of(2025, 11, 20));
        assertEquals(List.of(row(DISTRICT_NAME, ARTS_SCHOOL, GENERAL, 3L, 0L, 0L, 0L, 3L, 0L, 0L, 0L, 1L, 0L, 1L, 2L, 0L, 0L,
                2L, 1L), ARTS_PRE_PROFESSIONAL, ARTS_UNKNOWN), run(Scope.organization(16), later).rows(),
                "707 (13) came on 2025-11-02 with his programme");
        assertEquals(List.of(row(CITY_NAME, CENTRE, GENERAL, 5L, 1L, 1L, 1L, 1L, 1L, 1L, 0L, 1L, 1L, 0L, 2L, 1L, 1L, 2L, 3L)),
                run(Scope.organization(18), later).rows(), "715's programme began on 2025-11-15");
        assertEquals(List.of(), run(Scope.region(), args(Parameter.DATE, LocalDate.of(2015, 9, 1))).rows(), "no learner yet");
    }

    @Test
    void showsTheUsersScopeAndTheFiltersOnly() {
        assertEquals(List.of(ARTS_GENERAL, ARTS_PRE_PROFESSIONAL, ARTS_UNKNOWN), run(Scope.organization(16), Map.of()).rows());
        assertEquals(List.of(GYMNASIUM_CLUB, CENTRE_GENERAL, CENTRE_UNKNOWN), run(Scope.authority(CITY), Map.of()).rows());
        assertEquals(List.of(ARTS_GENERAL, ARTS_PRE_PROFESSIONAL, ARTS_UNKNOWN, SPORTS_GENERAL), run(Scope.region(),
                args(Parameter.DISTRICT, SOUTH_DISTRICT)).rows());
        assertEquals(List.of(SPORTS_GENERAL), run(Scope.region(), args(Parameter.ORGANIZATION_TYPE, "sports-school")).rows());
        assertEquals(List.of(), run(Scope.organization(11), Map.of()).rows(), "a school without clubs");
    }

    @Test
    void speaksEnglish() {
        FormRunner english = new FormRunner(database(), Locale.ENGLISH);
        ReportDefinition definition = english.run(form(), Scope.organization(18), Map.of(), D).definition();
        assertEquals("Contingent of additional education", definition.title());
        assertEquals("Additional education for children", definition.category().title());
        assertEquals(List.of("All organizations", "General developmental programme"), english.run(form(), Scope.region(),
                args(Parameter.LEVEL, Level.REGION), D).rows().get(0).subList(1, 3));
        assertEquals(List.of("General developmental programme", "Kind of programme not given"), english.run(form(),
                Scope.organization(18), Map.of(), D).column("programmeKind"));
    }
}
