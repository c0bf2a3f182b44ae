package org.kontingent.report.engine.internal.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.kontingent.report.api.Column;
import org.kontingent.report.engine.internal.ReportResult;
import org.kontingent.report.engine.internal.ResultRow;

/**
 * Writes a result as CSV made for Excel with Russian settings: UTF-8 with a byte order mark (so
 * Excel reads it as UTF-8), {@code ;} between values, CRLF line ends, and a value quoted per
 * RFC 4180 (quotes doubled) when it holds {@code ;}, {@code "}, CR or LF.
 *
 * <p>Numbers are written the way that Excel reads them in the result's locale: without a thousands
 * separator and with the locale's decimal separator, a comma for Russian ({@code 1234,5}); a
 * percent column holds its fraction of one ({@code 0,255} for 25.5 %). Days are {@code dd.MM.yyyy}.
 * A text starting with {@code = + - @} (which Excel would take for a formula) gets a leading
 * apostrophe. Only the header row (the column titles) and the rows are written, no title block;
 * subtotal and total rows come with their values, labelled "Итого" / "Всего" in their first empty
 * text column.
 */
public final class CsvExport {
    private static final char SEPARATOR = ';';
    private static final String LINE_END = "\r\n";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final List<Column> columns;
    private final ExportMessages messages;
    private final DecimalFormat number;
    private final DateTimeFormatter date;
    private final Writer writer;

    private CsvExport(ReportResult result, Writer writer) {
        this.columns = result.definition().columns();
        this.messages = new ExportMessages(result.locale());
        this.number = new DecimalFormat("0.###############", DecimalFormatSymbols.getInstance(result.locale()));
        this.date = messages.dateFormat();
        this.writer = writer;
    }

    /** Writes the result to the stream, which is flushed and left open. */
    public static void write(ReportResult result, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CsvExport export = new CsvExport(result, writer);
        writer.write(BYTE_ORDER_MARK);
        export.writeHeader();
        result.read(export::writeRow);
        writer.flush();
    }

    private void writeHeader() throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                writer.write(SEPARATOR);
            }
            writeText(columns.get(i).title());
        }
        writer.write(LINE_END);
    }

    private void writeRow(ResultRow row) throws IOException {
        Object[] values = row.values();
        int label = RowLabels.column(columns, row);
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                writer.write(SEPARATOR);
            }
            if (i == label) {
                writeText(messages.rowLabel(row.kind()));
            } else if (i < values.length && values[i] != null) {
                writeValue(values[i]);
            }
        }
        writer.write(LINE_END);
    }

    private void writeValue(Object value) throws IOException {
        if (value instanceof Long whole) {
            writer.write(Long.toString(whole));
        } else if (value instanceof Number fraction) {
            writer.write(number.format(fraction));
        } else if (value instanceof LocalDate day) {
            writer.write(date.format(day));
        } else {
            writeText(value.toString());
        }
    }

    private void writeText(String text) throws IOException {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (needsQuotes(safe)) {
            writer.write('"');
            writer.write(safe.replace("\"", "\"\""));
            writer.write('"');
        } else {
            writer.write(safe);
        }
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == SEPARATOR || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
