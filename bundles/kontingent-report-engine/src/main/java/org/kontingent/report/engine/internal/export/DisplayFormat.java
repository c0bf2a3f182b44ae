package org.kontingent.report.engine.internal.export;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.kontingent.report.api.ColumnType;

/**
 * How values are shown to a reader (the PDF, widths of Excel columns, chart axes), in the
 * result's locale: whole numbers grouped by thousands, decimals with two digits, shares as
 * percents with one, days as {@code dd.MM.yyyy}. A locale that groups digits with a space gets a
 * non-breaking space (U+00A0), so a number never breaks over two lines. Not thread-safe: one per
 * export.
 */
final class DisplayFormat {
    private static final char NO_BREAK_SPACE = '\u00A0';

    private final DecimalFormat integer;
    private final DecimalFormat decimal;
    private final DecimalFormat percent;
    private final DateTimeFormatter date;

    DisplayFormat(Locale locale, ExportMessages messages) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        if (Character.isSpaceChar(symbols.getGroupingSeparator())) {
            symbols.setGroupingSeparator(NO_BREAK_SPACE);
        }
        this.integer = new DecimalFormat("#,##0", symbols);
        this.decimal = new DecimalFormat("#,##0.00", symbols);
        DecimalFormat localPercent = (DecimalFormat) NumberFormat.getPercentInstance(locale);
        this.percent = new DecimalFormat(localPercent.toPattern().replace(' ', NO_BREAK_SPACE), symbols);
        this.percent.setMinimumFractionDigits(1);
        this.percent.setMaximumFractionDigits(1);
        this.date = messages.dateFormat();
    }

    /** A value as shown in a column of a type; empty for null. */
    String format(Object value, ColumnType type) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate day) {
            return date.format(day);
        }
        if (value instanceof Number number) {
            return switch (type) {
                case INTEGER -> integer.format(number);
                case DECIMAL -> decimal.format(number);
                case PERCENT -> percent.format(number);
                case TEXT, DATE -> String.valueOf(number);
            };
        }
        return value.toString();
    }

    /** Whether a column holds numbers, written right-aligned. */
    static boolean numeric(ColumnType type) {
        return type == ColumnType.INTEGER || type == ColumnType.DECIMAL || type == ColumnType.PERCENT;
    }
}
