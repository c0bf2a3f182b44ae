package org.kontingent.report.forms.contingent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.ARTS_SCHOOL;
import static org.kontingent.report.support.testing.SmallRegion.CENTRE;
import static org.kontingent.report.support.testing.SmallRegion.CITY_NAME;
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

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.testkit.FormResult;
import org.kontingent.report.testkit.FormRunner;

class OrganizationRegistryFormTest extends Fixture {

    @Override
    protected ReportForm form() {
        return new OrganizationRegistryForm();
    }

    @Test
    void listsEveryOrganizationByMunicipalityAndFullName() {
        FormResult result = run(Scope.region(), Map.of());
        assertEquals(Arrays.asList(KINDERGARTEN, GYMNASIUM, SCHOOL_2, null, FOREST_SCHOOL, CENTRE, SOUTH_SCHOOL, ARTS_SCHOOL),
                result.column("short_name"));
        assertEquals(List.of(CITY_NAME, CITY_NAME, CITY_NAME, MINISTRY_NAME, DISTRICT_NAME, DISTRICT_NAME, DISTRICT_NAME,
                DISTRICT_NAME), result.column("municipality"));
    }

    @Test
    void givesAllOfAnOrganizationsDetails() {
        FormResult result = run(Scope.region(), Map.of());
        assertEquals(row(CITY_NAME, "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 1»", GYMNASIUM,
                "Гимназия", null, "Муниципальная собственность", "Общее образование", CITY_NAME, "69701000",
                "город Северск", "Северск", "г. Северск, ул. Ленина, 1", "7024000010", "702401001", "1027000000010",
                "+7 3823 10-10-10", "gym1@seversk.example", "https://gym1.example"), result.rowWhere("short_name", GYMNASIUM));
        assertEquals(row(MINISTRY_NAME, "КГБПОУ «Северский политехнический колледж»", null, "Колледж", null,
                "Собственность субъекта Российской Федерации", "Профессиональное образование", MINISTRY_NAME, "69701000",
                "город Северск", "Северск", "г. Северск, пр. Коммунистический, 17", "7024000017", "702401001",
                "1027000000017", "+7 3823 17-17-17", "college@seversk.example", null),
                result.rowWhere("full_name", "КГБПОУ «Северский политехнический колледж»"));
        assertEquals(List.of("Детский сад", "Общеразвивающего вида", "Дошкольное образование"),
                values(result, KINDERGARTEN, "type_name", "kind_name", "education_level"));
        assertEquals(List.of(DISTRICT_NAME, "Центр образования", "Несколько уровней", "Отдел образования Лесного поселения",
                "69612410", "Южный район", "Лесной"), values(result, CENTRE, "municipality", "type_name", "education_level",
                        "authority_name", "oktmo", "district", "settlement"));
    }

    /** Some values of the row of an organization, by its short name. */
    private static List<Object> values(FormResult result, String shortName, String... keys) {
        List<Object> row = result.rowWhere("short_name", shortName);
        return Arrays.stream(keys).map(key -> row.get(result.definition().columnIndex(key))).toList();
    }

    @Test
    void seesOnlyItsPartUnderAScope() {
        assertEquals(List.of(FOREST_SCHOOL, CENTRE, SOUTH_SCHOOL, ARTS_SCHOOL),
                run(Scope.authority(DISTRICT), Map.of()).column("short_name"));
        assertEquals(List.of(FOREST_SCHOOL, CENTRE), run(Scope.authority(SETTLEMENT_AUTHORITY), Map.of()).column("short_name"));
        assertEquals(List.of(SCHOOL_2), run(Scope.organization(11), Map.of()).column("short_name"));
    }

    @Test
    void filtersByAuthorityDistrictSettlementAndType() {
        assertEquals(List.of(FOREST_SCHOOL, CENTRE),
                run(Scope.region(), args(Parameter.AUTHORITY, SETTLEMENT_AUTHORITY)).column("short_name"));
        assertEquals(Arrays.asList(KINDERGARTEN, GYMNASIUM, SCHOOL_2, null),
                run(Scope.region(), args(Parameter.DISTRICT, "город Северск")).column("short_name"));
        assertEquals(List.of(SOUTH_SCHOOL, ARTS_SCHOOL),
                run(Scope.region(), args(Parameter.SETTLEMENT, "Южное")).column("short_name"));
        assertEquals(List.of(), run(Scope.region(), args(Parameter.DISTRICT, "г. Северск")).rows(),
                "the district as the registry holds it: no other spelling");
        assertEquals(List.of(SCHOOL_2, SOUTH_SCHOOL),
                run(Scope.region(), args(Parameter.ORGANIZATION_TYPE, "secondary-school")).column("short_name"));
        assertEquals(List.of(SOUTH_SCHOOL), run(Scope.authority(DISTRICT),
                args(Parameter.ORGANIZATION_TYPE, "secondary-school")).column("short_name"));
    }

    @Test
    void namesTheEducationLevelInTheRunsLanguage() {
        FormResult result = new FormRunner(database(), Locale.ENGLISH).run(form(), Scope.organization(15), Map.of(), D);
        assertEquals("Several levels", result.value(0, "education_level"));
    }
}
