package org.kontingent.registry.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.kontingent.registry.api.extension.DemoData;
import org.kontingent.registry.api.extension.ExtensionData;
import org.kontingent.registry.api.extension.ExtensionEntry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An education-level extension's test database: a real PostgreSQL (embedded) with the registry
 * core's migrations and then the extension bundle's, in version order, as the platform applies
 * them (an extension's migrations come after the registry's), and what the extension's tests read
 * it with: statements, a column as text, a count, rows as maps, the published report views as the
 * report engine reads them, entries written through the extension, and the extension's part of a
 * demo region made as the demo loader makes it. Shared with the extension bundles as this module's test jar; the caller closes it.
 */
public final class ExtensionDatabase implements AutoCloseable {
    private final EmbeddedPostgres postgres;

    private ExtensionDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * A new database with the registry's migrations and those of the bundle of the class given.
     *
     * @param anchor any class of the extension's bundle (its jar or classes folder holds {@code /db/migration})
     */
    public static ExtensionDatabase migrated(Class<?> anchor) throws IOException, SQLException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            RegistryDatabase.migrate(c);
            RegistryDatabase.migrateBundle(c, anchor);
        } catch (SQLException | RuntimeException | Error e) {
            postgres.close();
            throw e;
        }
        return new ExtensionDatabase(postgres);
    }

    /**
     * A new database with the registry's migrations, those of the bundle of the class given, and
     * the rows of a region written by the SQL given.
     */
    public static ExtensionDatabase withRegion(Class<?> anchor, String regionSql) throws IOException, SQLException {
        ExtensionDatabase database = migrated(anchor);
        try {
            database.execute(regionSql);
        } catch (SQLException | RuntimeException | Error e) {
            database.close();
            throw e;
        }
        return database;
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    /** Runs SQL (one statement or several) as the database's owner. */
    public void execute(String sql) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Runs the SQL of a resource (a region's rows) read with the class given, as UTF-8. */
    public void executeResource(Class<?> anchor, String resource) throws SQLException {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No resource " + resource + " beside " + anchor.getName());
            }
            execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first column of each row, as text. */
    public List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** The first column of the first row, a number. */
    public long count(String sql) throws SQLException {
        return Long.parseLong(column(sql).get(0));
    }

    /** The first row as column label → value (nulls kept, days as {@link java.sql.Date}), or null when there is none. */
    public Map<String, Object> row(String sql) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                return null;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
            }
            return row;
        }
    }

    /**
     * An extension's dictionaries as its table {@code <schema>.dictionary_entry} holds them:
     * dictionary → (code → name, in the dictionary's order), to compare with those of its code.
     */
    public Map<String, Map<String, String>> dictionaries(String schema) throws SQLException {
        Map<String, Map<String, String>> dictionaries = new LinkedHashMap<>();
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT dictionary, code, name FROM " + schema + ".dictionary_entry"
                        + " ORDER BY dictionary, sort_order")) {
            while (rs.next()) {
                dictionaries.computeIfAbsent(rs.getString(1), d -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
            }
        }
        return dictionaries;
    }

    /**
     * Each row as column label → value on the connection given (to read inside its transaction), in
     * order; nulls left out, days as their text {@code YYYY-MM-DD}: the shape of an entry's data.
     */
    public static List<Map<String, Object>> rows(Connection connection, String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    if (value != null) {
                        row.put(meta.getColumnLabel(i), value instanceof java.sql.Date d ? d.toString() : value);
                    }
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * The first column of each row as text, read as the report engine reads the report views: as
     * the role {@code kontingent_report}, in a transaction with {@code kontingent.report_scope} set
     * to the scope given ({@code region}, {@code authority:<id>}, {@code organization:<id>}; null:
     * none set), rolled back after.
     */
    public List<String> asReport(String scope, String sql) throws SQLException {
        try (Connection c = dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL ROLE kontingent_report");
                if (scope != null) {
                    s.execute("SET LOCAL kontingent.report_scope = '" + scope.replace("'", "''") + "'");
                }
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                return rows;
            } finally {
                c.rollback();
            }
        }
    }

    /** Writes the entries through the extension in one transaction, committed, as a batch would. */
    public void write(ExtensionData extension, List<ExtensionEntry> entries) throws SQLException {
        try (Connection c = dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                for (ExtensionEntry entry : entries) {
                    extension.write(c, entry);
                }
                c.commit();
            } finally {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
            }
        }
    }

    /**
     * The extension's part of a demo region, made as the demo loader makes it: in a transaction of
     * its own under the scope {@code region}, committed.
     *
     * @return the rows it wrote
     */
    public long generate(DemoData demo, long seed, LocalDate today) throws SQLException {
        try (Connection c = dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT set_config('kontingent.report_scope', 'region', true)");
            }
            long written = demo.generate(c, seed, today);
            c.commit();
            return written;
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
