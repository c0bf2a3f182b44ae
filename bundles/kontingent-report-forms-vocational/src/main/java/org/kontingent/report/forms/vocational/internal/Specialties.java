package org.kontingent.report.forms.vocational.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.kontingent.report.api.Column;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.support.Levels;
import org.kontingent.report.support.Texts;

/**
 * What the forms by specialty share: the organization filters, the first columns (municipality,
 * unit, specialty code and name), and the rows' grouping by unit and specialty. A student whose
 * programme the extension does not know is counted under the specialty "not given", without a
 * code, after the others.
 */
final class Specialties {
    private Specialties() {
    }

    /** The parameters given, then the level (by default per organization) and the organization filters. */
    static List<Parameter> parameters(Parameter... first) {
        List<Parameter> parameters = new ArrayList<>(List.of(first));
        parameters.addAll(List.of(Parameter.level(Level.ORGANIZATION), Parameter.authority(), Parameter.district(),
                Parameter.settlement()));
        return parameters;
    }

    /** Municipality, unit, specialty code and specialty name, then the columns given. */
    static List<Column> columns(Texts texts, Column... counts) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("municipality", texts.get("column.municipality")),
                Column.text("unit", texts.get("column.unit")),
                Column.text("specialtyCode", texts.get("column.specialtyCode")),
                Column.text("specialty", texts.get("column.specialty"))));
        columns.addAll(List.of(counts));
        return columns;
    }

    /** Subtotals per municipality and per unit. */
    static List<String> grouping() {
        return List.of("municipality", "unit");
    }

    /**
     * A count of the rows {@code c}: a column of the form (a quoted identifier in the SQL) and the
     * condition of the rows it counts, or null for all of them.
     */
    record Count(String column, String condition) {
        static Count of(String column, String condition) {
            return new Count(column, condition);
        }

        static Count all(String column) {
            return new Count(column, null);
        }

        private String counted() {
            return "count(*)" + (condition == null ? "" : " FILTER (WHERE " + condition + ")") + " AS \"" + column + "\"";
        }

        private String summed() {
            return "sum(c.\"" + column + "\") AS \"" + column + "\"";
        }
    }

    /**
     * The rest of a form's statement after the common table expression {@code c} (organization_id,
     * specialty_code and what the counts read, a row per learner): the rows are counted per
     * organization and specialty first — a few hundred counts instead of sorting every learner by
     * the names of their unit — then named and summed per unit of the level and specialty, sorted
     * by unit and specialty code (the unknown last). The row has the level's columns,
     * specialty_code, specialty_name, the counts by their columns and the expressions given over
     * the sums {@code c} (an expression reads a count as {@code sum(c."column")}).
     */
    static String select(Level level, List<Count> counts, String... expressions) {
        String counted = counts.stream().map(Count::counted).collect(Collectors.joining(", "));
        String summed = Stream.concat(counts.stream().map(Count::summed), Stream.of(expressions))
                .collect(Collectors.joining(", "));
        String sql = """
                , counted AS (
                    SELECT c.organization_id, c.specialty_code, $COUNTED
                      FROM c
                     GROUP BY c.organization_id, c.specialty_code
                ), named AS (
                    SELECT n.*, s.name AS specialty_name
                      FROM counted n
                      LEFT JOIN report.vocational_dictionary s ON s.dictionary = 'specialty' AND s.code = n.specialty_code
                )
                SELECT $LEVEL, c.specialty_code, c.specialty_name, $SUMMED
                  FROM named c
                  JOIN orgs o ON o.id = c.organization_id
                $GROUP
                 ORDER BY municipality_name, municipality_id, organization_name, organization_id, specialty_code NULLS LAST
                """.replace("$COUNTED", counted).replace("$SUMMED", summed);
        return Levels.fill(sql, level, "o", "c.specialty_code", "c.specialty_name");
    }

    /**
     * The first values of a row of {@link #fill}: the municipality, the unit's name (the text
     * {@code unit.region} for the region), the specialty's code and name (the text
     * {@code specialty.unknown} for a specialty not given).
     */
    static List<Object> first(ResultSet row, Level level, Texts texts) throws SQLException {
        List<Object> values = new ArrayList<>();
        values.add(row.getString("municipality_name"));
        values.add(Levels.unitName(row, level, texts.get("unit.region")));
        values.add(row.getString("specialty_code"));
        String name = row.getString("specialty_name");
        values.add(name != null ? name : texts.get("specialty.unknown"));
        return values;
    }
}
