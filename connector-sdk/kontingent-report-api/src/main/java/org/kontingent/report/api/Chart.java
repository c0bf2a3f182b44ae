package org.kontingent.report.api;

import java.util.List;
import java.util.Objects;

/**
 * The chart a form declares for its result: categories from one column, a series from each
 * of some numeric columns. Subtotal and total rows are left out of the chart.
 *
 * @param type the kind of chart
 * @param categoryColumn the key of the column whose values label the categories
 * @param seriesColumns the keys of the numeric columns drawn, one series each
 */
public record Chart(Type type, String categoryColumn, List<String> seriesColumns) {

    /** The kinds of chart the console and the PDF draw. */
    public enum Type {
        /** Bars side by side. */
        BAR,
        /** Bars stacked on each other. */
        STACKED_BAR,
        /** Lines over the categories (dynamics). */
        LINE,
        /** Shares of a whole: one series only. */
        PIE
    }

    public Chart {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(categoryColumn, "categoryColumn");
        seriesColumns = List.copyOf(seriesColumns);
        if (seriesColumns.isEmpty()) {
            throw new IllegalArgumentException("A chart needs at least one series");
        }
        if (type == Type.PIE && seriesColumns.size() != 1) {
            throw new IllegalArgumentException("A pie chart has exactly one series");
        }
    }
}
