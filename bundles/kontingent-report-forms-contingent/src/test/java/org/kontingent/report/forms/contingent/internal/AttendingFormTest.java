package org.kontingent.report.forms.contingent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.ARTS_SCHOOL;
import static org.kontingent.report.support.testing.SmallRegion.CENTRE;
import static org.kontingent.report.support.testing.SmallRegion.CITY;
import static org.kontingent.report.support.testing.SmallRegion.CITY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.COLLEGE;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT_NAME;
import static org.kontingent.report.support.testing.SmallRegion.FOREST_SCHOOL;
import static org.kontingent.report.support.testing.SmallRegion.GYMNASIUM;
import static org.kontingent.report.support.testing.SmallRegion.KINDERGARTEN;
import static org.kontingent.report.support.testing.SmallRegion.MINISTRY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.SCHOOL_2;
import static org.kontingent.report.support.testing.SmallRegion.SETTLEMENT_AUTHORITY;
import static org.kontingent.report.support.testing.SmallRegion.SOUTH_SCHOOL;
import static org.kontingent.report.support.testing.SmallRegion.args;
import static org.kontingent.report.support.testing.SmallRegion.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.EducationLevel;
import org.kontingent.report.support.testing.SmallRegion;
import org.kontingent.report.testkit.FormResult;
import org.kontingent.report.testkit.FormRunner;

/**
 * On 2025-10-01: 10 → 6 (3 M, 3 F), 11 → 6 (2 M, 3 F, 1 unknown), 12 → 3 (2 M, 1 F), 13 → 4 (2, 2),
 * 14 → 2 (1, 1), 15 → 2 (1, 1), 16 → 2 (1, 1), 17 → 3 (2 M, 1 F): 28 learners (14 M, 13 F) in 8 organizations.
 */
class AttendingFormTest extends Fixture {

    @Override
    protected ReportForm form() {
        return new AttendingForm();
    }

    @Test
    void countsTheRegionInOneRow() {
        FormResult result = run(Scope.region(), args(Parameter.DATE, D, Parameter.LEVEL, Level.REGION));
        assertEquals(List.of(row(null, "Все организации", 8L, 28L, 14L, 13L)), result.rows());
    }

    @Test
    void countsPerMunicipality() {
        FormResult result = run(Scope.region(), args(Parameter.DATE, D, Parameter.LEVEL, Level.MUNICIPALITY));
        assertEquals(List.of(
                row(CITY_NAME, CITY_NAME, 3L, 15L, 7L, 7L),
                row(MINISTRY_NAME, MINISTRY_NAME, 1L, 3L, 2L, 1L),
                row(DISTRICT_NAME, DISTRICT_NAME, 4L, 10L, 5L, 5L)), result.rows());
    }

    @Test
    void countsPerOrganizationGroupedByMunicipality() {
        FormResult result = run(Scope.region(), args(Parameter.DATE, D, Parameter.LEVEL, Level.ORGANIZATION));
        assertEquals(List.of(
                row(CITY_NAME, GYMNASIUM, 1L, 6L, 3L, 3L),
                row(CITY_NAME, KINDERGARTEN, 1L, 3L, 2L, 1L),
                row(CITY_NAME, SCHOOL_2, 1L, 6L, 2L, 3L),
                row(MINISTRY_NAME, COLLEGE, 1L, 3L, 2L, 1L),
                row(DISTRICT_NAME, ARTS_SCHOOL, 1L, 2L, 1L, 1L),
                row(DISTRICT_NAME, FOREST_SCHOOL, 1L, 2L, 1L, 1L),
                row(DISTRICT_NAME, CENTRE, 1L, 2L, 1L, 1L),
                row(DISTRICT_NAME, SOUTH_SCHOOL, 1L, 4L, 2L, 2L)), result.rows());
    }

