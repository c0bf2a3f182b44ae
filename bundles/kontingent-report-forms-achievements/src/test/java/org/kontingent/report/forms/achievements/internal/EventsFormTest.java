package org.kontingent.report.forms.achievements.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.CITY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT_NAME;
import static org.kontingent.report.support.testing.SmallRegion.FOREST_SCHOOL;
import static org.kontingent.report.support.testing.SmallRegion.GYMNASIUM;
import static org.kontingent.report.support.testing.SmallRegion.KINDERGARTEN;
import static org.kontingent.report.support.testing.SmallRegion.MINISTRY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.SCHOOL_2;
import static org.kontingent.report.support.testing.SmallRegion.SOUTH_SCHOOL;
import static org.kontingent.report.support.testing.SmallRegion.ARTS_SCHOOL;
import static org.kontingent.report.support.testing.SmallRegion.args;
import static org.kontingent.report.support.testing.SmallRegion.row;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.testkit.FormRunner;

/**
 * Columns after the unit: the event's level, participations, participants, prize-winners,
 * winners (learners, each once in a row) and the share of winners and prize-winners.
 */
class EventsFormTest extends Fixture {
    private static final String SCHOOL = "Уровень образовательной организации";
    private static final String MUNICIPAL = "Муниципальный";
    private static final String REGIONAL = "Региональный";
    private static final String ALL_RUSSIAN = "Всероссийский";

    @Override
    protected ReportForm form() {
        return new EventsForm();
    }

    @Test
    void countsParticipationsAndLearnersPerOrganizationByTheEventsLevel() {
        assertEquals(List.of(
                row(CITY_NAME, GYMNASIUM, SCHOOL, 3L, 2L, 0L, 1L, 0.5),
                row(CITY_NAME, GYMNASIUM, MUNICIPAL, 1L, 1L, 1L, 0L, 1.0),
                row(CITY_NAME, GYMNASIUM, ALL_RUSSIAN, 1L, 1L, 0L, 0L, 0.0),
                row(CITY_NAME, KINDERGARTEN, REGIONAL, 2L, 2L, 1L, 0L, 0.5),
                row(CITY_NAME, SCHOOL_2, SCHOOL, 1L, 1L, 1L, 0L, 1.0),
                row(CITY_NAME, SCHOOL_2, MUNICIPAL, 1L, 1L, 0L, 1L, 1.0),
                row(MINISTRY_NAME, COLLEGE, REGIONAL, 2L, 1L, 1L, 0L, 1.0),
                row(DISTRICT_NAME, ARTS_SCHOOL, REGIONAL, 2L, 2L, 0L, 1L, 0.5),
                row(DISTRICT_NAME, FOREST_SCHOOL, SCHOOL, 1L, 1L, 0L, 0L, 0.0),
                row(DISTRICT_NAME, FOREST_SCHOOL, REGIONAL, 1L, 1L, 0L, 1L, 1.0),
                row(DISTRICT_NAME, SOUTH_SCHOOL, REGIONAL, 2L, 2L, 0L, 0L, 0.0)),
                run(Scope.region(), args()).rows(), "801 twice at the school stage, once counted; 806's olympiad of last"
                        + " year not; 808 at two championships, one participant");
    }

    @Test
    void countsEachLearnerOnceInAMunicipalityAndInTheRegion() {
        assertEquals(List.of(
                row(null, REGION, SCHOOL, 5L, 4L, 1L, 1L, 0.5),
                row(null, REGION, MUNICIPAL, 2L, 2L, 1L, 1L, 1.0),
                row(null, REGION, REGIONAL, 9L, 7L, 2L, 2L, 4.0 / 7),
                row(null, REGION, ALL_RUSSIAN, 1L, 1L, 0L, 0L, 0.0)),
                run(Scope.region(), args(Parameter.LEVEL, Level.REGION)).rows(), "810 took part at 13 and at 16: once");
        assertEquals(List.of(
                row(CITY_NAME, CITY_NAME, SCHOOL, 4L, 3L, 1L, 1L, 2.0 / 3),
                row(CITY_NAME, CITY_NAME, MUNICIPAL, 2L, 2L, 1L, 1L, 1.0),
                row(CITY_NAME, CITY_NAME, REGIONAL, 2L, 2L, 1L, 0L, 0.5),
                row(CITY_NAME, CITY_NAME, ALL_RUSSIAN, 1L, 1L, 0L, 0L, 0.0),
                row(MINISTRY_NAME, MINISTRY_NAME, REGIONAL, 2L, 1L, 1L, 0L, 1.0),
                row(DISTRICT_NAME, DISTRICT_NAME, SCHOOL, 1L, 1L, 0L, 0L, 0.0),
                row(DISTRICT_NAME, DISTRICT_NAME, REGIONAL, 5L, 4L, 0L, 2L, 0.5)),
                run(Scope.region(), args(Parameter.LEVEL, Level.MUNICIPALITY)).rows());
    }

