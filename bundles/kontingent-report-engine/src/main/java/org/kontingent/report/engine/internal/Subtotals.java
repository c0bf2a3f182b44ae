package org.kontingent.report.engine.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.kontingent.report.api.Column;
import org.kontingent.report.api.ColumnType;
import org.kontingent.report.api.ReportDefinition;

/**
 * Adds subtotal rows after each group of a form's rows and a total row at the end, for the
 * summed columns. A group of one data row gets no subtotal (it would repeat that row), nor a
 * group whose value is empty (a form's rows at a level that has no groups). Rows
 * must come sorted by the grouping columns; a group that appears again after another one is
 * subtotalled again (the form's order is kept, not checked).
 */
final class Subtotals {
    private final List<Column> columns;
    private final int[] grouping;
    private final boolean anySummed;
    private final Sums[] levels;
    private final Sums total;
    private Object[] previous;

    Subtotals(ReportDefinition definition) {
        this.columns = definition.columns();
        this.grouping = definition.grouping().stream().mapToInt(definition::columnIndex).toArray();
        this.anySummed = columns.stream().anyMatch(Column::summed);
        this.levels = new Sums[grouping.length];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = new Sums(columns.size());
        }
        this.total = new Sums(columns.size());
    }

    /** The rows to write for a data row: subtotals of the groups it closes, then itself. */
    List<ResultRow> add(Object[] values) {
        List<ResultRow> out = new ArrayList<>(2);
        if (previous != null && anySummed) {
            int changed = firstChangedLevel(values);
            for (int level = grouping.length - 1; level >= changed; level--) {
                close(level, out);
            }
        }
        for (Sums sums : levels) {
            sums.add(values, columns);
        }
        total.add(values, columns);
        previous = values;
        out.add(new ResultRow(ResultRow.Kind.DATA, values));
        return out;
    }

    /** The rows that end the result: the last groups' subtotals and the total. */
    List<ResultRow> finish() {
        List<ResultRow> out = new ArrayList<>();
        if (!anySummed || previous == null) {
            return out;
        }
        for (int level = grouping.length - 1; level >= 0; level--) {
            close(level, out);
        }
        Object[] row = new Object[columns.size()];
        total.fill(row, columns);
        out.add(new ResultRow(ResultRow.Kind.TOTAL, row));
        return out;
    }

    private int firstChangedLevel(Object[] values) {
        for (int level = 0; level < grouping.length; level++) {
            if (!Objects.equals(previous[grouping[level]], values[grouping[level]])) {
                return level;
            }
        }
        return grouping.length;
    }

    private void close(int level, List<ResultRow> out) {
        Sums sums = levels[level];
        if (sums.rows > 1 && previous[grouping[level]] != null) {
            Object[] row = new Object[columns.size()];
            for (int i = 0; i <= level; i++) {
                row[grouping[i]] = previous[grouping[i]];
            }
            sums.fill(row, columns);
            out.add(new ResultRow(ResultRow.Kind.SUBTOTAL, row));
        }
        sums.reset();
    }

    /** Running sums of the summed columns over some rows. */
    private static final class Sums {
        final long[] whole;
        final double[] fraction;
        long rows;

        Sums(int width) {
            whole = new long[width];
            fraction = new double[width];
        }

        void add(Object[] values, List<Column> columns) {
            rows++;
            for (int i = 0; i < values.length; i++) {
                if (columns.get(i).summed() && values[i] != null) {
                    if (columns.get(i).type() == ColumnType.INTEGER) {
                        whole[i] += (Long) values[i];
                    } else {
                        fraction[i] += (Double) values[i];
                    }
                }
            }
        }

        void fill(Object[] row, List<Column> columns) {
            for (int i = 0; i < row.length; i++) {
                if (columns.get(i).summed()) {
                    row[i] = columns.get(i).type() == ColumnType.INTEGER ? (Object) whole[i] : (Object) fraction[i];
                }
            }
        }

        void reset() {
            rows = 0;
            Arrays.fill(whole, 0);
            Arrays.fill(fraction, 0);
        }
    }
}
