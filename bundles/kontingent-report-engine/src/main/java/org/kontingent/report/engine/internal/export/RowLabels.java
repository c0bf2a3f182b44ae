package org.kontingent.report.engine.internal.export;

import java.util.List;

import org.kontingent.report.api.Column;
import org.kontingent.report.api.ColumnType;
import org.kontingent.report.engine.internal.ResultRow;

/**
 * Where a subtotal or total row shows its label ("Итого", "Всего"): in the first text column
 * the row leaves empty. A subtotal holds its group's values in the grouping columns up to its
 * own, so the label follows them; a total holds sums only, so its label goes to the first text
 * column. A row without an empty text column gets no label (it is still set in bold).
 */
final class RowLabels {
    private RowLabels() {
    }

    /** The column of a row's label, or -1 for a data row or a row with no empty text column. */
    static int column(List<Column> columns, ResultRow row) {
        if (row.kind() == ResultRow.Kind.DATA) {
            return -1;
        }
        Object[] values = row.values();
        for (int i = 0; i < columns.size() && i < values.length; i++) {
            if (columns.get(i).type() == ColumnType.TEXT && values[i] == null) {
                return i;
            }
        }
        return -1;
    }
}
