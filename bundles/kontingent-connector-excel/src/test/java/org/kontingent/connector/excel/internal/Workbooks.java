package org.kontingent.connector.excel.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;

/** Workbooks for the tests, written with POI's user model the way Excel writes them (shared strings, styles). */
final class Workbooks {

    /** A sheet: its name and its rows from row 1; a row of nulls is left empty. */
    record Sheet(String name, List<Object[]> rows) {
    }

    /** A number in a number format of its own, for example 000\-000\-000\ 00. */
    record Formatted(double value, String format) {
    }

    /** A cell holding an Excel error such as #N/A. */
    record Error(FormulaError error) {
    }

    private Workbooks() {
    }

    static Sheet sheet(String name, Object[]... rows) {
        return new Sheet(name, Arrays.asList(rows));
    }

    static Object[] row(Object... values) {
        return values;
    }

    static byte[] workbook(Sheet... sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            for (Sheet s : sheets) {
                XSSFSheet sheet = workbook.createSheet(s.name());
                for (int r = 0; r < s.rows().size(); r++) {
                    XSSFRow row = sheet.createRow(r);
                    Object[] values = s.rows().get(r);
                    for (int c = 0; c < values.length; c++) {
                        set(workbook, row, c, values[c], date);
                    }
                }
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void set(XSSFWorkbook workbook, XSSFRow row, int column, Object value, CellStyle date) {
        if (value == null) {
            return;
        }
        var cell = row.createCell(column);
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (value instanceof Formatted formatted) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(formatted.format()));
            cell.setCellValue(formatted.value());
            cell.setCellStyle(style);
        } else if (value instanceof Error error) {
            cell.setCellErrorValue(error.error().getCode());
        } else {
            throw new IllegalArgumentException("no cell for " + value);
        }
    }

    static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    /** Writes a sheet's XML. */
    interface SheetXml {
        void write(OutputStream out) throws IOException;
    }

    /** A workbook of one sheet «Обучающиеся» whose sheet XML is {@code sheetXml}, as another program may write it. */
    static byte[] withSheetXml(SheetXml sheetXml) throws IOException {
        byte[] workbook = workbook(sheet("Обучающиеся", row("Идентификатор"), row("1")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheetXml.write(zip);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static ReadResult read(byte[] workbook) throws UnreadablePackageException {
        return new ExcelPackageFormat().read(new ByteArrayInputStream(workbook), "test.xlsx");
    }
}
