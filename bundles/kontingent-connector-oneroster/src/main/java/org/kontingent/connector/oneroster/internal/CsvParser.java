package org.kontingent.connector.oneroster.internal;

import java.util.ArrayList;
import java.util.List;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.kontingent.connector.support.StrictText;

/**
 * CSV as RFC 4180 writes it, which the OneRoster CSV binding follows: UTF-8 (a byte order mark
 * is skipped), records ended by CRLF or LF, fields separated by commas, a field in double quotes
 * may hold commas, line breaks and doubled quotes. Blank lines are skipped. A quote inside an
 * unquoted field or text after a closing quote spoils that record only; a quote never closed
 * spoils the rest of the file, which is then refused whole.
 */
final class CsvParser {
    private static final char QUOTE = '"';

    /**
     * One record as parsed.
     *
     * @param line the line it starts on, the header being line 1
     * @param problem what spoils its fields, or null
     */
    record Record(int line, List<String> fields, String problem) {
    }

    private final String name;
    private final String text;
    private int at;
    private int line = 1;

    private CsvParser(String name, String text) {
        this.name = name;
        this.text = text;
        this.at = text.startsWith("\uFEFF") ? 1 : 0;
    }

    static CsvFile parse(String name, byte[] bytes) throws UnreadablePackageException {
        return CsvFile.of(name, new CsvParser(name, StrictText.utf8(bytes, name, "the OneRoster CSV binding is UTF-8")).records());
    }

    private List<Record> records() throws UnreadablePackageException {
        List<Record> records = new ArrayList<>();
        while (at < text.length()) {
            Record record = record();
            boolean blank = record.fields().size() == 1 && record.fields().get(0).isEmpty() && record.problem() == null;
            if (!blank) {
                records.add(record);
            }
        }
        return records;
    }

    /** Reads one record and the line break after it. */
    private Record record() throws UnreadablePackageException {
        int start = line;
        List<String> fields = new ArrayList<>();
        String problem = null;
        while (true) {
            StringBuilder field = new StringBuilder();
            String spoiled = at < text.length() && text.charAt(at) == QUOTE ? quoted(field) : unquoted(field);
            problem = problem != null ? problem : spoiled == null ? null : "field " + (fields.size() + 1) + " " + spoiled;
            fields.add(field.toString());
            if (at >= text.length()) {
                return new Record(start, fields, problem);
            }
            char separator = text.charAt(at++);
            if (separator != ',') {
                if (separator == '\r' && at < text.length() && text.charAt(at) == '\n') {
                    at++;
                }
                line++;
                return new Record(start, fields, problem);
            }
        }
    }

    /** An unquoted field up to the next comma or line break; returns what spoils it, or null. */
    private String unquoted(StringBuilder field) {
        String spoiled = null;
        while (at < text.length() && !isDelimiter(text.charAt(at))) {
            char c = text.charAt(at++);
            if (c == QUOTE && spoiled == null) {
                spoiled = "holds a quote but is not in quotes";
            }
            field.append(c);
        }
        return spoiled;
    }

    /** A field in quotes; returns what spoils it, or null. */
    private String quoted(StringBuilder field) throws UnreadablePackageException {
        int opened = line;
        at++;
        while (true) {
            if (at >= text.length()) {
                throw new UnreadablePackageException(ErrorCode.MALFORMED, name + ": the quoted field that starts on line "
                        + opened + " is never closed");
            }
            char c = text.charAt(at++);
            if (c == QUOTE) {
                if (at < text.length() && text.charAt(at) == QUOTE) {
                    field.append(QUOTE);
                    at++;
                    continue;
                }
                break;
            }
            if (c == '\n' || c == '\r' && !(at < text.length() && text.charAt(at) == '\n')) {
                line++;
            }
            field.append(c);
        }
        if (at < text.length() && !isDelimiter(text.charAt(at))) {
            unquoted(field);
            return "has text after its closing quote";
        }
        return null;
    }

    private static boolean isDelimiter(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }
}
