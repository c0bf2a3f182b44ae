package org.kontingent.report.forms.statistics.internal;

import java.time.LocalDate;

import org.kontingent.report.testkit.ReportDatabase;

/** The test region (region.sql beside this class): names and days the tests refer to. */
final class Region {
    /** The day the learners are counted on by default: the tests' today. */
    static final LocalDate D = LocalDate.of(2026, 10, 1);
    /** The first day of the academic year. */
    static final LocalDate S = LocalDate.of(2026, 9, 1);

    static final long MINISTRY = 1;
    static final long NORTH = 2;
    static final long CITY = 3;
    static final long ZARECHNY = 4;

    static final String MINISTRY_NAME = "Министерство образования Энской области";
    static final String NORTH_NAME = "Управление образования Северного района";
    static final String CITY_NAME = "Комитет по образованию города Энска";

    static final String KINDERGARTEN = "Детский сад";
    static final String SCHOOL = "Средняя общеобразовательная школа";
    static final String GYMNASIUM = "Гимназия";
    static final String BOARDING_SCHOOL = "Школа-интернат";
    static final String COLLEGE = "Колледж";

    static final String NORTH_DISTRICT = "Северный район";
    static final String LUGOVOE = "село Луговое";

    private Region() {
    }

    static void load(ReportDatabase database) {
        database.executeResource(Region.class, "region.sql");
    }
}
