package org.kontingent.connector.oneroster.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.UnreadablePackageException;

/** CSV as RFC 4180 writes it: quotes, commas and line breaks in fields, CRLF, a byte order mark. */
class CsvParserTest {

    private static CsvFile parse(String text) throws UnreadablePackageException {
        return CsvParser.parse("users.csv", text.getBytes(UTF_8));
    }

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws UnreadablePackageException {
        CsvFile csv = parse("sourcedId,title,periods\r\n"
                + "c1,\"Математика, 5-е классы\",\"1,2\"\r\n"
                + "c2,\"Кружок \"\"Юный техник\"\"\",3\r\n"
                + "c3,\"первая строка\r\nвторая строка\",\r\n"
                + "c4,last,4");

        List<CsvFile.Row> rows = csv.rows();
        assertEquals(4, rows.size());
        assertEquals("Математика, 5-е классы", rows.get(0).get("title"));
        assertEquals(List.of("1", "2"), rows.get(0).list("periods"));
        assertEquals("Кружок \"Юный техник\"", rows.get(1).get("title"));
        assertEquals("первая строка\r\nвторая строка", rows.get(2).get("title"));
        assertNull(rows.get(2).get("periods"), "a trailing empty field is blank");
        assertEquals(List.of(2, 3, 4, 6), rows.stream().map(CsvFile.Row::line).toList(),
                "a row is named by the line it starts on, after a field of two lines too");
    }

    @Test
    void aByteOrderMarkAndBlankLinesAreSkippedAndLfEndsRecordsToo() throws UnreadablePackageException {
        CsvFile csv = CsvParser.parse("users.csv", ("\uFEFFsourcedId,role\n\nst-1,student\n\n").getBytes(UTF_8));

        assertEquals(1, csv.rows().size());
        assertEquals("st-1", csv.rows().get(0).get("sourcedId"), "the first column's name has no byte order mark");
        assertEquals(3, csv.rows().get(0).line());
    }

    @Test
    void aStrayQuoteOrAWrongNumberOfFieldsSpoilsOnlyItsRow() throws UnreadablePackageException {
        CsvFile csv = parse("sourcedId,givenName\nst-1,Ива\"н\nst-2,\"Ян\"x\nst-3\nst-4,Глеб\n");

        List<CsvFile.Row> rows = csv.rows();
        assertEquals("field 2 holds a quote but is not in quotes", rows.get(0).problem());
        assertEquals("field 2 has text after its closing quote", rows.get(1).problem());
        assertEquals("has 1 fields and the header 2", rows.get(2).problem());
        assertNull(rows.get(0).get("givenName"), "a spoiled row gives no values");
        assertEquals("st-1", rows.get(0).sourcedId(), "but its sourcedId names it");
        assertEquals("Глеб", rows.get(3).get("givenName"));
    }

    @Test
    void aQuoteNeverClosedRefusesTheFile() {
        UnreadablePackageException e = assertThrows(UnreadablePackageException.class,
                () -> parse("sourcedId,givenName\nst-1,\"Ива\nst-2,Ян\n"));

        assertEquals(ErrorCode.MALFORMED, e.code());
        assertEquals("users.csv: the quoted field that starts on line 2 is never closed", e.getMessage());
    }

    @Test
    void textThatIsNotUtf8IsAnEncodingError() {
        byte[] windows1251 = "sourcedId,givenName\nst-1,Иван\n".getBytes(Charset.forName("windows-1251"));

        UnreadablePackageException e = assertThrows(UnreadablePackageException.class,
                () -> CsvParser.parse("users.csv", windows1251));

        assertEquals(ErrorCode.ENCODING, e.code());
        assertTrue(e.getMessage().startsWith("users.csv is not UTF-8"), e.getMessage());
    }

    @Test
    void aColumnTwiceOrAnEmptyFileIsRefused() {
        assertEquals(ErrorCode.MALFORMED, assertThrows(UnreadablePackageException.class,
                () -> parse("sourcedId,role,role\n")).code());
        assertEquals(ErrorCode.MALFORMED, assertThrows(UnreadablePackageException.class, () -> parse("")).code());
    }
}
