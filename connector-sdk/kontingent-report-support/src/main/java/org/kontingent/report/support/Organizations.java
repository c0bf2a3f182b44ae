package org.kontingent.report.support;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportArguments;
import org.kontingent.report.api.ReportContext;

/**
 * The organizations a run covers, as the common table expression {@code orgs}: the organizations
 * of the user's scope (the views do the scope) narrowed by the filters among the arguments —
 * {@value Parameter#AUTHORITY} with every authority under it, {@value Parameter#DISTRICT},
 * {@value Parameter#SETTLEMENT}, {@value Parameter#ORGANIZATION_TYPE},
 * {@value Parameter#ORGANIZATION} and {@value EducationLevel#PARAMETER}; a filter the form does
 * not have, or the user left empty, narrows nothing.
 *
 * <p>The columns of {@code orgs} (and of {@link #ALL}): id, name (the short name, else the full
 * one), municipality_id, municipality_name, settlement, type_code, level (the
 * {@linkplain EducationLevel level it counts at}).
 *
 * <p>"Under an authority" is taken from {@code report.authority} by a recursive query over
 * {@code parent_id} (the registry's closure table is not a report view): a few hundred
 * authorities at most, so it costs nothing beside the counts. A city or district and a settlement
 * match exactly the value the registry holds: the console offers the registry's own values.
 */
public final class Organizations {
    private static final String SELECT = """
                SELECT o.id, coalesce(o.short_name, o.full_name) AS name, o.municipality_id, o.municipality_name,
                       o.settlement, o.type_code, $LEVEL AS level
                  FROM report.organization o
                  LEFT JOIN report.dictionary t ON t.dictionary = 'organization-type' AND t.code = o.type_code
            """.replace("$LEVEL", EducationLevel.of("o.education_level", "t.parent_code"));

    /**
     * The common table expression {@code all_orgs}, to append after {@link #with}: every
     * organization of the scope, filters or not, with the columns of {@code orgs} — the other end
     * of a movement.
     */
    public static final String ALL = ", all_orgs AS MATERIALIZED (\n" + SELECT + ")\n";

    private Organizations() {
    }

    /**
     * Starts a query with {@code WITH RECURSIVE ... orgs AS (...)}; the caller goes on with
     * {@code , next AS (...)} or with the main {@code SELECT}.
     */
    public static Query with(ReportArguments arguments) {
        Query query = new Query().append("WITH RECURSIVE ");
        Long authority = arguments.number(Parameter.AUTHORITY);
        if (authority != null) {
            // the authority and everything under it, as far as the scope shows authorities
            query.append("""
                    under_authority(id) AS (
                        SELECT a.id FROM report.authority a WHERE a.id = ?
                        UNION
                        SELECT a.id FROM report.authority a JOIN under_authority u ON a.parent_id = u.id
                    ),
                    """, authority);
        }
        query.append("orgs AS MATERIALIZED (\n    SELECT * FROM (\n" + SELECT + "     WHERE TRUE");
        if (authority != null) {
            query.append(" AND o.authority_id IN (SELECT id FROM under_authority)");
        }
        equal(query, "o.district", arguments.text(Parameter.DISTRICT));
        equal(query, "o.settlement", arguments.text(Parameter.SETTLEMENT));
        equal(query, "o.type_code", arguments.text(Parameter.ORGANIZATION_TYPE));
        equal(query, "o.id", arguments.number(Parameter.ORGANIZATION));
        query.append("\n    ) o WHERE TRUE");
        equal(query, "o.level", arguments.text(EducationLevel.PARAMETER));
        return query.append("\n)\n");
    }

    /**
     * The ids of the organizations the run covers, in order: for a count that reads many rows,
     * handed to it as an array ({@code = ANY (?)}), so the planner sees how many it reads instead
     * of guessing at the views' scope condition.
     */
    public static Long[] ids(ReportContext context) throws SQLException {
        List<Long> ids = new ArrayList<>();
        with(context.arguments()).append("SELECT id FROM orgs ORDER BY id").run(context, row -> ids.add(row.getLong(1)));
        return ids.toArray(Long[]::new);
    }

    private static void equal(Query query, String column, Object value) {
        if (value != null) {
            query.append(" AND " + column + " = ?", value);
        }
    }
}
