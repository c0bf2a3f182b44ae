package org.kontingent.connector.excel.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Numeric cells of one workbook, read by their style: a number in a date format is a date, a
 * whole number in a zero-padded format (00000000000, 000\-000\-000\ 00) is the digits it shows,
 * any other number is written out in full to Excel's 15 significant digits. One per read: it
 * remembers the workbook's styles.
 */
final class NumberCells {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final Pattern ZERO_PADDED = Pattern.compile("(?:0|\\\\.|\"[^\"]*\"|[-\\s()/])*0(?:0|\\\\.|\"[^\"]*\"|[-\\s()/])*");
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    /** What a style makes of a number. */
    private enum Rendering { PLAIN, DATE, ZERO_PADDED }

    private record Style(Rendering rendering, String format) {
    }

    private static final Style GENERAL = new Style(Rendering.PLAIN, "General");

    private final StylesTable styles;
    private final boolean date1904;
    private final Map<Integer, Style> byIndex = new HashMap<>();

    /**
     * @param styles the workbook's styles, or null when it has none
     * @param date1904 whether the workbook counts days from 1904 (old Mac workbooks)
     */
    NumberCells(StylesTable styles, boolean date1904) {
        this.styles = styles;
        this.date1904 = date1904;
    }

    /**
     * The cell of a number.
     *
     * @param styleIndex the cell's style index ({@code s}), or -1 for none
     */
    Cell cell(int column, String reference, double value, int styleIndex) {
        Style style = style(styleIndex);
        if (style.rendering() == Rendering.DATE && DateUtil.isValidExcelDate(value)) {
            LocalDate day = DateUtil.getLocalDateTime(value, date1904).toLocalDate();
            return day(column, reference, day);
        }
        if (style.rendering() == Rendering.ZERO_PADDED && value >= 0 && value == Math.rint(value)) {
            return Cell.number(column, reference, value, zeroPadded(plain(value), style.format()));
        }
        return Cell.number(column, reference, value, plain(value));
    }

    /** The cell of a day. */
    static Cell day(int column, String reference, LocalDate day) {
        return Cell.date(column, reference, day, DAY.format(day));
    }

    /** The number in full, as Excel keeps it: 15 significant digits, no exponent, no trailing zeros. */
    static String plain(double value) {
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(Double.toString(value)).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    /**
     * Digits as a zero-padded format shows them: each 0 takes a digit, missing ones are 0, extra
     * ones go before the first; escaped characters, quoted text and separators are shown as written.
     */
    static String zeroPadded(String digits, String format) {
        int placeholders = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                i = format.indexOf('"', i + 1);
            } else if (c == '0') {
                placeholders++;
            }
        }
        String padded = digits.length() < placeholders ? "0".repeat(placeholders - digits.length()) + digits : digits;
        int next = 0;
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '\\') {
                shown.append(format.charAt(++i));
            } else if (c == '"') {
                int end = format.indexOf('"', i + 1);
                shown.append(format, i + 1, end);
                i = end;
            } else if (c == '0') {
                int take = next == 0 ? padded.length() - placeholders + 1 : 1;
                shown.append(padded, next, next + take);
                next += take;
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    private Style style(int index) {
        if (styles == null || index < 0 || index >= styles.getNumCellStyles()) {
            return GENERAL;
        }
        return byIndex.computeIfAbsent(index, i -> {
            XSSFCellStyle style = styles.getStyleAt(i);
            int formatIndex = style.getDataFormat() & 0xFFFF;
            String format = style.getDataFormatString();
            if (format == null) {
                return GENERAL;
            }
            if (DateUtil.isADateFormat(formatIndex, format)) {
                return new Style(Rendering.DATE, format);
            }
            return new Style(ZERO_PADDED.matcher(format).matches() ? Rendering.ZERO_PADDED : Rendering.PLAIN, format);
        });
    }
}
