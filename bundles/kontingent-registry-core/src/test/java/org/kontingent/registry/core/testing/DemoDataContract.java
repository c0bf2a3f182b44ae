package org.kontingent.registry.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.extension.DemoData;
import org.kontingent.registry.api.extension.ExtensionData;
import org.kontingent.registry.api.extension.Written;

/**
 * What every extension's part of a demo region must do, made as the demo loader makes it on the
 * generated region of the extension's {@code testing/demo-region.sql} (its test jar's, shared with
 * its report forms' tests): give the same rows for the same seed and others for another. Its
 * helpers check that every generated row is one the extension itself would take without a word,
 * and that the tables written are analyzed.
 */
public abstract class DemoDataContract extends ExtensionTestCase {
    /** The seed of the region's part the tests read. */
    protected static final long SEED = 42;

    private final DemoData demo;
    /** The rows the part of {@link #SEED} wrote into {@link #database}. */
    protected long rows;
    /** A second region, for the part made again. */
    private ExtensionDatabase again;

    protected DemoDataContract(ExtensionData extension, DemoData demo) {
        super(extension);
        this.demo = demo;
    }

    /** The tables the part writes, in the schema. */
    protected abstract List<String> tables();

    /** The columns left out when the rows of two parts are compared: their ids and what follows from them. */
    protected List<String> columnsNotCompared() {
        return List.of("id", "updated_at");
    }

    @Override
    protected final ExtensionDatabase startDatabase() throws Exception {
        ExtensionDatabase region = region();
        try {
            rows = generate(region, SEED);
            again = region();
        } catch (Exception | Error e) {
            region.close();
            throw e;
        }
        return region;
    }

    @AfterAll
    final void closeTheSecondRegion() throws IOException {
        again.close();
    }

    /** A database with the generated region of the extension's {@code testing/demo-region.sql}. */
    private ExtensionDatabase region() throws Exception {
        ExtensionDatabase region = ExtensionDatabase.migrated(extension.getClass());
        try {
            region.executeResource(getClass(), "/org/kontingent/extension/" + extension.id() + "/testing/demo-region.sql");
        } catch (Exception | Error e) {
            region.close();
            throw e;
        }
        return region;
    }

    /** Makes the part in a transaction of its own under the region's scope, as the demo loader does: its rows. */
    private long generate(ExtensionDatabase region, long seed) throws SQLException {
        return region.generate(demo, seed, TODAY);
    }

    /** The first column of the first row of {@link #database}, a number. */
    protected long count(String sql) throws SQLException {
        return database.count(sql);
    }

    /** Every row of the tables, as text, in key order (the columns not compared apart). */
    private List<String> content(ExtensionDatabase region) throws SQLException {
        String apart = columnsNotCompared().stream().map(c -> " - '" + c + "'").collect(Collectors.joining());
        return region.column("SELECT key || ' ' || (r" + apart + ")::text FROM (" + tables().stream()
                .map(t -> "SELECT key, to_jsonb(t) AS r FROM " + schema() + "." + t + " t")
                .collect(Collectors.joining(" UNION ALL ")) + ") x ORDER BY key");
    }

    /**
     * That every generated row, read back as an entry by the queries given (columns {@code key},
     * {@code person_id}, {@code organization_id}, {@code entity}, the entry's fields, and
     * {@code membership_id} when the row is attached to one), is written again by the extension
     * without a violation or a notice (and attached to the same membership), and that they are all
     * the rows the part wrote. Nothing is kept.
     */
    protected void assertEveryRowIsAnEntryTheExtensionTakes(List<String> queries) throws SQLException {
        int written = 0;
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                for (String sql : queries) {
                    for (Map<String, Object> row : ExtensionDatabase.rows(c, sql)) {
                        String key = (String) row.remove("key");
                        long person = ((Number) row.remove("person_id")).longValue();
                        long organization = ((Number) row.remove("organization_id")).longValue();
                        Object membership = row.remove("membership_id");
                        String entity = (String) row.remove("entity");
                        Written outcome;
                        try {
                            outcome = extension.write(c, entry(99, entity, key, person, organization, row));
                        } catch (InvalidRecordException e) {
                            throw new AssertionError(key + " " + row + ": " + e.violations(), e);
                        }
                        assertEquals(List.of(), outcome.notices(), key + " " + row);
                        if (membership != null) {
                            assertEquals(List.of(membership.toString()), ExtensionDatabase.rows(c, "SELECT membership_id FROM "
                                    + schema() + "." + table(entity) + " WHERE id = " + outcome.id()).stream()
                                    .map(r -> r.get("membership_id").toString()).toList(),
                                    key + ": attached to the membership it was made for");
                        }
                        written++;
                    }
                }
            } finally {
                c.rollback();
            }
        }
        assertEquals(rows, written, "every row generated");
    }

    /** That each table the part writes is analyzed: its statistics count its rows. */
    protected void assertTheTablesAreAnalyzed() throws SQLException {
        for (String table : tables()) {
            assertEquals(count("SELECT count(*) FROM " + schema() + "." + table), count("SELECT reltuples::bigint FROM pg_class"
                    + " WHERE oid = '" + schema() + "." + table + "'::regclass"), table + " is analyzed");
        }
    }

    @Test
    public void givesTheSameRowsForTheSameSeedAndOthersForAnother() throws Exception {
        assertEquals(rows, generate(again, SEED));
        List<String> first = content(database);
        assertEquals(first, content(again));
        again.execute("TRUNCATE " + tables().stream().map(t -> schema() + "." + t).collect(Collectors.joining(", ")));
        generate(again, SEED + 1);
        assertNotEquals(first, content(again));
    }
}
