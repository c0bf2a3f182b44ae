package org.kontingent.report.forms.vocational.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.COLLEGE;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT_NAME;
import static org.kontingent.report.support.testing.SmallRegion.MINISTRY_NAME;
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
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.testkit.FormResult;
import org.kontingent.report.testkit.FormRunner;

/**
 * Columns after the specialty: learners; courses 1, 2, 3, 4, 5+; full-time, part-time,
 * extramural; under 15, 15–17, 18–20, 21–24, 25+; men, women.
 */
class LearnersBySpecialtyFormTest extends Fixture {
    private static final List<Object> COLLEGE_PROGRAMMING = row(MINISTRY_NAME, COLLEGE, "09.02.03", PROGRAMMING,
            4L, 0L, 2L, 1L, 1L, 0L, 3L, 0L, 1L, 0L, 1L, 2L, 0L, 1L, 2L, 2L);
    private static final List<Object> COLLEGE_COOK = row(MINISTRY_NAME, COLLEGE, "43.01.09", COOK,
            2L, 2L, 0L, 0L, 0L, 0L, 1L, 1L, 0L, 1L, 1L, 0L, 0L, 0L, 1L, 1L);
    private static final List<Object> COLLEGE_UNKNOWN = row(MINISTRY_NAME, COLLEGE, null, UNKNOWN,
            1L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 1L, 0L);
    private static final List<Object> SCHOOL_TRACTOR = row(DISTRICT_NAME, TECHNICAL_SCHOOL, "35.01.13", TRACTOR_DRIVER,
            1L, 1L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 1L);
    private static final List<Object> SCHOOL_MECHANIZATION = row(DISTRICT_NAME, TECHNICAL_SCHOOL, "35.02.07", MECHANIZATION,
            2L, 1L, 0L, 0L, 0L, 1L, 0L, 1L, 1L, 0L, 0L, 1L, 0L, 1L, 2L, 0L);

    @Override
    protected ReportForm form() {
        return new LearnersBySpecialtyForm();
    }

    @Test
    void countsTheStudentsOfEachOrganizationBySpecialtyCourseFormAgeAndSex() {
        assertEquals(List.of(COLLEGE_PROGRAMMING, COLLEGE_COOK, COLLEGE_UNKNOWN, SCHOOL_TRACTOR, SCHOOL_MECHANIZATION),
                run(Scope.region(), Map.of()).rows());
    }

    @Test
    void countsPerMunicipalityAndForTheRegion() {
        assertEquals(List.of(
                row(MINISTRY_NAME, MINISTRY_NAME, "09.02.03", PROGRAMMING, 4L, 0L, 2L, 1L, 1L, 0L, 3L, 0L, 1L, 0L, 1L, 2L, 0L, 1L, 2L, 2L),
                row(MINISTRY_NAME, MINISTRY_NAME, "43.01.09", COOK, 2L, 2L, 0L, 0L, 0L, 0L, 1L, 1L, 0L, 1L, 1L, 0L, 0L, 0L, 1L, 1L),
                row(MINISTRY_NAME, MINISTRY_NAME, null, UNKNOWN, 1L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 1L, 0L),
                row(DISTRICT_NAME, DISTRICT_NAME, "35.01.13", TRACTOR_DRIVER, 1L, 1L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 1L, 0L, 0L,
                        0L, 0L, 1L),
                row(DISTRICT_NAME, DISTRICT_NAME, "35.02.07", MECHANIZATION, 2L, 1L, 0L, 0L, 0L, 1L, 0L, 1L, 1L, 0L, 0L, 1L, 0L,
                        1L, 2L, 0L)),
                run(Scope.region(), args(Parameter.LEVEL, Level.MUNICIPALITY)).rows());
        assertEquals(List.of(
                row(null, "Все организации", "09.02.03", PROGRAMMING, 4L, 0L, 2L, 1L, 1L, 0L, 3L, 0L, 1L, 0L, 1L, 2L, 0L, 1L, 2L, 2L),
                row(null, "Все организации", "35.01.13", TRACTOR_DRIVER, 1L, 1L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L,
                        0L, 1L),
                row(null, "Все организации", "35.02.07", MECHANIZATION, 2L, 1L, 0L, 0L, 0L, 1L, 0L, 1L, 1L, 0L, 0L, 1L, 0L, 1L,
                        2L, 0L),
                row(null, "Все организации", "43.01.09", COOK, 2L, 2L, 0L, 0L, 0L, 0L, 1L, 1L, 0L, 1L, 1L, 0L, 0L, 0L, 1L, 1L),
                row(null, "Все организации", null, UNKNOWN, 1L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 1L, 0L)),
                run(Scope.region(), args(Parameter.LEVEL, Level.REGION)).rows());
    }

    @Test
    void takesOneKindOfProgramme() {
        assertEquals(List.of(
                row(MINISTRY_NAME, COLLEGE, "43.01.09", COOK, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 1L),
                SCHOOL_TRACTOR),
                run(Scope.region(), args(LearnersBySpecialtyForm.KIND, "skilled-workers")).rows(),
                "503 learns a profession, 505 is in vocational training");
    }

    @Test
    void countsOnTheDayGiven() {
        // on 2025-10-14 504 is still in course 1, 511 still in course 2, 508 has not left yet; 2025-10-01 is 508's end
        FormResult before = run(Scope.region(), args(Parameter.DATE, LocalDate.of(2025, 9, 30), Parameter.LEVEL, Level.REGION));
        assertEquals(row(null, "Все организации", "09.02.03", PROGRAMMING, 5L, 1L, 2L, 1L, 1L, 0L, 4L, 0L, 1L, 0L, 1L, 3L, 0L,
                1L, 2L, 3L), before.rowWhere("specialtyCode", "09.02.03"), "508 (F 18, course 2) is there; 504 in course 1");
        assertEquals(row(null, "Все организации", "35.02.07", MECHANIZATION, 2L, 0L, 1L, 0L, 0L, 1L, 0L, 1L, 1L, 0L, 0L, 1L, 0L,
                1L, 2L, 0L), before.rowWhere("specialtyCode", "35.02.07"), "511 still in course 2");
        assertEquals(List.of(), run(Scope.region(), args(Parameter.DATE, LocalDate.of(2019, 9, 1))).rows(), "no student yet");
    }

    @Test
    void showsTheUsersScopeAndTheFiltersOnly() {
        assertEquals(List.of(SCHOOL_TRACTOR, SCHOOL_MECHANIZATION), run(Scope.organization(18), Map.of()).rows());
        assertEquals(List.of(SCHOOL_TRACTOR, SCHOOL_MECHANIZATION), run(Scope.authority(DISTRICT), Map.of()).rows());
        assertEquals(List.of(COLLEGE_PROGRAMMING, COLLEGE_COOK, COLLEGE_UNKNOWN), run(Scope.region(),
                args(Parameter.DISTRICT, "город Северск")).rows());
        assertEquals(List.of(), run(Scope.organization(10), Map.of()).rows(), "a school's pupil is no student");
    }

    @Test
    void speaksEnglish() {
        FormResult result = new FormRunner(database(), Locale.ENGLISH).run(form(), Scope.organization(17), Map.of(), D);
        assertEquals("Learners by specialty and profession", result.definition().title());
        assertEquals(List.of("All organizations", "Specialty (profession) not given"), List.of(
                new FormRunner(database(), Locale.ENGLISH).run(form(), Scope.region(), args(Parameter.LEVEL, Level.REGION), D)
                        .rows().get(4).get(1), result.rows().get(2).get(3)));
    }
}
