package org.kontingent.report.engine.internal.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.kontingent.report.api.ColumnType;
import org.kontingent.report.engine.internal.ResultRow;

/**
 * The cell styles of an Excel export, made once per workbook: the title, the lines under it, the
 * header (bold, filled, wrapped, bordered), and a style per row kind and column type with the
 * type's number format ({@code #,##0}, {@code #,##0.00}, {@code 0.0%}, a day); subtotals bold,
 * the total bold with a top border.
 */
final class ExcelStyles {
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle[][] cells = new CellStyle[ResultRow.Kind.values().length][ColumnType.values().length];

    ExcelStyles(Workbook workbook, ExportMessages messages) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);

        title = workbook.createCellStyle();
        title.setFont(large);

        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderTop(BorderStyle.THIN);
        header.setBorderBottom(BorderStyle.THIN);
        header.setBorderLeft(BorderStyle.THIN);
        header.setBorderRight(BorderStyle.THIN);

        DataFormat formats = workbook.createDataFormat();
        for (ResultRow.Kind kind : ResultRow.Kind.values()) {
            for (ColumnType type : ColumnType.values()) {
                CellStyle style = workbook.createCellStyle();
                String format = switch (type) {
                    case INTEGER -> "#,##0";
                    case DECIMAL -> "#,##0.00";
                    case PERCENT -> "0.0%";
                    case DATE -> messages.text("excel.format.date");
                    case TEXT -> null;
                };
                if (format != null) {
                    style.setDataFormat(formats.getFormat(format));
                }
                if (kind != ResultRow.Kind.DATA) {
                    style.setFont(bold);
                }
                if (kind == ResultRow.Kind.TOTAL) {
                    style.setBorderTop(BorderStyle.THIN);
                }
                cells[kind.ordinal()][type.ordinal()] = style;
            }
        }
    }

    /** The form's title, large and bold. */
    CellStyle title() {
        return title;
    }

    /** The header row. */
    CellStyle header() {
        return header;
    }

    /** A cell of a row kind in a column of a type. */
    CellStyle cell(ResultRow.Kind kind, ColumnType type) {
        return cells[kind.ordinal()][type.ordinal()];
    }
}