    @Test
    void holdsAMembershipFromItsFirstDayUpToButNotIncludingItsEnd() {
        // 1603 at the arts school ends_on 2025-09-30: held on the 29th, not on the 30th
        assertEquals(3L, run(Scope.region(), args(Parameter.DATE, LocalDate.of(2025, 9, 29), Parameter.LEVEL,
                Level.ORGANIZATION)).rowWhere("unit", ARTS_SCHOOL).get(3));
        assertEquals(2L, run(Scope.region(), args(Parameter.DATE, LocalDate.of(2025, 9, 30), Parameter.LEVEL,
                Level.ORGANIZATION)).rowWhere("unit", ARTS_SCHOOL).get(3));
        // on 09-30 school 2 has not got 1104 (starts 10-01) yet: 5, girls 2; the gymnasium still has 1006 (ends_on
        // 10-01) and not yet 1004 (starts 10-01): 6 with 2 boys and 4 girls, against 3 and 3 on 10-01
        assertEquals(row(CITY_NAME, SCHOOL_2, 1L, 5L, 2L, 2L), run(Scope.region(), args(Parameter.DATE,
                LocalDate.of(2025, 9, 30), Parameter.LEVEL, Level.ORGANIZATION)).rowWhere("unit", SCHOOL_2));
        assertEquals(row(CITY_NAME, GYMNASIUM, 1L, 6L, 2L, 4L), run(Scope.region(), args(Parameter.DATE,
                LocalDate.of(2025, 9, 30), Parameter.LEVEL, Level.ORGANIZATION)).rowWhere("unit", GYMNASIUM));
    }

    @Test
    void seesOnlyItsPartUnderAnAuthoritysScope() {
        assertEquals(List.of(row(DISTRICT_NAME, DISTRICT_NAME, 4L, 10L, 5L, 5L)),
                run(Scope.authority(DISTRICT), args(Parameter.DATE, D, Parameter.LEVEL, Level.MUNICIPALITY)).rows());
        assertEquals(List.of(row(null, "Все организации", 2L, 4L, 2L, 2L)),
                run(Scope.authority(SETTLEMENT_AUTHORITY), args(Parameter.DATE, D, Parameter.LEVEL, Level.REGION)).rows());
        assertEquals(List.of(row(CITY_NAME, GYMNASIUM, 1L, 6L, 3L, 3L), row(CITY_NAME, KINDERGARTEN, 1L, 3L, 2L, 1L),
                row(CITY_NAME, SCHOOL_2, 1L, 6L, 2L, 3L)),
                run(Scope.authority(CITY), args(Parameter.DATE, D, Parameter.LEVEL, Level.ORGANIZATION)).rows());
    }

    @Test
    void seesOneOrganizationUnderItsScope() {
        assertEquals(List.of(row(CITY_NAME, GYMNASIUM, 1L, 6L, 3L, 3L)),
                run(Scope.organization(10), args(Parameter.DATE, D, Parameter.LEVEL, Level.ORGANIZATION)).rows());
        assertEquals(List.of(row(null, "Все организации", 1L, 4L, 2L, 2L)),
                run(Scope.organization(13), args(Parameter.DATE, D, Parameter.LEVEL, Level.REGION)).rows());
    }

    @Test
    void takesAnAuthorityWithItsSubordinates() {
        assertEquals(List.of(row(null, "Все организации", 4L, 10L, 5L, 5L)),
                run(Scope.region(), args(Parameter.DATE, D, Parameter.LEVEL, Level.REGION, Parameter.AUTHORITY, DISTRICT)).rows());
        assertEquals(List.of(row(null, "Все организации", 2L, 4L, 2L, 2L)), run(Scope.region(), args(Parameter.DATE, D,
                Parameter.LEVEL, Level.REGION, Parameter.AUTHORITY, SETTLEMENT_AUTHORITY)).rows());
        assertEquals(List.of(row(null, "Все организации", 8L, 28L, 14L, 13L)), run(Scope.region(), args(Parameter.DATE, D,
                Parameter.LEVEL, Level.REGION, Parameter.AUTHORITY, SmallRegion.MINISTRY)).rows());
    }

