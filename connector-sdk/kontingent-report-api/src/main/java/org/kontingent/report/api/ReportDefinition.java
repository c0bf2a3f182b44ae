package org.kontingent.report.api;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a report form is: its id, title and category in the catalogue, its parameters, its
 * columns, how its rows are grouped, and its chart.
 *
 * @param id a stable id, unique in the catalogue, for example {@code statistics.organizations-by-type}
 * @param title the title shown
 * @param category the catalogue group
 * @param description a sentence on what the form counts
 * @param parameters the parameters, in the order they are asked
 * @param columns the columns of the result, in order
 * @param grouping the keys of the columns the rows are grouped by, outermost first: the form
 *        sorts its rows by them, and the engine adds a subtotal row after each group (and a
 *        total row) for the summed columns. Empty for no subtotals; a total row is added
 *        whenever a column is summed.
 * @param chart the chart of the result, or null for none
 */
public record ReportDefinition(String id, String title, Category category, String description,
        List<Parameter> parameters, List<Column> columns, List<String> grouping, Chart chart) {

    public ReportDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        if (!id.matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
            throw new IllegalArgumentException("A report id is lower-case words joined by '.' or '-': " + id);
        }
        parameters = List.copyOf(parameters);
        columns = List.copyOf(columns);
        grouping = grouping == null ? List.of() : List.copyOf(grouping);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Report " + id + " has no columns");
        }
        Set<String> names = new HashSet<>();
        for (Parameter parameter : parameters) {
            if (!names.add(parameter.name())) {
                throw new IllegalArgumentException("Report " + id + " has the parameter " + parameter.name() + " twice");
            }
        }
        Set<String> keys = new HashSet<>();
        for (Column column : columns) {
            if (!keys.add(column.key())) {
                throw new IllegalArgumentException("Report " + id + " has the column " + column.key() + " twice");
            }
        }
        for (String key : grouping) {
            if (!keys.contains(key)) {
                throw new IllegalArgumentException("Report " + id + " groups by " + key + ", which is not a column");
            }
        }
        if (chart != null) {
            if (!keys.contains(chart.categoryColumn())) {
                throw new IllegalArgumentException("Report " + id + ": the chart's categories " + chart.categoryColumn()
                        + " are not a column");
            }
            for (String series : chart.seriesColumns()) {
                ColumnType type = columns.stream().filter(c -> c.key().equals(series)).map(Column::type).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("Report " + id + ": the chart's series " + series
                                + " is not a column"));
                if (type == ColumnType.TEXT || type == ColumnType.DATE) {
                    throw new IllegalArgumentException("Report " + id + ": the chart's series " + series + " is not numeric");
                }
            }
        }
    }

    /** The position of a column, or -1. */
    public int columnIndex(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
