package org.kontingent.report.forms.achievements.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.ARTS_SCHOOL;
import static org.kontingent.report.support.testing.SmallRegion.CITY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT_NAME;
import static org.kontingent.report.support.testing.SmallRegion.FOREST_SCHOOL;
import static org.kontingent.report.support.testing.SmallRegion.GYMNASIUM;
import static org.kontingent.report.support.testing.SmallRegion.KINDERGARTEN;
import static org.kontingent.report.support.testing.SmallRegion.MINISTRY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.SCHOOL_2;
import static org.kontingent.report.support.testing.SmallRegion.SOUTH_SCHOOL;
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
 * Columns after the unit: learners with any achievement, gold, silver and bronze ГТО badges,
 * youth ranks, adult ranks, candidates for master of sport, sports titles, qualification ranks,
 * certificates, scholarships, other achievements.
 */
class AchievementsFormTest extends Fixture {
    @Override
    protected ReportForm form() {
        return new AchievementsForm();
    }

    @Test
    void countsTheLearnersOfEachKindOfAchievementPerOrganization() {
        assertEquals(List.of(
                row(CITY_NAME, GYMNASIUM, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L),
                row(CITY_NAME, KINDERGARTEN, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L),
                row(CITY_NAME, SCHOOL_2, 1L, 0L, 1L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L),
                row(MINISTRY_NAME, COLLEGE, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 1L, 0L, 0L),
                row(DISTRICT_NAME, ARTS_SCHOOL, 1L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L),
                row(DISTRICT_NAME, FOREST_SCHOOL, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L),
                row(DISTRICT_NAME, SOUTH_SCHOOL, 2L, 0L, 0L, 1L, 0L, 1L, 0L, 1L, 0L, 0L, 0L, 1L)),
                run(Scope.region(), args()).rows(), "812's badge of last year not counted");
    }

    @Test
    void countsForTheRegionOtherYearsAndLevels() {
        assertEquals(List.of(row(null, REGION, 8L, 2L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L)),
                run(Scope.region(), args(Parameter.LEVEL, Level.REGION)).rows());
        assertEquals(List.of(row(null, REGION, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)),
                run(Scope.region(), args(Parameter.LEVEL, Level.REGION, Parameter.ACADEMIC_YEAR, "2024-2025")).rows(), "812");
        assertEquals(List.of(row(DISTRICT_NAME, DISTRICT_NAME, 4L, 0L, 0L, 1L, 0L, 1L, 1L, 1L, 0L, 0L, 1L, 1L)),
                run(Scope.authority(DISTRICT), args(Parameter.LEVEL, Level.MUNICIPALITY)).rows());
        assertEquals(List.of(row(CITY_NAME, KINDERGARTEN, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)),
                run(Scope.region(), args("educationLevel", "preschool")).rows(), "a preschooler's first-stage badge");
        assertEquals(List.of(), run(Scope.organization(15), args()).rows());
    }

    @Test
    void speaksEnglish() {
        FormRunner english = new FormRunner(database(), Locale.ENGLISH);
        assertEquals("ГТО badges, sports ranks and other achievements of learners",
                english.run(form(), Scope.region(), args(), D).definition().title());
        assertEquals("All organizations", english.run(form(), Scope.region(), args(Parameter.LEVEL, Level.REGION), D).rows()
                .get(0).get(1));
    }
}
