package org.kontingent.connector.excel.internal;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the blank sheet of a layout into a template: a bold, frozen header row; a comment on
 * each header saying what the column takes; text format for text columns (so that Excel keeps
 * the leading zeros of СНИЛС and document numbers) and a date format for date columns; lists to
 * choose from where the values are fixed or are dictionary codes.
 */
final class TemplateSheet {
    private static final String AUTHOR = "Контингент";
    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    private final XSSFWorkbook workbook;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle date;

    TemplateSheet(XSSFWorkbook workbook) {
        this.workbook = workbook;
        CreationHelper helper = workbook.getCreationHelper();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        text = workbook.createCellStyle();
        text.setDataFormat(helper.createDataFormat().getFormat("@"));
        date = workbook.createCellStyle();
        date.setDataFormat(helper.createDataFormat().getFormat("dd.mm.yyyy"));
    }

    void write(SheetLayout layout) {
        XSSFSheet sheet = workbook.createSheet(layout.name());
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(0);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        DataValidationHelper validations = sheet.getDataValidationHelper();
        for (int i = 0; i < layout.columns().size(); i++) {
            Column column = layout.columns().get(i);
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
            cell.setCellValue(column.header());
            cell.setCellStyle(header);
            cell.setCellComment(comment(drawing, i, column.required() ? column.hint() + " Обязательное." : column.hint()));
            sheet.setColumnWidth(i, column.width() * 256);
            if (column.type() == Column.Type.DATE) {
                sheet.setDefaultColumnStyle(i, date);
            } else if (column.type() != Column.Type.INTEGER) {
                sheet.setDefaultColumnStyle(i, text);
            }
            if (!column.choices().isEmpty()) {
                sheet.addValidationData(list(validations, i, column));
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private Comment comment(Drawing<?> drawing, int column, String hint) {
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(column);
        anchor.setCol2(column + 4);
        anchor.setRow1(0);
        anchor.setRow2(7);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(workbook.getCreationHelper().createRichTextString(hint));
        comment.setAuthor(AUTHOR);
        return comment;
    }

    private static DataValidation list(DataValidationHelper validations, int index, Column column) {
        DataValidation validation = validations.createValidation(
                validations.createExplicitListConstraint(column.choices().toArray(String[]::new)),
                new CellRangeAddressList(1, LAST_ROW, index, index));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(column.closed() ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
        validation.createErrorBox(column.header(), column.closed()
                ? "Выберите значение из списка: " + String.join(", ", column.choices()) + "."
                : "Значения нет в справочнике реестра. Если регион добавил его, продолжите; иначе выберите из списка.");
        // for XSSF lists, true writes showDropDown="false": OOXML's flag is inverted, and the arrow is shown
        validation.setSuppressDropDownArrow(true);
        return validation;
    }
}
