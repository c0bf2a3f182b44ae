package org.kontingent.connector.excel.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.UnreadablePackageException;

/**
 * The header row of a sheet: which column of the layout stands in which column of the sheet.
 * Columns are found by their header, in any order and with any case or spacing; a header the
 * layout does not know, a header given twice or a required column missing makes the package
 * unreadable, since no row of the sheet could then be read as meant.
 */
final class Header {
    private final Map<Integer, Column> byIndex;
    private final Map<Column, Integer> indexOf;

    private Header(Map<Integer, Column> byIndex) {
        this.byIndex = byIndex;
        this.indexOf = byIndex.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    }

    /** The header of a sheet laid out as {@code layout}, read from its first row that holds something. */
    static Header of(SheetLayout layout, String sheet, List<Cell> cells) throws UnreadablePackageException {
        Map<String, Column> known = layout.columns().stream()
                .collect(Collectors.toMap(c -> Column.normalized(c.header()), c -> c));
        Map<Integer, Column> byIndex = new HashMap<>();
        Map<Column, String> seen = new HashMap<>();
        for (Cell cell : cells) {
            Column column = known.get(Column.normalized(cell.text()));
            if (column == null) {
                throw new UnreadablePackageException(ErrorCode.MALFORMED, "The sheet «" + sheet + "» has a column «"
                        + Cell.trimmed(cell.text()) + "» (cell " + cell.reference() + ") that the Excel format does not know;"
                        + " its columns are " + headers(layout.columns()));
            }
            String earlier = seen.put(column, cell.reference());
            if (earlier != null) {
                throw new UnreadablePackageException(ErrorCode.MALFORMED, "The sheet «" + sheet + "» has the column «"
                        + column.header() + "» twice, in cells " + earlier + " and " + cell.reference());
            }
            byIndex.put(cell.column(), column);
        }
        for (Column column : layout.columns()) {
            if (column.required() && !seen.containsKey(column)) {
                throw new UnreadablePackageException(ErrorCode.MALFORMED, "The sheet «" + sheet + "» lacks the column «"
                        + column.header() + "», which every row needs; the header row is the sheet's first row that holds"
                        + " something");
            }
        }
        return new Header(byIndex);
    }

    /** The column of the layout at a column of the sheet, or null when the sheet's column has no header. */
    Column at(int index) {
        return byIndex.get(index);
    }

    /** The index of the sheet's column with a layout's column, or -1 when the sheet lacks it. */
    int index(Column column) {
        return indexOf.getOrDefault(column, -1);
    }

    private static String headers(List<Column> columns) {
        return columns.stream().map(c -> "«" + c.header() + "»").collect(Collectors.joining(", "));
    }
}
