package org.kontingent.report.forms.preschool.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Column;
import org.kontingent.report.support.Rows;
import org.kontingent.report.support.Texts;

/**
 * The children of the preschool organizations on a day distributed by one code of their enrollment
 * (the preschool extension's counts, {@code report.preschool_child_count}): a column per code of
 * its dictionary, in the dictionary's order, and the children whose membership has no enrollment.
 * A child counts where their learner membership holds on the day ({@code starts_on <= day <
 * ends_on}); of several enrollments of one membership by the organization (from several sources)
 * the one written last.
 *
 * @param column the enrollment's column: {@code age_group}, {@code stay_mode} or {@code group_type}
 * @param codes the codes of its dictionary, as the extension's {@code report.preschool_dictionary} has them
 */
record Distribution(String column, List<String> codes) {
    static final Distribution AGE_GROUP = new Distribution("age_group",
            List.of("infant", "early", "junior", "middle", "senior", "preparatory", "mixed-age"));
    static final Distribution STAY_MODE = new Distribution("stay_mode",
            List.of("short-stay", "shortened-day", "full-day", "extended-day", "round-the-clock"));
    static final Distribution GROUP_TYPE = new Distribution("group_type",
            List.of("general-developmental", "compensating", "health-improving", "combined", "care-and-supervision", "family"));

    /**
     * The common table expression {@code enrolled} (organization_id, code, children: the children on
     * the day counted by organization and code, summed from the extension's counts), to append after
     * {@code orgs}. It is materialized: summed once, not again for each organization the form's rows
     * join it to. Its placeholders: the organizations' ids, the day twice.
     */
    String enrolled() {
        return """
                , enrolled AS MATERIALIZED (
                    SELECT c.organization_id, c.$COLUMN AS code, sum(c.children) AS children
                      FROM report.preschool_child_count c
                     WHERE c.organization_id = ANY (?) AND c.starts_on <= ? AND (c.ends_on IS NULL OR ? < c.ends_on)
                     GROUP BY c.organization_id, c.$COLUMN
                )
                """.replace("$COLUMN", column);
    }

    /** The aggregates over {@code enrolled} rows {@code c} (left-joined or not): children, a sum per code, not_stated. */
    String counts() {
        StringBuilder sql = new StringBuilder("coalesce(sum(c.children), 0) AS children");
        for (int i = 0; i < codes.size(); i++) {
            sql.append(", coalesce(sum(c.children) FILTER (WHERE c.code = '").append(codes.get(i)).append("'), 0) AS code_")
                    .append(i);
        }
        return sql.append(", coalesce(sum(c.children) FILTER (WHERE c.code IS NULL), 0) AS not_stated").toString();
    }

    /** The columns: children, a column per code titled {@code <column>.<code>}, children not stated. */
    List<Column> columns(Texts texts) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.count("children", texts.get("column.children")));
        for (String code : codes) {
            columns.add(Column.count(key(code), texts.get(column + "." + code)));
        }
        columns.add(Column.count("notStated", texts.get("column.notStated")));
        return columns;
    }

    /** The keys of the code columns, for a chart. */
    List<String> keys() {
        return codes.stream().map(Distribution::key).toList();
    }

    /** The values of the columns, from a row of {@link #counts()}. */
    List<Object> values(ResultSet row) throws SQLException {
        List<Object> values = new ArrayList<>();
        values.add(Rows.whole(row, "children"));
        for (int i = 0; i < codes.size(); i++) {
            values.add(Rows.whole(row, "code_" + i));
        }
        values.add(Rows.whole(row, "not_stated"));
        return values;
    }

    /** A code as a column key: {@code general-developmental} → {@code generalDevelopmental}. */
    private static String key(String code) {
        StringBuilder key = new StringBuilder();
        for (String word : code.split("-")) {
            key.append(key.length() == 0 ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        return key.toString();
    }
}
