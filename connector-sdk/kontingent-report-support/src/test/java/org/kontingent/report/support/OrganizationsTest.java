package org.kontingent.report.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.CITY;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT;
import static org.kontingent.report.support.testing.SmallRegion.FOREST;
import static org.kontingent.report.support.testing.SmallRegion.SETTLEMENT_AUTHORITY;
import static org.kontingent.report.support.testing.SmallRegion.SEVERSK_DISTRICT;
import static org.kontingent.report.support.testing.SmallRegion.SOUTHERN;
import static org.kontingent.report.support.testing.SmallRegion.args;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.testkit.ReportDatabase;

/**
 * The organizations of the small region a run covers. Besides its eight (10–17), two mixed ones
 * under the city: 18 of a preschool type (a child development centre), 19 of a type the dictionary
 * does not know.
 */
class OrganizationsTest extends RegionTest {
    /** The selection as rows of id, name, municipality, settlement, level. */
    private static final ReportForm SELECTION = new TestForm(
            texts -> List.of(Parameter.authority(), Parameter.district(), Parameter.settlement(),
                    Parameter.organizationType(), Parameter.organization(), EducationLevel.parameter(texts)),
            List.of(Column.integer("id", "id"), Column.text("name", "name"), Column.text("municipality", "municipality"),
                    Column.text("settlement", "settlement"), Column.text("level", "level")),
            context -> Organizations.with(context.arguments())
                    .append("SELECT id, name, municipality_name, settlement, level FROM orgs ORDER BY id")
                    .run(context, row -> context.row(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5))));
    /** The ids of the selection as a text, and the number of all the scope's organizations. */
    private static final ReportForm IDS = new TestForm(
            texts -> List.of(Parameter.district(), Parameter.settlement()),
            List.of(Column.text("ids", "ids"), Column.integer("all", "all")),
            context -> {
                String ids = Arrays.toString(Organizations.ids(context));
                Organizations.with(context.arguments()).append(Organizations.ALL).append("SELECT count(*) FROM all_orgs")
                        .run(context, row -> context.row(ids, row.getLong(1)));
            });

    @Override
    protected void more(ReportDatabase database) {
        database.execute("""
                INSERT INTO registry.organization (id, authority_id, full_name, type_code, education_level, district,
                        settlement) VALUES
                    (18, 2, 'Центр развития ребёнка', 'child-development-center', 'mixed', 'город Северск', 'Северск'),
                    (19, 2, 'Образовательный комплекс', 'unlisted-type', 'mixed', 'город Северск', 'Северск');
                """);
    }

    private List<Object> ids(Scope scope, Map<String, ?> arguments) {
        return rows(SELECTION, scope, arguments).stream().map(row -> row.get(0)).toList();
    }

    private List<Object> ids(Map<String, ?> arguments) {
        return ids(Scope.region(), arguments);
    }

    @Test
    void givesEachOrganizationOfTheScopeWithItsNameMunicipalitySettlementAndLevel() {
        List<List<Object>> rows = rows(SELECTION, Scope.region(), Map.of());
        assertEquals(List.of(10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L), rows.stream().map(row -> row.get(0)).toList());
        assertEquals(List.of(10L, "Гимназия № 1", "Комитет по образованию города Северска", "Северск", "general"), rows.get(0));
        assertEquals(List.of(17L, "КГБПОУ «Северский политехнический колледж»", "Министерство образования Северного края",
                "Северск", "vocational"), rows.get(7), "no short name: the full one");
        assertEquals(List.of(10L, 11L, 12L, 18L, 19L), ids(Scope.authority(CITY), Map.of()));
        assertEquals(List.of(15L), ids(Scope.organization(15), Map.of()));
    }

    @Test
    void countsAMixedOrganizationAtItsTypesLevelElseAsGeneral() {
        List<List<Object>> rows = rows(SELECTION, Scope.region(), Map.of());
        assertEquals(List.of("general", "general", "preschool", "general", "general", "general", "additional", "vocational",
                "preschool", "general"), rows.stream().map(row -> row.get(4)).toList());
        assertEquals(List.of(10L, 11L, 13L, 14L, 15L, 19L), ids(args(EducationLevel.PARAMETER, "general")));
        assertEquals(List.of(12L, 18L), ids(args(EducationLevel.PARAMETER, "preschool")));
        assertEquals(List.of(16L), ids(args(EducationLevel.PARAMETER, "additional")));
        assertEquals(List.of(17L), ids(args(EducationLevel.PARAMETER, "vocational")));
    }

    @Test
    void countsAnOrganizationOfUnknownTypeAtItsOwnLevelAndAsGeneralWhenMixed() {
        ReportForm levels = new TestForm(texts -> List.of(), List.of(Column.text("level", "level")),
                context -> new Query().append("SELECT " + EducationLevel.of("v.level", "NULL")
                        + " FROM (VALUES (1, 'preschool'), (2, 'mixed'), (3, 'vocational')) v(n, level) ORDER BY v.n")
                        .run(context, row -> context.row(row.getString(1))));
        assertEquals(List.of(List.of("preschool"), List.of("general"), List.of("vocational")),
                rows(levels, Scope.region(), Map.of()));
    }

    @Test
    void takesAnAuthorityWithEveryAuthorityUnderIt() {
        assertEquals(List.of(13L, 14L, 15L, 16L), ids(args(Parameter.AUTHORITY, DISTRICT)));
        assertEquals(List.of(14L, 15L), ids(args(Parameter.AUTHORITY, SETTLEMENT_AUTHORITY)));
        assertEquals(List.of(14L, 15L), ids(Scope.authority(DISTRICT), args(Parameter.AUTHORITY, SETTLEMENT_AUTHORITY)));
        assertEquals(List.of(10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L), ids(args(Parameter.AUTHORITY, 1L)));
    }

    @Test
    void matchesADistrictAndASettlementExactlyAsTheRegistryHoldsThem() {
        assertEquals(List.of(10L, 11L, 12L, 17L, 18L, 19L), ids(args(Parameter.DISTRICT, SEVERSK_DISTRICT)));
        assertEquals(List.of(14L, 15L), ids(args(Parameter.SETTLEMENT, FOREST)));
        assertEquals(List.of(13L, 16L), ids(args(Parameter.SETTLEMENT, SOUTHERN, Parameter.DISTRICT, "Южный район")));
        assertEquals(List.of(), ids(args(Parameter.DISTRICT, "Город Северск")), "another case is another value");
        assertEquals(List.of(), ids(args(Parameter.SETTLEMENT, "лесной")));
        assertEquals(List.of(), ids(args(Parameter.SETTLEMENT, "Северск", Parameter.DISTRICT, "Южный район")));
    }

    @Test
    void takesATypeAndOneOrganization() {
        assertEquals(List.of(11L, 13L), ids(args(Parameter.ORGANIZATION_TYPE, "secondary-school")));
        assertEquals(List.of(13L), ids(args(Parameter.ORGANIZATION, 13L)));
        assertEquals(List.of(), ids(args(Parameter.ORGANIZATION, 13L, Parameter.AUTHORITY, CITY)));
        assertEquals(List.of(15L), ids(args(Parameter.ORGANIZATION_TYPE, "education-center", EducationLevel.PARAMETER,
                "general")));
    }

    @Test
    void givesTheIdsAndEveryOrganizationOfTheScopeWhateverTheFilters() {
        assertEquals(List.of(List.of("[14, 15]", 10L)), rows(IDS, Scope.region(), args(Parameter.SETTLEMENT, FOREST)));
        assertEquals(List.of(List.of("[]", 4L)), rows(IDS, Scope.authority(DISTRICT), args(Parameter.DISTRICT, SEVERSK_DISTRICT)));
    }

    @Test
    void titlesTheEducationLevelParameterFromTheFormsTexts() {
        Parameter parameter = EducationLevel.parameter(Texts.of(Locale.ENGLISH, TestForm.class));
        assertEquals(EducationLevel.PARAMETER, parameter.name());
        assertEquals("Education level", parameter.title());
        assertEquals(List.of(new Parameter.Option("preschool", "Preschool education"),
                new Parameter.Option("general", "General education"),
                new Parameter.Option("additional", "Additional education for children"),
                new Parameter.Option("vocational", "Vocational education")), parameter.options());
    }
}
