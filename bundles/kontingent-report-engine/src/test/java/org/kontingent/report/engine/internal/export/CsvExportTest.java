package org.kontingent.report.engine.internal.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kontingent.report.api.Column;
import org.kontingent.report.engine.internal.ResultRow;

class CsvExportTest {

    @Test
    void startsWithAByteOrderMarkAndTheHeaderRow() throws IOException {
        byte[] bytes = export(Fixtures.small(null));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        List<String> lines = lines(bytes);
        assertEquals("Муниципалитет;Организация;Обучающихся;Финансирование, руб.;Доля девочек;Дата открытия", lines.get(0));
        assertEquals(6, lines.size(), "the header and five rows, no title block");
    }

    @Test
    void writesValuesAsRussianExcelReadsThem() throws IOException {
        List<String> lines = lines(export(Fixtures.small(null)));
        assertEquals("Город Энск;\"Школа № 1; \"\"Гимназия\"\"\";1234;1234567,5;0,512;01.09.2001", lines.get(1));
        assertEquals("Город Энск;Школа № 2;800;;0,49;", lines.get(2), "nulls are empty");
        assertEquals("Город Энск;Итого;2034;1234567,5;;", lines.get(3));
        assertEquals("Посёлок Тихий;Детский сад «Ромашка»;55;10000,25;;12.03.2015", lines.get(4));
        assertEquals("Всего;;2089;1244567,75;;", lines.get(5));
    }

    @Test
    void endsLinesWithCrLfAndQuotesLineBreaks() throws IOException {
        TestResult result = new TestResult(Fixtures.definition(List.of(Column.text("name", "Название"), Column.count("n", "N")),
                null), Fixtures.RUSSIAN, Fixtures.arguments(), "Весь регион", Fixtures.GENERATED, List.of(
                        Fixtures.row(ResultRow.Kind.DATA, "две\r\nстроки", 1L),
                        Fixtures.row(ResultRow.Kind.DATA, "=HYPERLINK(\"x\")", 2L)));
        String text = new String(export(result), StandardCharsets.UTF_8).substring(1);
        assertEquals("Название;N\r\n\"две\r\nстроки\";1\r\n\"'=HYPERLINK(\"\"x\"\")\";2\r\n", text,
                "a text Excel would run as a formula is kept as text");
    }

    @Test
    void followsTheLocaleForTheDecimalSeparator() throws IOException {
        TestResult small = Fixtures.small(null);
        TestResult english = new TestResult(small.definition(), Locale.ENGLISH, small.shownArguments(), small.scopeName(),
                small.generatedAt(), small.rows(0, 10));
        List<String> lines = lines(export(english));
        assertTrue(lines.get(1).endsWith(";1234;1234567.5;0.512;01.09.2001"), lines.get(1));
        assertEquals("Total;;2089;1244567.75;;", lines.get(5));
    }

    private static byte[] export(TestResult result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(result, out);
        return out.toByteArray();
    }

    private static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        assertTrue(text.endsWith("\r\n"));
        return List.of(text.substring(1).split("\r\n"));
    }
}