    @Test
    void takesTheYearTheKindOfEventAndTheEducationLevelAsked() {
        assertEquals(List.of(row(null, REGION, MUNICIPAL, 1L, 1L, 0L, 1L, 1.0)),
                run(Scope.region(), args(Parameter.LEVEL, Level.REGION, Parameter.ACADEMIC_YEAR, "2024-2025")).rows(),
                "806's olympiad of 1 March 2025");
        assertEquals(List.of(
                row(null, REGION, SCHOOL, 5L, 4L, 1L, 1L, 0.5),
                row(null, REGION, MUNICIPAL, 1L, 1L, 1L, 0L, 1.0),
                row(null, REGION, REGIONAL, 1L, 1L, 0L, 0L, 0.0)),
                run(Scope.region(), args(Parameter.LEVEL, Level.REGION, EventsForm.EVENT_KIND, "olympiad")).rows(),
                "the olympiads only: 803's spartakiad is a competition");
        assertEquals(List.of(row(null, REGION, REGIONAL, 2L, 2L, 1L, 0L, 0.5)), run(Scope.region(), args(Parameter.LEVEL,
                Level.REGION, "educationLevel", "preschool")).rows(), "the kindergarten's children");
        assertEquals(List.of(row(null, REGION, REGIONAL, 2L, 1L, 1L, 0L, 1.0)), run(Scope.region(), args(Parameter.LEVEL,
                Level.REGION, "educationLevel", "vocational")).rows(), "the college's student");
        assertEquals(List.of(row(null, REGION, REGIONAL, 2L, 2L, 0L, 1L, 0.5)), run(Scope.region(), args(Parameter.LEVEL,
                Level.REGION, "educationLevel", "additional")).rows(), "the arts school's learners");
    }

    @Test
    void showsTheUsersScopeOnly() {
        assertEquals(List.of(
                row(DISTRICT_NAME, ARTS_SCHOOL, REGIONAL, 2L, 2L, 0L, 1L, 0.5),
                row(DISTRICT_NAME, FOREST_SCHOOL, SCHOOL, 1L, 1L, 0L, 0L, 0.0),
                row(DISTRICT_NAME, FOREST_SCHOOL, REGIONAL, 1L, 1L, 0L, 1L, 1.0),
                row(DISTRICT_NAME, SOUTH_SCHOOL, REGIONAL, 2L, 2L, 0L, 0L, 0.0)), run(Scope.authority(DISTRICT), args()).rows());
        assertEquals(List.of(row(MINISTRY_NAME, COLLEGE, REGIONAL, 2L, 1L, 1L, 0L, 1.0)),
                run(Scope.organization(17), args()).rows());
        assertEquals(List.of(), run(Scope.organization(15), args()).rows(), "nothing at the education centre");
    }

    @Test
    void speaksEnglish() {
        FormRunner english = new FormRunner(database(), Locale.ENGLISH);
        assertEquals("Learners' participation in olympiads, contests and competitions",
                english.run(form(), Scope.region(), args(), D).definition().title());
        assertEquals(List.of("All organizations", "Organization level"), english.run(form(), Scope.region(),
                args(Parameter.LEVEL, Level.REGION), D).rows().get(0).subList(1, 3), "the levels in the run's language");
    }
}
