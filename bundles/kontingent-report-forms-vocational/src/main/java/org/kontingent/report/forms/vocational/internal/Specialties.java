package org.kontingent.report.forms.vocational.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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
     * The select list and grouping of a level and a specialty, from the organization {@code o} and
     * the rows {@code c} with specialty_code and specialty_name: {@code $LEVEL} and {@code $GROUP},
     * sorted by unit and specialty code (the unknown last) with {@code $ORDER}.
     */
    static String fill(String sql, Level level) {
        return Levels.fill(sql.replace("$LEVEL", "$LEVEL, c.specialty_code, c.specialty_name"), level, "o",
                "c.specialty_code", "c.specialty_name")
                .replace("$ORDER", "ORDER BY municipality_name, municipality_id, organization_name, organization_id,"
                        + " specialty_code NULLS LAST");
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
