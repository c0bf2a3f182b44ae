package org.kontingent.report.forms.preschool.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.CITY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT_NAME;
import static org.kontingent.report.support.testing.SmallRegion.args;
import static org.kontingent.report.support.testing.SmallRegion.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportForm;

/**
 * The distributions by age group, group type and stay mode. On 2026-03-01: 12 — 2001 (middle, full day, general
 * developmental), 2002 (middle, short stay, general developmental), 2004 (no enrollment); 19 — 2005 (early, full
 * day, combined), 2006 (early, extended day, compensating); 18 — 2009 (mixed-age, shortened day, compensating),
 * 2010 (mixed-age, short stay from the enrollment written last, family).
 */
class DistributionFormsTest {

    @Nested
    class AgeGroups extends Fixture {
        @Override
        protected ReportForm form() {
            return new AgeGroupsForm();
        }

        @Test
        void countsTheChildrenByAgeGroupPerMunicipality() {
            assertEquals(List.of(row(CITY_NAME, CITY_NAME, 5L, 0L, 2L, 0L, 2L, 0L, 0L, 0L, 1L),
                    row(DISTRICT_NAME, DISTRICT_NAME, 2L, 0L, 0L, 0L, 0L, 0L, 0L, 2L, 0L)), run(Scope.region(), Map.of()).rows());
        }

        @Test
        void countsPerOrganizationOnTheDayAsked() {
            // on 2025-12-01 also 2003 (senior) at 12 and 2007 (preparatory) at 18; not yet 2006 at 19
            assertEquals(List.of(row(CITY_NAME, SOLNYSHKO, 4L, 0L, 0L, 0L, 2L, 1L, 0L, 0L, 1L),
                    row(CITY_NAME, RADUGA, 1L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L),
                    row(DISTRICT_NAME, BERYOZKA, 3L, 0L, 0L, 0L, 0L, 0L, 1L, 2L, 0L)),
                    run(Scope.region(), args(Parameter.LEVEL, Level.ORGANIZATION, Parameter.DATE, LocalDate.of(2025, 12, 1)))
                            .rows());
            assertEquals(List.of(row(null, "Все дошкольные организации", 7L, 0L, 2L, 0L, 2L, 0L, 0L, 2L, 1L)),
                    run(Scope.region(), args(Parameter.LEVEL, Level.REGION)).rows());
            assertEquals(List.of(row(CITY_NAME, CITY_NAME, 2L, 0L, 2L, 0L, 0L, 0L, 0L, 0L, 0L)),
                    run(Scope.region(), args(Parameter.ORGANIZATION_TYPE, "child-development-center")).rows(), "19 only");
        }
    }

    @Nested
    class GroupTypes extends Fixture {
        @Override
        protected ReportForm form() {
            return new GroupTypesForm();
        }

        @Test
        void countsTheChildrenByGroupType() {
            assertEquals(List.of(row(CITY_NAME, CITY_NAME, 5L, 2L, 1L, 0L, 1L, 0L, 0L, 1L),
                    row(DISTRICT_NAME, DISTRICT_NAME, 2L, 0L, 1L, 0L, 0L, 0L, 1L, 0L)), run(Scope.region(), Map.of()).rows());
            assertEquals(List.of(row(CITY_NAME, RADUGA, 2L, 0L, 1L, 0L, 1L, 0L, 0L, 0L)),
                    run(Scope.organization(19), args(Parameter.LEVEL, Level.ORGANIZATION)).rows());
        }
    }

    @Nested
    class StayModes extends Fixture {
        private static final String CITY_DISTRICT = "город Северск";

        @Override
        protected ReportForm form() {
            return new StayModesForm();
        }

        @Test
        void countsTheChildrenOfEachKindergartenByStayModeWithItsPlaceAuthorityAndKind() {
            assertEquals(List.of(
                    row(CITY_NAME, SOLNYSHKO, CITY_DISTRICT, "Северск", CITY_NAME, "Общеразвивающего вида",
                            3L, 1L, 0L, 1L, 0L, 0L, 1L),
                    row(CITY_NAME, RADUGA, CITY_DISTRICT, "Северск", CITY_NAME, "Комбинированного вида",
                            2L, 0L, 0L, 1L, 1L, 0L, 0L),
                    row(DISTRICT_NAME, BERYOZKA, "Южный район", "Южное", DISTRICT_NAME, "Компенсирующего вида",
                            2L, 1L, 1L, 0L, 0L, 0L, 0L)), run(Scope.region(), Map.of()).rows());
        }

        @Test
        void showsEveryKindergartenOfTheFiltersEvenWithoutChildren() {
            assertEquals(List.of(row(CITY_NAME, RADUGA, CITY_DISTRICT, "Северск", CITY_NAME, "Комбинированного вида",
                    0L, 0L, 0L, 0L, 0L, 0L, 0L)), run(Scope.region(), args(Parameter.DATE, LocalDate.of(2025, 8, 31),
                            Parameter.ORGANIZATION_TYPE, "child-development-center")).rows(), "19's children came later");
            assertEquals(List.of(), run(Scope.region(), args(Parameter.SETTLEMENT, "Лесной")).rows(), "no kindergarten there");
        }
    }
}
