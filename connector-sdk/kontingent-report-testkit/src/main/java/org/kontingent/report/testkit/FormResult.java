package org.kontingent.report.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.kontingent.report.api.Column;
import org.kontingent.report.api.ReportDefinition;

/**
 * The rows a form wrote, in order, each checked against its columns (count and types) by the
 * {@link FormRunner}: a TEXT value is a {@link String}; an INTEGER one a {@link Long},
 * {@link Integer}, {@link Short} or {@link java.math.BigInteger} kept as a {@link Long}; a DECIMAL or
 * PERCENT one any {@link Number} kept as a {@link Double}; a DATE one a {@link java.time.LocalDate}; any may be null. Only the form's
 * own rows: the engine's subtotal and total rows are not here.
 *
 * @param definition the form's definition in the run's language
 * @param rows the rows, each a list of values in the order of the columns (nulls kept)
 */
public record FormResult(ReportDefinition definition, List<List<Object>> rows) {

    public FormResult {
        Objects.requireNonNull(definition, "definition");
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /**
     * A value of a row.
     *
     * @param row the row's index, from 0
     * @throws IllegalArgumentException when the form has no such column
     * @throws IndexOutOfBoundsException when there is no such row
     */
    public Object value(int row, String columnKey) {
        return rows.get(row).get(index(columnKey));
    }

    /** A column's values, one per row, in order. */
    public List<Object> column(String columnKey) {
        int index = index(columnKey);
        return Collections.unmodifiableList(rows.stream().map(r -> r.get(index)).collect(Collectors.toList()));
    }

    /**
     * The first row whose column {@code key} equals the value. Numbers are compared by value, so
     * {@code 5} finds an INTEGER column's {@code 5L} and a PERCENT column's {@code 0.5} its
     * {@code 0.5d}.
     *
     * @throws AssertionError when no row has it, listing the rows
     */
    public List<Object> rowWhere(String key, Object value) {
        int index = index(key);
        for (List<Object> row : rows) {
            if (same(row.get(index), value)) {
                return row;
            }
        }
        throw new AssertionError("Report " + definition.id() + ": no row has " + key + " = " + value + "; the rows:\n" + table());
    }

    /** The number of rows. */
    public int size() {
        return rows.size();
    }

    /** The rows as a small text table, for assertion messages. */
    public String table() {
        StringBuilder out = new StringBuilder(definition.columns().stream().map(Column::key).collect(Collectors.joining(" | ")));
        for (List<Object> row : rows) {
            out.append('\n').append(row.stream().map(String::valueOf).collect(Collectors.joining(" | ")));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "FormResult[" + definition.id() + ", " + rows.size() + " rows]\n" + table();
    }

    private int index(String columnKey) {
        int index = definition.columnIndex(columnKey);
        if (index < 0) {
            throw new IllegalArgumentException("Report " + definition.id() + " has no column " + columnKey + " (it has "
                    + Arrays.toString(definition.columns().stream().map(Column::key).toArray()) + ")");
        }
        return index;
    }

    private static boolean same(Object actual, Object expected) {
        if (actual instanceof Number a && expected instanceof Number e) {
            if ((a instanceof Long || a instanceof Integer) && (e instanceof Long || e instanceof Integer || e instanceof Short)) {
                return a.longValue() == e.longValue();
            }
            return Double.compare(a.doubleValue(), e.doubleValue()) == 0;
        }
        return Objects.equals(actual, expected);
    }
}
