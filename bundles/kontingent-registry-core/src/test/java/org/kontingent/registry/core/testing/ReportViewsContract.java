package org.kontingent.registry.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.extension.ExtensionData;
import org.kontingent.registry.api.extension.ExtensionEntry;

/**
 * What every extension's published views {@code report.<id>_*} must do, read as the report engine
 * reads them (as the role kontingent_report, in a transaction with kontingent.report_scope set):
 * show what lies in the scope and nothing without one; have the columns the extension's README
 * documents; be all the role reads of the extension (not its tables, not the registry's, not its
 * functions), read only; and move the report data version when the extension writes. An
 * extension's test writes its rows when it starts its database and names its views, its counts in
 * each scope and what the views show of the rows.
 */
public abstract class ReportViewsContract extends ExtensionTestCase {
    protected ReportViewsContract(ExtensionData extension) {
        super(extension);
    }

    /** The views scoped to the user's, in the order of the counts of {@link #countsByScope}. */
    protected abstract List<String> scopedViews();

    /** Each scope and the rows of each scoped view in it; none in no scope or an empty one goes without saying. */
    protected abstract Map<String, List<Integer>> countsByScope();

    /** What the views show of the rows written, beyond their counts. */
    protected abstract void assertTheViewsShowTheRows() throws SQLException;

    /** Each published view, with its columns as the README documents them, in order. */
    protected abstract Map<String, String> documentedColumns();

    /** The extension's tables and the registry's that the report role may not read, as {@code <schema>.<table>}. */
    protected abstract List<String> unreadableTables();

    /** A query that calls one of the functions of the extension's schema, which the report role may not call. */
    protected abstract String functionCall();

    /** An entry whose write the report data version follows; deleted after. */
    protected abstract ExtensionEntry entryMovingTheDataVersion();

    /** Scopes and their counts given one after the other: {@code "region", List.of(3, 3), "organization:40", List.of(1, 1)}. */
    protected static Map<String, List<Integer>> inScopes(Object... scopesAndCounts) {
        Map<String, List<Integer>> scopes = new LinkedHashMap<>();
        for (int i = 0; i < scopesAndCounts.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<Integer> counts = (List<Integer>) scopesAndCounts[i + 1];
            scopes.put((String) scopesAndCounts[i], counts);
        }
        return scopes;
    }

    /** The first column of each row the report engine reads in the scope (null: none set). */
    protected List<String> read(String scope, String sql) throws SQLException {
        return database.asReport(scope, sql);
    }

    /** The rows of each scoped view in the scope, in the order of {@link #scopedViews}. */
    protected List<Integer> counts(String scope) throws SQLException {
        List<Integer> counts = new ArrayList<>();
        for (String view : scopedViews()) {
            counts.add(Integer.parseInt(read(scope, "SELECT count(*) FROM report." + view).get(0)));
        }
        return counts;
    }

    @Test
    public void showWhatLiesInTheScopeAndNothingWithoutOne() throws SQLException {
        for (Map.Entry<String, List<Integer>> scope : countsByScope().entrySet()) {
            assertEquals(scope.getValue(), counts(scope.getKey()), scope.getKey() + ": " + scopedViews());
        }
        List<Integer> none = Collections.nCopies(scopedViews().size(), 0);
        assertEquals(none, counts(null), "no scope, nothing");
        assertEquals(none, counts(""), "an empty scope, nothing");
        assertTheViewsShowTheRows();
    }

    @Test
    public void publishTheColumnsTheReadmeDocuments() throws SQLException {
        for (Map.Entry<String, String> view : documentedColumns().entrySet()) {
            assertEquals(view.getValue(), String.join(" ", read(null, "SELECT column_name FROM information_schema.columns"
                    + " WHERE table_schema = 'report' AND table_name = '" + view.getKey() + "' ORDER BY ordinal_position")),
                    view.getKey());
        }
    }

    @Test
    public void letTheReportRoleReadTheViewsAndNothingElse() throws SQLException {
        for (String view : scopedViews()) {
            read("region", "SELECT count(*) FROM report." + view);
        }
        for (String table : unreadableTables()) {
            SQLException denied = assertThrows(SQLException.class, () -> read("region", "SELECT count(*) FROM " + table), table);
            assertEquals("42501", denied.getSQLState(), table + ": " + denied.getMessage());
        }
        for (String view : documentedColumns().keySet()) {
            assertEquals(List.of("t f f f"), read(null, "SELECT concat_ws(' ', has_table_privilege('report." + view
                    + "', 'SELECT'), has_table_privilege('report." + view + "', 'INSERT'), has_table_privilege('report."
                    + view + "', 'UPDATE'), has_table_privilege('report." + view + "', 'DELETE'))"), view + ": read only");
        }
        SQLException written = assertThrows(SQLException.class, () -> read("region", "WITH d AS (DELETE FROM report."
                + extension.id() + "_dictionary RETURNING code) SELECT count(*) FROM d"));
        assertEquals("42501", written.getSQLState(), "the views are read only: " + written.getMessage());
        SQLException function = assertThrows(SQLException.class, () -> read("region", functionCall()));
        assertEquals("42501", function.getSQLState(), function.getMessage());
    }

    @Test
    public void moveTheReportDataVersionOnWrites() throws SQLException {
        long before = Long.parseLong(read(null, "SELECT report.data_version()").get(0));
        ExtensionEntry entry = entryMovingTheDataVersion();
        database.write(extension, List.of(entry));
        try {
            assertTrue(Long.parseLong(read(null, "SELECT report.data_version()").get(0)) > before,
                    "cached report results are not served after a " + entry.entity() + " is written");
        } finally {
            database.execute("DELETE FROM " + schema() + "." + table(entry.entity()) + " WHERE key = '" + entry.key() + "'");
        }
    }
}
