package org.kontingent.connector.excel.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.RecordError;

/**
 * One row of a sheet under its header: its values by column, in the types of the exchange model,
 * and what is wrong with them. A value that does not fit its column is noted, named by the
 * column's header, the cell and what it holds, and read as absent, so that every fault of a row
 * is found at once.
 */
final class Row {
    private static final DateTimeFormatter RUSSIAN_DAY = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern ACADEMIC_YEAR = Pattern.compile("(\\d{4})\\s*[-–—/]\\s*(\\d{4})");

    private record Problem(ErrorCode code, String field, String value, String message) {
    }

    private final String sheet;
    private final int number;
    private final Header header;
    private final Map<Column, Cell> cells = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private Row(String sheet, int number, Header header) {
        this.sheet = sheet;
        this.number = number;
        this.header = header;
    }

    /** The row of a sheet with its cells; a value in a column without a header is a fault of the row. */
    static Row of(String sheet, int number, Header header, List<Cell> cells) {
        Row row = new Row(sheet, number, header);
        for (Cell cell : cells) {
            Column column = header.at(cell.column());
            if (column == null) {
                String letters = SheetParser.letters(cell.column());
                row.problems.add(new Problem(ErrorCode.UNKNOWN_FIELD, letters, cell.text(), "Cell " + cell.reference()
                        + " holds a value, but column " + letters + " has no header; move the value under its column"
                        + " or delete it"));
            } else {
                row.cells.put(column, cell);
            }
        }
        return row;
    }

    /** Where the row stands, as people find it in Excel: «Обучающиеся, строка 17». */
    String place() {
        return sheet + ", строка " + number;
    }

    /** Whether a value of the row did not fit its column: then the row's records are left out. */
    boolean refused() {
        return !problems.isEmpty();
    }

    /** The row's faults, each naming the row by {@code label}. */
    List<RecordError> errors(String label) {
        return problems.stream().map(p -> new RecordError(p.code(), label, p.field(), p.value(), p.message())).toList();
    }

    /** Notes a fault of the row that only the whole sheet shows. */
    void problem(ErrorCode code, Column column, String value, String message) {
        problems.add(new Problem(code, column.header(), value, message + " (" + address(column) + ")"));
    }

    /** Whether any of the columns holds something. */
    boolean hasAny(List<Column> columns) {
        return columns.stream().anyMatch(cells::containsKey);
    }

    /** The text of a cell, trimmed; a number is written out in full and a date as ДД.ММ.ГГГГ. */
    String text(Column column) {
        Cell cell = cells.get(column);
        if (cell == null) {
            return null;
        }
        if (cell.kind() == Cell.Kind.ERROR) {
            problem(ErrorCode.FORMAT, column, cell.text(), "«" + column.header() + "» holds the Excel error " + cell.text()
                    + " instead of a value");
            return null;
        }
        return Cell.trimmed(cell.text());
    }

    /** The text of a cell that every row must have. */
    String required(Column column) {
        boolean present = cells.containsKey(column);
        String text = text(column);
        if (!present) {
            problem(ErrorCode.REQUIRED, column, null, "«" + column.header() + "» is required and empty");
        }
        return text;
    }

    /**
     * The text of a cell that holds digits (СНИЛС, a document's series or number). A number typed
     * into a cell loses its leading zeros in Excel: they are put back up to {@code digits}.
     *
     * @param digits how many digits the value has, or 0 when that is not fixed
     */
    String digits(Column column, int digits) {
        Cell cell = cells.get(column);
        if (cell == null || cell.kind() != Cell.Kind.NUMBER) {
            return text(column);
        }
        if (cell.number() < 0 || cell.number() != Math.rint(cell.number())) {
            problem(ErrorCode.FORMAT, column, cell.text(), "«" + column.header() + "» is a number with a fraction or a sign;"
                    + " write the digits as text");
            return null;
        }
        String text = cell.text();
        return text.chars().allMatch(Character::isDigit) && text.length() < digits
                ? "0".repeat(digits - text.length()) + text
                : text;
    }

    /** The day of a cell in a date format, or of a text written ДД.ММ.ГГГГ or ГГГГ-ММ-ДД. */
    LocalDate date(Column column) {
        Cell cell = cells.get(column);
        if (cell == null) {
            return null;
        }
        return switch (cell.kind()) {
            case DATE -> cell.date();
            case TEXT -> parsedDate(column, cell);
            default -> {
                problem(ErrorCode.FORMAT, column, cell.text(), "«" + column.header() + "» holds a number or an error, not a"
                        + " date: format the cell as a date or write ДД.ММ.ГГГГ");
                yield null;
            }
        };
    }

    private LocalDate parsedDate(Column column, Cell cell) {
        String text = Cell.trimmed(cell.text());
        try {
            return text.indexOf('-') == 4 ? LocalDate.parse(text) : LocalDate.parse(text, RUSSIAN_DAY);
        } catch (DateTimeParseException e) {
            problem(ErrorCode.FORMAT, column, cell.text(), "«" + column.header() + "» is not a date: write ДД.ММ.ГГГГ or"
                    + " ГГГГ-ММ-ДД, or format the cell as a date");
            return null;
        }
    }

    /** The whole number of a cell. */
    Integer integer(Column column) {
        Cell cell = cells.get(column);
        if (cell == null) {
            return null;
        }
        if (cell.kind() == Cell.Kind.NUMBER && cell.number() == Math.rint(cell.number())
                && Math.abs(cell.number()) <= Integer.MAX_VALUE) {
            return (int) cell.number();
        }
        if (cell.kind() == Cell.Kind.TEXT && WHOLE_NUMBER.matcher(Cell.trimmed(cell.text())).matches()) {
            return Integer.valueOf(Cell.trimmed(cell.text()));
        }
        problem(ErrorCode.FORMAT, column, cell.text(), "«" + column.header() + "» is not a whole number"
                + (cell.kind() == Cell.Kind.DATE ? " (Excel took what was typed for a date)" : ""));
        return null;
    }

    /** The sex of a cell: М or M is M, Ж or F is F, in either case. */
    String sex(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "М", "M" -> "M";
            case "Ж", "F" -> "F";
            default -> {
                problem(ErrorCode.FORMAT, column, text, "«" + column.header() + "» is М or Ж (M or F)");
                yield null;
            }
        };
    }

    /** The academic year of a cell, written as the registry writes it: 2026-2027. */
    String academicYear(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        Matcher m = ACADEMIC_YEAR.matcher(text);
        if (m.matches() && Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1) {
            return m.group(1) + "-" + m.group(2);
        }
        problem(ErrorCode.FORMAT, column, text, "«" + column.header() + "» is two consecutive years, for example 2026-2027");
        return null;
    }

    private String address(Column column) {
        int index = header.index(column);
        return index < 0 ? "row " + number : "cell " + SheetParser.letters(index) + number;
    }
}
