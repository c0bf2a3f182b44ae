package org.kontingent.report.forms.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.ARTS_SCHOOL;
import static org.kontingent.report.support.testing.SmallRegion.CITY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.COLLEGE;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT_NAME;
import static org.kontingent.report.support.testing.SmallRegion.GYMNASIUM;
import static org.kontingent.report.support.testing.SmallRegion.KINDERGARTEN;
import static org.kontingent.report.support.testing.SmallRegion.MINISTRY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.SCHOOL_2;
import static org.kontingent.report.support.testing.SmallRegion.SOUTH_SCHOOL;
import static org.kontingent.report.support.testing.SmallRegion.args;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.extension.health.internal.HealthExtension;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.EducationLevel;
import org.kontingent.report.support.testing.SmallRegion;
import org.kontingent.report.testkit.FormRunner;
import org.kontingent.report.testkit.ReportDatabase;
import org.kontingent.report.testkit.ReportFormContract;

/**
 * The contract and exact numbers on the small region with the learners of {@code region.sql}
 * beside this class (read its comments for who is where). The columns after the unit: learners;
 * health groups I–V, not determined; basic, preparatory, special «А», special «Б», exempt, not
 * determined; long-term treatment; disabled, of them disabled children; ОВЗ, of them needing an
 * adapted programme.
 */
class HealthGroupsFormTest extends ReportFormContract {
    private static final LocalDate D = LocalDate.of(2025, 11, 1);
    private static final String REGION = "Все организации";

