package org.kontingent.report.forms.additional.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.ARTS_SCHOOL;
import static org.kontingent.report.support.testing.SmallRegion.CITY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT_NAME;
import static org.kontingent.report.support.testing.SmallRegion.GYMNASIUM;
import static org.kontingent.report.support.testing.SmallRegion.args;
import static org.kontingent.report.support.testing.SmallRegion.row;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.testkit.FormRunner;

/**
 * Columns after the orientation: ended, mastered, not mastered, the share mastered, of those
 * mastered pre-professional, with a document, certificates of training, of the arts, of study.
 */
class ResultsFormTest extends Fixture {
    private static final Map<String, Object> YEAR = args(Parameter.ACADEMIC_YEAR, "2024-2025");
    private static final String TECHNICAL = "Техническая";
    private static final String NATURAL_SCIENCE = "Естественнонаучная";
    private static final String SPORT = "Физкультурно-спортивная";
    private static final String ARTISTIC = "Художественная";
    private static final String TOURISM = "Туристско-краеведческая";
    private static final String SOCIAL = "Социально-гуманитарная";

    @Override
    protected ReportForm form() {
        return new ResultsForm();
    }

    @Test
    void countsTheProgrammesEndedInTheYearByOrientationWithTheirDocuments() {
        assertEquals(List.of(
                row(CITY_NAME, GYMNASIUM, SPORT, 1L, 1L, 0L, 1.0, 0L, 1L, 1L, 0L, 0L),
                row(CITY_NAME, CENTRE, TECHNICAL, 1L, 0L, 1L, 0.0, 0L, 1L, 0L, 0L, 1L),
                row(CITY_NAME, CENTRE, NATURAL_SCIENCE, 1L, 1L, 0L, 1.0, 0L, 0L, 0L, 0L, 0L),
                row(CITY_NAME, CENTRE, SOCIAL, 1L, 1L, 0L, 1.0, 0L, 1L, 1L, 0L, 0L),
                row(DISTRICT_NAME, ARTS_SCHOOL, ARTISTIC, 1L, 1L, 0L, 1.0, 1L, 1L, 0L, 1L, 0L)),
                run(Scope.region(), YEAR).rows(), "743's document names no programme; 745's ended the year before,"
                        + " 706's the year after");
    }

    @Test
    void countsForTheRegionAndOtherYears() {
        assertEquals(List.of(
                row(null, "Все организации", TECHNICAL, 1L, 0L, 1L, 0.0, 0L, 1L, 0L, 0L, 1L),
                row(null, "Все организации", NATURAL_SCIENCE, 1L, 1L, 0L, 1.0, 0L, 0L, 0L, 0L, 0L),
                row(null, "Все организации", SPORT, 1L, 1L, 0L, 1.0, 0L, 1L, 1L, 0L, 0L),
                row(null, "Все организации", ARTISTIC, 1L, 1L, 0L, 1.0, 1L, 1L, 0L, 1L, 0L),
                row(null, "Все организации", SOCIAL, 1L, 1L, 0L, 1.0, 0L, 1L, 1L, 0L, 0L)),
                run(Scope.region(), args(Parameter.ACADEMIC_YEAR, "2024-2025", Parameter.LEVEL, Level.REGION)).rows());
        assertEquals(List.of(row(CITY_NAME, CITY_NAME, TECHNICAL, 1L, 0L, 1L, 0.0, 0L, 1L, 0L, 0L, 1L),
                row(CITY_NAME, CITY_NAME, NATURAL_SCIENCE, 1L, 1L, 0L, 1.0, 0L, 0L, 0L, 0L, 0L),
                row(CITY_NAME, CITY_NAME, SPORT, 1L, 1L, 0L, 1.0, 0L, 1L, 1L, 0L, 0L),
                row(CITY_NAME, CITY_NAME, SOCIAL, 1L, 1L, 0L, 1.0, 0L, 1L, 1L, 0L, 0L),
                row(DISTRICT_NAME, DISTRICT_NAME, ARTISTIC, 1L, 1L, 0L, 1.0, 1L, 1L, 0L, 1L, 0L)),
                run(Scope.region(), args(Parameter.ACADEMIC_YEAR, "2024-2025", Parameter.LEVEL, Level.MUNICIPALITY)).rows());
        assertEquals(List.of(row(CITY_NAME, CENTRE, TOURISM, 1L, 1L, 0L, 1.0, 0L, 1L, 1L, 0L, 0L)),
                run(Scope.region(), args(Parameter.ACADEMIC_YEAR, "2023-2024")).rows(), "745");
        assertEquals(List.of(row(DISTRICT_NAME, ARTS_SCHOOL, ARTISTIC, 1L, 0L, 1L, 0.0, 0L, 0L, 0L, 0L, 0L)),
                run(Scope.region(), Map.of()).rows(), "the current year 2025-2026: 706, who left on 2025-10-01");
    }

    @Test
    void showsTheUsersScopeAndTheFiltersOnly() {
        assertEquals(List.of(row(DISTRICT_NAME, ARTS_SCHOOL, ARTISTIC, 1L, 1L, 0L, 1.0, 1L, 1L, 0L, 1L, 0L)),
                run(Scope.authority(DISTRICT), YEAR).rows());
        assertEquals(List.of(row(CITY_NAME, GYMNASIUM, SPORT, 1L, 1L, 0L, 1.0, 0L, 1L, 1L, 0L, 0L)),
                run(Scope.organization(10), YEAR).rows(), "a school's own club");
        Map<String, Object> centres = args(Parameter.ACADEMIC_YEAR, "2024-2025", Parameter.ORGANIZATION_TYPE,
                "additional-education-center");
        assertEquals(3, run(Scope.region(), centres).size());
        assertEquals(List.of(), run(Scope.organization(19), YEAR).rows(), "nothing ended at the sports school");
    }

    @Test
    void speaksEnglish() {
        FormRunner english = new FormRunner(database(), Locale.ENGLISH);
        assertEquals("Mastering of additional general education programmes",
                english.run(form(), Scope.region(), YEAR, D).definition().title());
        assertEquals(List.of("All organizations", "Technical"), english.run(form(), Scope.region(), args(
                Parameter.ACADEMIC_YEAR, "2024-2025", Parameter.LEVEL, Level.REGION), D).rows().get(0).subList(1, 3),
                "the orientations are named in the run's language");
    }
}
