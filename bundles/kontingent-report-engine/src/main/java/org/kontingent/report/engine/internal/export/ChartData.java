package org.kontingent.report.engine.internal.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kontingent.report.api.Chart;
import org.kontingent.report.api.ColumnType;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.engine.internal.ResultRow;

/**
 * The numbers of a form's chart, gathered from a result's data rows (subtotals and the total are
 * left out): one point per category, its label the category column's value as shown, its values
 * the series columns, added up over the rows of the same category. Categories keep the order
 * they first appear in. It holds one entry per distinct category.
 */
final class ChartData {
    /** A category and its value in each series. */
    record Point(String label, double[] values) {
        double magnitude() {
            double sum = 0;
            for (double value : values) {
                sum += Math.abs(value);
            }
            return sum;
        }
    }

    private static final String NO_CATEGORY = "—";

    private final int category;
    private final ColumnType categoryType;
    private final int[] series;
    private final DisplayFormat format;
    private final Map<String, double[]> sums = new LinkedHashMap<>();

    ChartData(ReportDefinition definition, DisplayFormat format) {
        Chart chart = definition.chart();
        this.category = definition.columnIndex(chart.categoryColumn());
        this.categoryType = definition.columns().get(category).type();
        this.series = chart.seriesColumns().stream().mapToInt(definition::columnIndex).toArray();
        this.format = format;
    }

    /** Takes a row: a data row adds to its category, other rows are skipped. */
    void add(ResultRow row) {
        if (row.kind() != ResultRow.Kind.DATA) {
            return;
        }
        Object[] values = row.values();
        String label = format.format(values[category], categoryType);
        double[] point = sums.computeIfAbsent(label.isEmpty() ? NO_CATEGORY : label, key -> new double[series.length]);
        for (int i = 0; i < series.length; i++) {
            if (values[series[i]] instanceof Number number) {
                point[i] += number.doubleValue();
            }
        }
    }

    /** How many categories there are. */
    int categories() {
        return sums.size();
    }

    /** At most a number of categories, the largest (by the sum of their values' magnitudes), in their order. */
    List<Point> largest(int max) {
        List<Point> points = new ArrayList<>(sums.size());
        sums.forEach((label, values) -> points.add(new Point(label, values)));
        if (points.size() <= max) {
            return points;
        }
        List<Integer> order = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> points.get(i).magnitude()).reversed());
        List<Integer> kept = new ArrayList<>(order.subList(0, max));
        kept.sort(null);
        List<Point> largest = new ArrayList<>(max);
        for (int i : kept) {
            largest.add(points.get(i));
        }
        return largest;
    }
}
