package org.kontingent.report.engine.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.ColumnType;
import org.kontingent.report.engine.internal.ReportResult;
import org.kontingent.report.engine.internal.ResultRow;

/**
 * Writes a result as an Excel workbook (.xlsx), streamed with POI's SXSSF: only a window of
 * {@value #WINDOW} rows is in memory, the rest goes to temporary files that are deleted when the
 * export ends, whether it succeeds or fails. The sheet starts with the form's title, the arguments ("Параметр: значение"), the
 * scope and the time the result was made, then a blank line and the header row (frozen, with an
 * auto filter), then the rows: numbers and days as real numbers and dates with the column type's
 * format, subtotals in bold, the total in bold under a border. Column widths come from the
 * header and the first {@value #SAMPLE_ROWS} rows. A result longer than a sheet goes on in
 * further sheets, each with the header row.
 */
public final class ExcelExport {
    private static final int WINDOW = 100;
    private static final int SAMPLE_ROWS = 100;
    /**
     * Plain temporary files. Measured here, 1M rows x 10 columns at -Xmx512m on 2 cores: plain 61k-78k rows/s
     * with 560 MB of temporary disk, gzipped 48k-57k rows/s with 48 MB (under load 33k against 27k). Plain
     * keeps the target of 50k rows/s; gzipped would spare the disk of exports running at once.
     */
    private static final boolean COMPRESS_TEMP_FILES = false;
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_SHEET_NAME = 31;
    private static final int HEADER_WRAP = 20;
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    private static final float LINE_POINTS = 15f;

    private final ReportResult result;
    private final List<Column> columns;
    private final ExportMessages messages;
    private final SXSSFWorkbook workbook;
    private final ExcelStyles styles;
    private final int[] widths;
    private SXSSFSheet sheet;
    private int sheets;
    private int next;
    private int headerRow;
    private int lastFiltered;

    private ExcelExport(ReportResult result, SXSSFWorkbook workbook) throws IOException {
        this.result = result;
        this.columns = result.definition().columns();
        this.messages = new ExportMessages(result.locale());
        this.workbook = workbook;
        this.styles = new ExcelStyles(workbook, messages);
        this.widths = widths(result.rows(0, SAMPLE_ROWS));
    }

    /** Writes the result to the stream, which is left open. */
    public static void write(ReportResult result, OutputStream out) throws IOException {
        // closing the workbook deletes its temporary files (POI 5.5 deprecates dispose() for close())
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, COMPRESS_TEMP_FILES, false)) {
            new ExcelExport(result, workbook).fill();
            workbook.write(out);
        }
    }

    /** A name Excel takes for a sheet: at most 31 characters, none of {@code []:*?/\}, no apostrophe at either end. */
    static String sheetName(String title, int number, String fallback) {
        StringBuilder name = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            name.append("[]:*?/\\".indexOf(c) >= 0 || Character.isISOControl(c) ? ' ' : c);
        }
        String base = trimApostrophes(name.toString());
        if (base.isEmpty() || base.equalsIgnoreCase("History")) {
            base = fallback;
        }
        String suffix = number == 1 ? "" : " (" + number + ")";
        if (base.length() > MAX_SHEET_NAME - suffix.length()) {
            base = trimApostrophes(base.substring(0, MAX_SHEET_NAME - suffix.length()));
        }
        return base + suffix;
    }

    private static String trimApostrophes(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '\'' || Character.isWhitespace(name.charAt(start)))) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '\'' || Character.isWhitespace(name.charAt(end - 1)))) {
            end--;
        }
        return name.substring(start, end);
    }

    private void fill() throws IOException {
        startSheet();
        result.read(this::writeRow);
        endSheet();
    }

    /** Sets the sheet's auto filter over its header and rows, the total left out (it would sort among the rows). */
    private void endSheet() {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, lastFiltered, 0, columns.size() - 1));
    }

    private void startSheet() {
        sheets++;
        sheet = workbook.createSheet(sheetName(result.definition().title(), sheets, messages.text("sheet.default")));
        next = 0;
        if (sheets == 1) {
            writeTitleBlock();
        }
        headerRow = next;
        lastFiltered = headerRow;
        Row header = sheet.createRow(next++);
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            String title = columns.get(i).title();
            Cell cell = header.createCell(i);
            cell.setCellStyle(styles.header());
            cell.setCellValue(title);
            sheet.setColumnWidth(i, (widths[i] + 2) * 256);
            lines = Math.max(lines, (title.length() + widths[i] - 1) / widths[i]);
        }
        header.setHeightInPoints(lines * LINE_POINTS);
        sheet.createFreezePane(0, headerRow + 1);
    }

    private void writeTitleBlock() {
        Cell title = sheet.createRow(next++).createCell(0);
        title.setCellStyle(styles.title());
        title.setCellValue(result.definition().title());
        for (Map.Entry<String, String> argument : result.shownArguments().entrySet()) {
            line(messages.text("argument", argument.getKey(), argument.getValue()));
        }
        line(messages.text("scope", result.scopeName()));
        line(messages.text("generated", messages.dateTimeFormat().format(result.generatedAt())));
        next++;
    }

    private void line(String text) {
        sheet.createRow(next++).createCell(0).setCellValue(text);
    }

    private void writeRow(ResultRow resultRow) {
        if (next == MAX_ROWS) {
            endSheet();
            startSheet();
        }
        ResultRow.Kind kind = resultRow.kind();
        Object[] values = resultRow.values();
        int label = RowLabels.column(columns, resultRow);
        Row row = sheet.createRow(next);
        for (int i = 0; i < columns.size(); i++) {
            Object value = i == label ? messages.rowLabel(kind) : i < values.length ? values[i] : null;
            if (value == null && kind == ResultRow.Kind.DATA) {
                continue;
            }
            Cell cell = row.createCell(i);
            cell.setCellStyle(styles.cell(kind, columns.get(i).type()));
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
            } else if (value != null) {
                String text = value.toString();
                cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + '…' : text);
            }
        }
        if (kind != ResultRow.Kind.TOTAL) {
            lastFiltered = next;
        }
        next++;
    }

    /** The width of each column in characters: its header (wrapped beyond a few words) and the widest of the sample rows. */
    private int[] widths(List<ResultRow> sample) {
        DisplayFormat format = new DisplayFormat(result.locale(), messages);
        int[] chars = new int[columns.size()];
        for (int i = 0; i < chars.length; i++) {
            String title = columns.get(i).title();
            int longestWord = 0;
            for (String word : title.split("\\s+")) {
                longestWord = Math.max(longestWord, word.length());
            }
            chars[i] = Math.max(longestWord, Math.min(title.length(), HEADER_WRAP));
        }
        for (ResultRow row : sample) {
            int label = RowLabels.column(columns, row);
            for (int i = 0; i < chars.length && i < row.values().length; i++) {
                ColumnType type = columns.get(i).type();
                String shown = i == label ? messages.rowLabel(row.kind()) : format.format(row.values()[i], type);
                chars[i] = Math.max(chars[i], shown.length() + (type == ColumnType.PERCENT ? 1 : 0));
            }
        }
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, chars[i]));
        }
        return chars;
    }
}