    private static final long[] GYMNASIUM_COUNTS = {5, 1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 0, 2, 1, 1, 1, 2, 1};
    private static final long[] KINDERGARTEN_COUNTS = {2, 0, 2, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    private static final long[] SCHOOL_2_COUNTS = {2, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1};
    private static final long[] COLLEGE_COUNTS = {2, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0};
    private static final long[] ARTS_SCHOOL_COUNTS = {1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0};
    private static final long[] SOUTH_SCHOOL_COUNTS = {3, 0, 1, 2, 0, 0, 0, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0};

    @Override
    protected ReportForm form() {
        return new HealthGroupsForm();
    }

    @Override
    protected void views(ReportDatabase database) {
        database.migrateBundle(HealthExtension.class);
    }

    @Override
    protected void fixture(ReportDatabase database) {
        SmallRegion.load(database);
        database.executeResource(HealthGroupsFormTest.class, "region.sql");
    }

    @Override
    protected LocalDate today() {
        return D;
    }

    /** An expected row: the municipality, the unit and the counts. */
    private static List<Object> row(String municipality, String unit, long... counts) {
        List<Object> row = new ArrayList<>(Arrays.asList(municipality, unit));
        for (long count : counts) {
            row.add(count);
        }
        return row;
    }

    @Test
    void countsTheLearnersOfEachOrganizationByWhatHoldsForThemThereOnTheDay() {
        assertEquals(List.of(row(CITY_NAME, GYMNASIUM, GYMNASIUM_COUNTS), row(CITY_NAME, KINDERGARTEN, KINDERGARTEN_COUNTS),
                row(CITY_NAME, SCHOOL_2, SCHOOL_2_COUNTS), row(MINISTRY_NAME, COLLEGE, COLLEGE_COUNTS),
                row(DISTRICT_NAME, ARTS_SCHOOL, ARTS_SCHOOL_COUNTS), row(DISTRICT_NAME, SOUTH_SCHOOL, SOUTH_SCHOOL_COUNTS)),
                run(Scope.region(), args(Parameter.LEVEL, Level.ORGANIZATION)).rows());
    }

    @Test
    void countsPerMunicipalityByDefaultAndForTheRegion() {
        assertEquals(List.of(row(CITY_NAME, CITY_NAME, 9, 1, 3, 1, 1, 1, 2, 2, 2, 1, 0, 1, 3, 1, 2, 2, 3, 2),
                row(MINISTRY_NAME, MINISTRY_NAME, COLLEGE_COUNTS),
                row(DISTRICT_NAME, DISTRICT_NAME, 4, 0, 1, 2, 0, 0, 1, 1, 0, 2, 0, 0, 1, 0, 0, 0, 0, 0)),
                run(Scope.region(), Map.of()).rows());
        assertEquals(List.of(row(null, REGION, 15, 1, 4, 4, 1, 1, 4, 3, 3, 3, 0, 1, 5, 1, 3, 2, 3, 2)),
                run(Scope.region(), args(Parameter.LEVEL, Level.REGION)).rows());
        assertEquals(List.of(row(null, REGION, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
                run(Scope.region(), args(Parameter.LEVEL, Level.REGION, Parameter.DATE, LocalDate.of(2015, 9, 1))).rows(),
                "no learner yet: the region's row of zeros");
    }

    @Test
    void countsOnTheDayGiven() {
        // on 2025-11-10 903's conclusion (II, basic) of 2025-11-05 holds
        assertEquals(List.of(row(CITY_NAME, CITY_NAME, 5, 1, 2, 1, 1, 0, 0, 2, 1, 1, 0, 0, 1, 1, 1, 1, 2, 1)),
                run(Scope.organization(10), args(Parameter.DATE, LocalDate.of(2025, 11, 10))).rows());
        // on 2025-09-30 908 was still at school 2, 910's ОВЗ still held and 916's first conclusion was the one in force
        assertEquals(List.of(row(CITY_NAME, KINDERGARTEN, 2, 0, 2, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1),
                row(CITY_NAME, SCHOOL_2, 3, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1),
                row(DISTRICT_NAME, SOUTH_SCHOOL, 3, 0, 2, 1, 0, 0, 0, 2, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0)),
                run(Scope.region(), args(Parameter.LEVEL, Level.ORGANIZATION, Parameter.DATE, LocalDate.of(2025, 9, 30)))
                        .rows().stream()
                        .filter(r -> List.of(KINDERGARTEN, SCHOOL_2, SOUTH_SCHOOL).contains(r.get(1))).toList());
    }

    @Test
    void showsTheUsersScopeAndTheFiltersOnly() {
        Map<String, Object> perOrganization = args(Parameter.LEVEL, Level.ORGANIZATION);
        assertEquals(List.of(row(CITY_NAME, GYMNASIUM, GYMNASIUM_COUNTS)), run(Scope.organization(10), perOrganization).rows());
        assertEquals(List.of(row(DISTRICT_NAME, ARTS_SCHOOL, ARTS_SCHOOL_COUNTS), row(DISTRICT_NAME, SOUTH_SCHOOL,
                SOUTH_SCHOOL_COUNTS)), run(Scope.authority(DISTRICT), perOrganization).rows());
        assertEquals(List.of(row(CITY_NAME, KINDERGARTEN, KINDERGARTEN_COUNTS)), run(Scope.region(),
                args(Parameter.LEVEL, Level.ORGANIZATION, Parameter.ORGANIZATION_TYPE, "kindergarten")).rows());
        assertEquals(List.of(row(CITY_NAME, GYMNASIUM, GYMNASIUM_COUNTS), row(CITY_NAME, SCHOOL_2, SCHOOL_2_COUNTS),
                row(DISTRICT_NAME, SOUTH_SCHOOL, SOUTH_SCHOOL_COUNTS)), run(Scope.region(), args(Parameter.LEVEL,
                Level.ORGANIZATION, EducationLevel.PARAMETER, "general")).rows(), "general education only");
        assertEquals(List.of(), run(Scope.organization(14), perOrganization).rows(), "a school without learners");
    }

    @Test
    void speaksEnglish() {
        FormRunner english = new FormRunner(database(), Locale.ENGLISH);
        ReportDefinition definition = english.run(form(), Scope.organization(10), Map.of(), D).definition();
        assertEquals("Learners by health group and medical group for physical education", definition.title());
        assertEquals("Learners' health", definition.category().title());
        assertEquals("health", definition.category().id());
        assertEquals(List.of("All organizations"), english.run(form(), Scope.region(), args(Parameter.LEVEL, Level.REGION), D)
                .column("unit"));
    }
}
