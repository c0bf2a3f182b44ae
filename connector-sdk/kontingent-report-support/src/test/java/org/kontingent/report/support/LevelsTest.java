package org.kontingent.report.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kontingent.report.support.testing.SmallRegion.ARTS_SCHOOL;
import static org.kontingent.report.support.testing.SmallRegion.CENTRE;
import static org.kontingent.report.support.testing.SmallRegion.CITY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.COLLEGE;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT_NAME;
import static org.kontingent.report.support.testing.SmallRegion.FOREST;
import static org.kontingent.report.support.testing.SmallRegion.FOREST_SCHOOL;
import static org.kontingent.report.support.testing.SmallRegion.MINISTRY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.args;
import static org.kontingent.report.support.testing.SmallRegion.row;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportArguments;
import org.kontingent.report.api.ReportException;
import org.kontingent.report.api.ReportForm;

/** The small region's organizations counted at each level. */
class LevelsTest extends RegionTest {
    /** Organizations per level: municipality, organization, organizations. */
    private static final ReportForm COUNT = new TestForm(
            texts -> List.of(Parameter.level(Level.MUNICIPALITY), Parameter.settlement()),
            List.of(Column.text("municipality", "municipality"), Column.text("organization", "organization"),
                    Column.count("organizations", "organizations")),
            context -> {
                Level level = Levels.of(context.arguments(), Level.MUNICIPALITY);
                Organizations.with(context.arguments())
                        .append(Levels.fill("SELECT $LEVEL, count(*) AS organizations FROM orgs o $GROUP"
                                + " ORDER BY municipality_name, municipality_id, organization_name, organization_id", level, "o"))
                        .run(context, row -> context.row(row.getString("municipality_name"),
                                row.getString("organization_name"), row.getLong("organizations")));
            });

    private List<List<Object>> count(Level level, Object... more) {
        Map<String, Object> arguments = args(more);
        arguments.put(Parameter.LEVEL, level);
        return rows(COUNT, Scope.region(), arguments);
    }

    @Test
    void groupsNothingForTheRegion() {
        assertEquals(List.of(row(null, null, 8L)), count(Level.REGION));
        assertEquals(List.of(row(null, null, 0L)), count(Level.REGION, Parameter.SETTLEMENT, "Нигде"),
                "one row even of no organizations");
    }

    @Test
    void groupsByMunicipality() {
        assertEquals(List.of(row(CITY_NAME, null, 3L), row(MINISTRY_NAME, null, 1L), row(DISTRICT_NAME, null, 4L)),
                count(Level.MUNICIPALITY));
        assertEquals(List.of(), count(Level.MUNICIPALITY, Parameter.SETTLEMENT, "Нигде"));
    }

    @Test
    void groupsByOrganizationWithinItsMunicipality() {
        List<List<Object>> rows = count(Level.ORGANIZATION);
        assertEquals(8, rows.size());
        assertEquals(row(MINISTRY_NAME, COLLEGE, 1L), rows.get(3));
        assertEquals(List.of(row(DISTRICT_NAME, FOREST_SCHOOL, 1L), row(DISTRICT_NAME, CENTRE, 1L)),
                count(Level.ORGANIZATION, Parameter.SETTLEMENT, FOREST));
        assertEquals(row(DISTRICT_NAME, ARTS_SCHOOL, 1L), rows.get(4));
    }

    @Test
    void addsMoreGroupingColumnsAfterTheLevels() {
        assertEquals(" GROUP BY o.type_code", Levels.groupBy(Level.REGION, "o", "o.type_code"));
        assertEquals(" GROUP BY o.municipality_id, o.municipality_name, o.type_code",
                Levels.groupBy(Level.MUNICIPALITY, "o", "o.type_code"));
        assertEquals(" GROUP BY o.municipality_id, o.municipality_name, o.id, o.name", Levels.groupBy(Level.ORGANIZATION, "o"));
        assertEquals("", Levels.groupBy(Level.REGION, "o"));
        assertEquals("SELECT o.municipality_id, o.municipality_name, NULL::bigint AS organization_id,"
                + " NULL::text AS organization_name FROM orgs o  GROUP BY o.municipality_id, o.municipality_name, o.type_code",
                Levels.fill("SELECT $LEVEL FROM orgs o $GROUP", Level.MUNICIPALITY, "o", "o.type_code"));
    }

    @Test
    void takesTheDefaultWithoutALevelAndRefusesOrganizationsWhereAFormCannot() {
        Texts english = Texts.of(Locale.ENGLISH, TestForm.class);
        assertEquals(Level.MUNICIPALITY, Levels.regionOrMunicipality(new ReportArguments(Map.of()), Level.MUNICIPALITY, english));
        assertEquals(Level.REGION, Levels.regionOrMunicipality(new ReportArguments(Map.of(Parameter.LEVEL, Level.REGION)),
                Level.MUNICIPALITY, english));
        ReportException refusal = assertThrows(ReportException.class, () -> Levels.regionOrMunicipality(
                new ReportArguments(Map.of(Parameter.LEVEL, Level.ORGANIZATION)), Level.REGION, english));
        assertEquals(Parameter.LEVEL, refusal.parameter());
        assertEquals("For the region or per municipality only.", refusal.getMessage());
    }
}
