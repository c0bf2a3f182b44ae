package org.kontingent.report.support.testing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kontingent.report.testkit.ReportDatabase;

/**
 * The small region the report forms' tests share ({@code region.sql} beside this class: read its
 * comments for who is where): its authorities and organizations by id and name, and helpers to
 * write arguments and expected rows. A form bundle's fixture loads it first and adds its own
 * classes, persons and memberships.
 */
public final class SmallRegion {
    public static final long MINISTRY = 1;
    public static final long CITY = 2;
    public static final long DISTRICT = 3;
    public static final long SETTLEMENT_AUTHORITY = 4;

    public static final String MINISTRY_NAME = "Министерство образования Северного края";
    public static final String CITY_NAME = "Комитет по образованию города Северска";
    public static final String DISTRICT_NAME = "Управление образования Южного района";

    /** Organizations by their short name (the college by its full name: it has no short one). */
    public static final String GYMNASIUM = "Гимназия № 1";
    public static final String SCHOOL_2 = "СОШ № 2";
    public static final String KINDERGARTEN = "Детский сад «Солнышко»";
    public static final String SOUTH_SCHOOL = "Южная СОШ";
    public static final String FOREST_SCHOOL = "Лесная ООШ";
    public static final String CENTRE = "Центр образования «Лесной»";
    public static final String ARTS_SCHOOL = "ДШИ Южного района";
    public static final String COLLEGE = "КГБПОУ «Северский политехнический колледж»";

    /** The cities or districts and the settlements, as the registry holds them. */
    public static final String SEVERSK_DISTRICT = "город Северск";
    public static final String SOUTH_DISTRICT = "Южный район";
    public static final String SEVERSK = "Северск";
    public static final String SOUTHERN = "Южное";
    public static final String FOREST = "Лесной";

    private SmallRegion() {
    }

    /** Loads the region's territories, authorities, organizations and academic years. */
    public static void load(ReportDatabase database) {
        database.executeResource(SmallRegion.class, "region.sql");
    }

    /** Arguments from name–value pairs, in order. */
    public static Map<String, Object> args(Object... pairs) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            arguments.put((String) pairs[i], pairs[i + 1]);
        }
        return arguments;
    }

    /** An expected row (nulls allowed). */
    public static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
