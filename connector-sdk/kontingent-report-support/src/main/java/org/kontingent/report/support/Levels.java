package org.kontingent.report.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportArguments;
import org.kontingent.report.api.ReportException;

/**
 * The level a form gives its rows at — the region, each municipality, each organization — as the
 * columns its rows are grouped by. Every level gives the same four columns, so one query serves
 * all levels: municipality_id, municipality_name, organization_id, organization_name, each null
 * above the level. So a region's rows have an empty municipality, which the engine does not
 * subtotal.
 */
public final class Levels {
    private Levels() {
    }

    /** The level asked for ({@value Parameter#LEVEL}), or the one given when none is. */
    public static Level of(ReportArguments arguments, Level byDefault) {
        return arguments.level() == null ? byDefault : arguments.level();
    }

    /**
     * The level of a form that gives rows for the region or per municipality only.
     *
     * @throws ReportException for the organization level, with the text {@code error.levelOrganization}
     */
    public static Level regionOrMunicipality(ReportArguments arguments, Level byDefault, Texts texts) {
        Level level = of(arguments, byDefault);
        if (level == Level.ORGANIZATION) {
            throw new ReportException(Parameter.LEVEL, texts.get("error.levelOrganization"));
        }
        return level;
    }

    /**
     * The four grouping columns of a level, for a select list, from the organization {@code alias}
     * (a row of {@code orgs}): municipality_id, municipality_name, organization_id,
     * organization_name, null above the level.
     */
    public static String columns(Level level, String alias) {
        String municipality = level == Level.REGION ? "NULL::bigint AS municipality_id, NULL::text AS municipality_name"
                : alias + ".municipality_id, " + alias + ".municipality_name";
        String organization = level == Level.ORGANIZATION ? alias + ".id AS organization_id, " + alias + ".name AS organization_name"
                : "NULL::bigint AS organization_id, NULL::text AS organization_name";
        return municipality + ", " + organization;
    }

    /**
     * SQL with a level put in: its {@linkplain #columns columns} for {@code $LEVEL} and its
     * {@linkplain #groupBy GROUP BY clause} (followed by more) for {@code $GROUP}.
     */
    public static String fill(String sql, Level level, String alias, String... more) {
        return sql.replace("$LEVEL", columns(level, alias)).replace("$GROUP", groupBy(level, alias, more));
    }

    /**
     * The {@code GROUP BY} clause of a level's columns followed by more: empty for the region with
     * nothing more, so that an aggregate gives its one row even over no organizations.
     */
    public static String groupBy(Level level, String alias, String... more) {
        List<String> columns = new ArrayList<>();
        if (level != Level.REGION) {
            columns.add(alias + ".municipality_id");
            columns.add(alias + ".municipality_name");
        }
        if (level == Level.ORGANIZATION) {
            columns.add(alias + ".id");
            columns.add(alias + ".name");
        }
        columns.addAll(Arrays.asList(more));
        return columns.isEmpty() ? "" : " GROUP BY " + String.join(", ", columns);
    }

    /**
     * The name of a row's unit at a level, from the {@linkplain #columns columns} of the level: the
     * text given for the region, else the municipality's or the organization's name.
     */
    public static String unitName(ResultSet row, Level level, String region) throws SQLException {
        return switch (level) {
            case REGION -> region;
            case MUNICIPALITY -> row.getString("municipality_name");
            case ORGANIZATION -> row.getString("organization_name");
        };
    }
}
