package org.kontingent.report.forms.additional.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.support.Levels;
import org.kontingent.report.support.Texts;

/**
 * What the additional education forms share: the category, the organization filters, the first
 * columns (municipality, unit and a code of one of the extension's dictionaries by its name), and
 * the rows' grouping by unit and code, in the dictionary's order, rows without a code last. The
 * codes are named by the forms' own texts, so that they read in the run's language.
 */
final class Units {
    /** The catalogue group of the forms. */
    static final String CATEGORY = Category.ADDITIONAL;

    private Units() {
    }

    /** The parameters given, then the level (by default per organization) and the organization filters. */
    static List<Parameter> parameters(Parameter... first) {
        List<Parameter> parameters = new ArrayList<>(List.of(first));
        parameters.addAll(List.of(Parameter.level(Level.ORGANIZATION), Parameter.authority(), Parameter.district(),
                Parameter.settlement(), Parameter.organizationType()));
        return parameters;
    }

    /** Municipality, unit and the code's column (titled {@code column.<codeColumn>}), then the columns given. */
    static List<Column> columns(Texts texts, String codeColumn, List<Column> counts) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("municipality", texts.get("column.municipality")),
                Column.text("unit", texts.get("column.unit")), Column.text(codeColumn, texts.get("column." + codeColumn))));
        columns.addAll(counts);
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
    }

    /**
     * The rest of a form's statement after the common table expression {@code c} (organization_id,
     * code and what the counts read): the rows are counted per organization and code first — a
     * few thousand counts instead of sorting every learner by the names of their unit — then
     * {@linkplain #sum summed}.
     */
    static String select(Level level, String dictionary, List<Count> counts, String... expressions) {
        String counted = counts.stream().map(Count::counted).collect(Collectors.joining(", "));
        return """
                , counted AS (
                    SELECT c.organization_id, c.code, $COUNTED
                      FROM c
                     GROUP BY c.organization_id, c.code
                )
                """.replace("$COUNTED", counted) + sum(level, dictionary, counts.stream().map(Count::column).toList(), expressions);
    }

    /**
     * The rest of a form's statement after the common table expression {@code counted}
     * (organization_id, code, a column per count, quoted by the form's column names): named by the
     * extension's dictionary and summed per unit of the level and code, sorted by unit and by the
     * code's place in the dictionary (rows without a code last). The row has the level's columns,
     * code, code_name, the counts by their columns and the expressions given over the sums {@code c}
     * (an expression reads a count as {@code sum(c."column")}).
     */
    static String sum(Level level, String dictionary, List<String> columns, String... expressions) {
        String summed = Stream.concat(columns.stream().map(c -> "sum(c.\"" + c + "\") AS \"" + c + "\""), Stream.of(expressions))
                .collect(Collectors.joining(", "));
        String sql = """
                , named AS (
                    SELECT n.*, d.name AS code_name, d.sort_order AS code_order
                      FROM counted n
                      LEFT JOIN report.additional_dictionary d ON d.dictionary = '$DICTIONARY' AND d.code = n.code
                )
                SELECT $LEVEL, c.code, c.code_name, c.code_order, $SUMMED
                  FROM named c
                  JOIN orgs o ON o.id = c.organization_id
                $GROUP
                 ORDER BY municipality_name, municipality_id, organization_name, organization_id, code_order NULLS LAST
                """.replace("$SUMMED", summed).replace("$DICTIONARY", dictionary);
        return Levels.fill(sql, level, "o", "c.code", "c.code_name", "c.code_order");
    }

    /**
     * The first values of a row of {@link #select}: the municipality, the unit's name (the text
     * {@code unit.region} for the region), the code's name — the text {@code <prefix>.<code>} in the
     * run's language, else (a code newer than the form) the dictionary's name, and the text
     * {@code <prefix>.unknown} for a row without a code.
     */
    static List<Object> first(ResultSet row, Level level, Texts texts, String prefix) throws SQLException {
        List<Object> values = new ArrayList<>();
        values.add(row.getString("municipality_name"));
        values.add(Levels.unitName(row, level, texts.get("unit.region")));
        String code = row.getString("code");
        if (code == null) {
            values.add(texts.get(prefix + ".unknown"));
        } else {
            String name;
            try {
                name = texts.get(prefix + "." + code);
            } catch (IllegalStateException e) {
                name = row.getString("code_name");
            }
            values.add(name);
        }
        return values;
    }
}
