package org.kontingent.report.forms.preschool.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.CITY;
import static org.kontingent.report.support.testing.SmallRegion.CITY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT_NAME;
import static org.kontingent.report.support.testing.SmallRegion.GYMNASIUM;
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
 * The queue and its age categories. In the queue on 2026-03-01 (age in months, wanted date): city — 210 for 12 (13,
 * come), 211 for 12 and 19 (21, to come, first-priority), 214 for 12 (37, come; enrolled only on 2026-04-01), 217 for
 * 19 (93, come), 218 for the gymnasium 10 (28, to come); district — 212 for 18 (52, come, sibling), 213 for 18 (3, to
 * come). Free places on the day: 12 — 1 in each of its two groups, 19 — none, 18 — 3.
 */
class QueueFormsTest {

    @Nested
    class Waiting extends Fixture {
        @Override
        protected ReportForm form() {
            return new QueueForm();
        }

        @Test
        void countsTheChildrenWaitingOncePerMunicipalityBesideAttendingAndFreePlaces() {
            assertEquals(List.of(row(CITY_NAME, CITY_NAME, 5L, 3L, 3L, 1L, 5L, 2L),
                    row(DISTRICT_NAME, DISTRICT_NAME, 2L, 1L, 1L, 1L, 2L, 3L)), run(Scope.region(), Map.of()).rows());
            assertEquals(List.of(row(null, "Все дошкольные организации", 7L, 4L, 4L, 2L, 7L, 5L)),
                    run(Scope.region(), args(Parameter.LEVEL, Level.REGION)).rows());
        }

        @Test
        void countsPerOrganizationAppliedFor() {
            assertEquals(List.of(row(CITY_NAME, GYMNASIUM, 1L, 0L, 1L, 0L, 0L, 0L),
                    row(CITY_NAME, SOLNYSHKO, 3L, 2L, 2L, 1L, 3L, 2L),
                    row(CITY_NAME, RADUGA, 2L, 1L, 1L, 1L, 2L, 0L),
                    row(DISTRICT_NAME, BERYOZKA, 2L, 1L, 1L, 1L, 2L, 3L)),
                    run(Scope.region(), args(Parameter.LEVEL, Level.ORGANIZATION)).rows());
            assertEquals(List.of(row(CITY_NAME, CITY_NAME, 2L, 1L, 1L, 1L, 2L, 0L)), run(Scope.region(),
                    args(Parameter.ORGANIZATION_TYPE, "child-development-center")).rows(), "19 only: 211 and 217");
        }

        @Test
        void takesTheQueueAndThePlacesOfTheDayAsked() {
            // on 2026-04-01 214 is enrolled, 216 waits (registered on 03-02, 27 months old, wanting 09-01)
            assertEquals(List.of(row(CITY_NAME, CITY_NAME, 5L, 2L, 4L, 1L, 5L, 2L)), run(Scope.authority(CITY),
                    args(Parameter.DATE, LocalDate.of(2026, 4, 1))).rows());
            // on 2025-10-15: 213 and 218 not registered yet, 215 still waiting (refused on 2026-01-10), 214 32 months
            // old; attending 2001–2003, 2005 and 2007, 2009, 2010; free places: 121 1, 122 1 (2003 there, 2004 not
            // yet), 191 1 (2005), 181 2 (2007, 2009)
            assertEquals(List.of(row(CITY_NAME, CITY_NAME, 5L, 4L, 4L, 1L, 4L, 3L),
                    row(DISTRICT_NAME, DISTRICT_NAME, 1L, 1L, 0L, 1L, 3L, 2L)),
                    run(Scope.region(), args(Parameter.DATE, LocalDate.of(2025, 10, 15))).rows());
        }
    }

    @Nested
    class Ages extends Fixture {
        @Override
        protected ReportForm form() {
            return new QueueAgesForm();
        }

        @Test
        void countsTheChildrenWaitingByAgeCategory() {
            assertEquals(List.of(
                    row(CITY_NAME, CITY_NAME, 5L, 0L, 1L, 1L, 1L, 1L, 0L, 0L, 0L, 1L, 3L, 1L),
                    row(DISTRICT_NAME, DISTRICT_NAME, 2L, 1L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 1L, 1L)),
                    run(Scope.region(), Map.of()).rows());
            assertEquals(List.of(row(null, "Все дошкольные организации", 7L, 1L, 1L, 1L, 1L, 1L, 1L, 0L, 0L, 1L, 4L, 2L)),
                    run(Scope.region(), args(Parameter.LEVEL, Level.REGION)).rows());
        }

        @Test
        void takesTheAgeOnTheDayAsked() {
            // on 2026-06-01: 210 is 16 months old, 211 24, 216 29, 218 31, 217 96; 214 is enrolled
            assertEquals(List.of(row(CITY_NAME, CITY_NAME, 5L, 0L, 1L, 0L, 3L, 0L, 0L, 0L, 0L, 1L, 4L, 0L)),
                    run(Scope.authority(CITY), args(Parameter.DATE, LocalDate.of(2026, 6, 1))).rows());
        }
    }
}
