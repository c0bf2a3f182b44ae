package org.kontingent.connector.excel.internal;

import java.util.List;
import java.util.Locale;

/**
 * A column of a sheet: the header people write above it, what they are told about its values,
 * and the values they may choose from.
 *
 * @param header the header as the templates write it
 * @param type how its cells are formatted in the templates
 * @param required whether a row without a value is refused (and a sheet without the column unreadable)
 * @param hint what the template's header comment says about the values, in Russian
 * @param choices the values a template's list offers, or none
 * @param closed whether a value outside {@code choices} is refused by the template (otherwise it only warns)
 */
record Column(String header, Type type, boolean required, String hint, List<String> choices, boolean closed) {

    /** How a column's cells are formatted in a template and how wide it is. */
    enum Type {
        /** Text, also for digits such as СНИЛС, so that Excel keeps leading zeros. */
        TEXT(18),
        /** Long text: names of places, addresses. */
        LONG_TEXT(40),
        DATE(14),
        INTEGER(12);

        private final int width;

        Type(int width) {
            this.width = width;
        }

        /** The width in characters. */
        int width() {
            return width;
        }
    }

    static final String DATE_HINT = "Дата: ячейка в формате даты или текст ДД.ММ.ГГГГ либо ГГГГ-ММ-ДД.";

    Column {
        choices = List.copyOf(choices);
    }

    static Column text(String header, String hint) {
        return new Column(header, Type.TEXT, false, hint, List.of(), false);
    }

    static Column longText(String header, String hint) {
        return new Column(header, Type.LONG_TEXT, false, hint, List.of(), false);
    }

    static Column required(String header, String hint) {
        return new Column(header, Type.TEXT, true, hint, List.of(), false);
    }

    static Column date(String header, String hint) {
        return new Column(header, Type.DATE, false, hint.isEmpty() ? DATE_HINT : hint + " " + DATE_HINT, List.of(), false);
    }

    static Column integer(String header, String hint) {
        return new Column(header, Type.INTEGER, false, hint, List.of(), false);
    }

    /** A column whose values are codes of a registry dictionary: offered as a list that a region may extend. */
    static Column code(String header, String hint, List<String> codes) {
        return new Column(header, Type.TEXT, false, hint, codes, false);
    }

    /** A column with a closed set of values. */
    static Column choice(String header, String hint, List<String> choices) {
        return new Column(header, Type.TEXT, false, hint, choices, true);
    }

    /** The width of the column in characters. */
    int width() {
        return Math.max(type.width(), header.length() + 4);
    }

    /** The header as compared: case, runs of spaces (also non-breaking ones) and ё/е do not matter. */
    static String normalized(String header) {
        return header.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