    @Test
    void filtersByDistrictSettlementAndType() {
        assertEquals(List.of(row(null, "Все организации", 4L, 18L, 9L, 8L)), run(Scope.region(), args(Parameter.DATE, D,
                Parameter.LEVEL, Level.REGION, Parameter.DISTRICT, "город Северск")).rows());
        assertEquals(List.of(row(null, "Все организации", 4L, 10L, 5L, 5L)), run(Scope.region(), args(Parameter.DATE, D,
                Parameter.LEVEL, Level.REGION, Parameter.DISTRICT, "Южный район")).rows());
        assertEquals(List.of(row(DISTRICT_NAME, FOREST_SCHOOL, 1L, 2L, 1L, 1L), row(DISTRICT_NAME, CENTRE, 1L, 2L, 1L, 1L)),
                run(Scope.region(), args(Parameter.DATE, D, Parameter.LEVEL, Level.ORGANIZATION, Parameter.SETTLEMENT,
                        "Лесной")).rows());
        assertEquals(List.of(row(CITY_NAME, CITY_NAME, 1L, 6L, 2L, 3L), row(DISTRICT_NAME, DISTRICT_NAME, 1L, 4L, 2L, 2L)),
                run(Scope.region(), args(Parameter.DATE, D, Parameter.LEVEL, Level.MUNICIPALITY,
                        Parameter.ORGANIZATION_TYPE, "secondary-school")).rows());
    }

    @Test
    void matchesADistrictAndASettlementExactlyAsTheRegistryHoldsThem() {
        // the console offers the registry's own values: another case is another value, so no organization is counted
        assertEquals(List.of(row(null, "Все организации", 0L, 0L, 0L, 0L)), run(Scope.region(), args(Parameter.DATE, D,
                Parameter.LEVEL, Level.REGION, Parameter.DISTRICT, "Город Северск")).rows());
        assertEquals(List.of(), run(Scope.region(), args(Parameter.DATE, D, Parameter.LEVEL, Level.ORGANIZATION,
                Parameter.SETTLEMENT, "лесной")).rows());
    }

    @Test
    void filtersByEducationLevelWithAMixedOrganizationUnderItsTypesLevel() {
        assertEquals(List.of(row(null, "Все организации", 5L, 20L, 9L, 10L)), run(Scope.region(), args(Parameter.DATE, D,
                Parameter.LEVEL, Level.REGION, EducationLevel.PARAMETER, "general")).rows());
        assertEquals(List.of(row(null, "Все организации", 1L, 3L, 2L, 1L)), run(Scope.region(), args(Parameter.DATE, D,
                Parameter.LEVEL, Level.REGION, EducationLevel.PARAMETER, "preschool")).rows());
        assertEquals(List.of(row(null, "Все организации", 1L, 2L, 1L, 1L)), run(Scope.region(), args(Parameter.DATE, D,
                Parameter.LEVEL, Level.REGION, EducationLevel.PARAMETER, "additional")).rows());
        assertEquals(List.of(row(null, "Все организации", 1L, 3L, 2L, 1L)), run(Scope.region(), args(Parameter.DATE, D,
                Parameter.LEVEL, Level.REGION, EducationLevel.PARAMETER, "vocational")).rows());
        // general under the district: 13, 14 and 15 (mixed, an education centre)
        assertEquals(List.of(row(DISTRICT_NAME, DISTRICT_NAME, 3L, 8L, 4L, 4L)), run(Scope.region(), args(Parameter.DATE, D,
                Parameter.LEVEL, Level.MUNICIPALITY, Parameter.AUTHORITY, DISTRICT, EducationLevel.PARAMETER,
                "general")).rows());
    }

    @Test
    void speaksEnglish() {
        FormResult result = new FormRunner(database(), Locale.ENGLISH).run(form(), Scope.region(),
                args(Parameter.DATE, D, Parameter.LEVEL, Level.REGION), D);
        assertEquals(List.of(row(null, "All organizations", 8L, 28L, 14L, 13L)), result.rows());
        assertEquals("Numbers attending", result.definition().title());
        assertEquals("Численность обучающихся", form().definition(Locale.GERMAN).title());
    }
}
