package org.kontingent.connector.excel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a worksheet's XML with SAX and hands on its rows one at a time, each as the cells that
 * hold something, so that a sheet of any length is read in the memory of one row.
 */
final class SheetParser extends DefaultHandler {

    /** Takes the rows of a sheet in order. */
    interface Rows {
        /**
         * @param number the row's number as Excel shows it, from 1
         * @param cells the cells that hold something, left to right; never empty
         */
        void row(int number, List<Cell> cells) throws UnreadablePackageException;
    }

    /** The last column Excel has, XFD. */
    private static final int MAX_COLUMN = 16_383;

    private final SharedStrings strings;
    private final NumberCells numbers;
    private final Rows rows;

    private final List<Cell> cells = new ArrayList<>();
    private final StringBuilder value = new StringBuilder();
    private int rowNumber;
    private int nextColumn;
    private String reference;
    private String type;
    private int style;
    private boolean inValue;
    private boolean inInlineString;
    private boolean inInlineText;
    private boolean inPhonetic;

    private SheetParser(SharedStrings strings, NumberCells numbers, Rows rows) {
        this.strings = strings;
        this.numbers = numbers;
        this.rows = rows;
    }

    /**
     * Reads one sheet.
     *
     * @param sheet the worksheet part's XML
     * @param name the sheet's name, for messages
     */
    static void parse(InputStream sheet, String name, SharedStrings strings, NumberCells numbers, Rows rows)
            throws IOException, UnreadablePackageException {
        try {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(new SheetParser(strings, numbers, rows));
            reader.parse(new InputSource(sheet));
        } catch (SAXParseException e) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The sheet «" + name + "» is not valid worksheet XML"
                    + " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + "): " + e.getMessage(), e);
        } catch (SAXException e) {
            if (e.getCause() instanceof UnreadablePackageException unreadable) {
                throw unreadable;
            }
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The sheet «" + name + "» could not be read: "
                    + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IOException("No SAX parser with POI's secure settings: " + e.getMessage(), e);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "row" -> {
                rowNumber = attributes.getValue("r") == null ? rowNumber + 1 : integer(attributes, "r", localName);
                nextColumn = 0;
                cells.clear();
            }
            case "c" -> {
                reference = attributes.getValue("r");
                type = attributes.getValue("t");
                style = attributes.getValue("s") == null ? -1 : integer(attributes, "s", localName);
                value.setLength(0);
            }
            case "v" -> inValue = true;
            case "is" -> inInlineString = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> inInlineText = inInlineString && !inPhonetic;
            default -> {
                // other elements (formulas, sheet properties, validations) carry no values
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "is" -> inInlineString = false;
            case "c" -> cell();
            case "row" -> row();
            default -> {
                // nothing to finish
            }
        }
    }

    private void cell() throws SAXException {
        int column = reference == null ? nextColumn : column(reference);
        if (column < 0 || column > MAX_COLUMN) {
            throw new SAXException("A cell of row " + rowNumber + " has the address «" + reference + "»");
        }
        String address = reference == null ? letters(column) + rowNumber : reference;
        nextColumn = column + 1;
        String raw = value.toString();
        Cell cell = switch (type == null ? "n" : type) {
            case "s" -> raw.isBlank() ? null : Cell.text(column, address, sharedString(raw));
            case "inlineStr", "str" -> Cell.text(column, address, raw);
            case "d" -> isoDate(column, address, raw);
            case "b" -> Cell.text(column, address, "1".equals(raw.strip()) ? "TRUE" : "FALSE");
            case "e" -> Cell.error(column, address, raw);
            default -> raw.isBlank() ? null : numbers.cell(column, address, number(raw), style);
        };
        if (cell != null && !cell.isBlank()) {
            cells.add(cell);
        }
    }

    private void row() throws SAXException {
        if (cells.isEmpty()) {
            return;
        }
        try {
            rows.row(rowNumber, List.copyOf(cells));
        } catch (UnreadablePackageException e) {
            throw new SAXException(e.getMessage(), e);
        }
        cells.clear();
    }

    /** A cell of type d (strict OOXML): an ISO 8601 date, perhaps with a time; text when it is none. */
    private static Cell isoDate(int column, String address, String raw) {
        String day = raw.strip().length() >= 10 ? raw.strip().substring(0, 10) : raw;
        try {
            return NumberCells.day(column, address, LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            return Cell.text(column, address, raw);
        }
    }

    private static int integer(Attributes attributes, String name, String element) throws SAXException {
        try {
            return Integer.parseInt(attributes.getValue(name).strip());
        } catch (NumberFormatException e) {
            throw new SAXException("The " + element + " attribute " + name + " is «" + attributes.getValue(name)
                    + "», not a number", e);
        }
    }

    private String sharedString(String index) throws SAXException {
        try {
            return strings.getItemAt(Integer.parseInt(index.strip())).getString();
        } catch (RuntimeException e) {
            throw new SAXException("Cell " + reference + " refers to shared string " + index + ", which the workbook lacks", e);
        }
    }

    private double number(String raw) throws SAXException {
        try {
            return Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            throw new SAXException("Cell " + reference + " holds «" + raw + "» as a number", e);
        }
    }

    /** The column index of a cell address: 0 for A1, 27 for AB12. */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (column > MAX_COLUMN + 1) {
                return Integer.MAX_VALUE;
            }
        }
        return column - 1;
    }

    /** The letters of a column: A for 0, AB for 27. */
    static String letters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }
}
