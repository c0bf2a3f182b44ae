package org.kontingent.report.engine.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.kontingent.report.api.ColumnType;
import org.kontingent.report.engine.internal.ResultRow;

/** The texts, formats and line breaking the exports share. */
class ExportTextTest {

    @Test
    void takesTheTextsInTheResultsLanguageRussianByDefault() {
        assertEquals("Страница 2 из 10", new ExportMessages(Fixtures.RUSSIAN).text("page", 2, 10));
        assertEquals("Page 2 of 10", new ExportMessages(Locale.ENGLISH).text("page", 2, 10));
        assertEquals("Страница 1 из 1000", new ExportMessages(Locale.GERMAN).text("page", 1, 1000),
                "a language without texts falls back to Russian, not to the machine's language; numbers are not regrouped");
        assertEquals("Итого", new ExportMessages(Fixtures.RUSSIAN).rowLabel(ResultRow.Kind.SUBTOTAL));
        assertEquals("Всего", new ExportMessages(Fixtures.RUSSIAN).rowLabel(ResultRow.Kind.TOTAL));
    }

    @Test
    void showsNumbersTheRussianWayWithNonBreakingSpaces() {
        DisplayFormat format = new DisplayFormat(Fixtures.RUSSIAN, new ExportMessages(Fixtures.RUSSIAN));
        assertEquals("1\u00A0234\u00A0567", format.format(1234567L, ColumnType.INTEGER));
        assertEquals("1\u00A0234,50", format.format(1234.5, ColumnType.DECIMAL));
        assertEquals("25,5\u00A0%", format.format(0.255, ColumnType.PERCENT));
        assertEquals("01.09.2026", format.format(LocalDate.of(2026, 9, 1), ColumnType.DATE));
        assertEquals("", format.format(null, ColumnType.INTEGER));
        assertEquals("1,234.50", new DisplayFormat(Locale.ENGLISH, new ExportMessages(Locale.ENGLISH))
                .format(1234.5, ColumnType.DECIMAL));
    }

    @Test
    void labelsSubtotalsAfterTheirGroupAndTheTotalFirst() {
        assertEquals(1, RowLabels.column(Fixtures.COLUMNS, Fixtures.row(ResultRow.Kind.SUBTOTAL, "Город", null, 1L, 1.0, null, null)));
        assertEquals(0, RowLabels.column(Fixtures.COLUMNS, Fixtures.row(ResultRow.Kind.TOTAL, null, null, 1L, 1.0, null, null)));
        assertEquals(-1, RowLabels.column(Fixtures.COLUMNS, Fixtures.row(ResultRow.Kind.DATA, null, null, 1L, 1.0, null, null)));
        assertEquals(-1, RowLabels.column(Fixtures.COLUMNS, Fixtures.row(ResultRow.Kind.SUBTOTAL, "Город", "Школа", 1L, 1.0, null,
                null)), "no empty text column, no label");
    }

    @Test
    void wrapsAtSpacesBreaksLongWordsAndCutsWithAnEllipsis() throws IOException {
        try (LiberationFonts fonts = new LiberationFonts(); PDDocument document = new PDDocument()) {
            PdfText text = new PdfText(fonts.load(document, false), fonts.load(document, true));
            float width = text.width("Муниципальное", false, 9) + 1;
            List<String> lines = text.wrap("Муниципальное бюджетное учреждение", false, 9, width, 5);
            assertEquals(List.of("Муниципальное", "бюджетное", "учреждение"), lines);

            List<String> broken = text.wrap("Длинноеслововкотороенетпробелов", false, 9, 40, 10);
            assertTrue(broken.size() > 1, broken.toString());
            assertEquals("Длинноеслововкотороенетпробелов", String.join("", broken));
            for (String line : broken) {
                assertTrue(text.width(line, false, 9) <= 40, line);
            }

            List<String> cut = text.wrap("слово ".repeat(100), true, 9, width, 3);
            assertEquals(3, cut.size());
            assertTrue(cut.get(2).endsWith(PdfText.ELLIPSIS), cut.toString());
            assertTrue(text.width(cut.get(2), true, 9) <= width);

            assertEquals("a b ? c", text.clean("a\tb \uD83D\uDE00 c"), "a tab is a space, an emoji the font lacks is ?");
        }
    }

    @Test
    void keepsTheLargestChartCategoriesInTheirOrder() {
        ChartData data = new ChartData(Fixtures.definition(Fixtures.COLUMNS,
                new org.kontingent.report.api.Chart(org.kontingent.report.api.Chart.Type.BAR, "organization", List.of("learners"))),
                new DisplayFormat(Fixtures.RUSSIAN, new ExportMessages(Fixtures.RUSSIAN)));
        long[] learners = {5, 50, 7, 40, 1};
        for (int i = 0; i < learners.length; i++) {
            data.add(Fixtures.row(ResultRow.Kind.DATA, "Город", "Школа " + i, learners[i], null, null, null));
        }
        data.add(Fixtures.row(ResultRow.Kind.DATA, "Город", "Школа 0", 100L, null, null, null));
        data.add(Fixtures.row(ResultRow.Kind.SUBTOTAL, "Город", null, 1000L, null, null, null));
        assertEquals(5, data.categories(), "a repeated category adds up, a subtotal is no category");
        List<ChartData.Point> largest = data.largest(3);
        assertEquals(List.of("Школа 0", "Школа 1", "Школа 3"), largest.stream().map(ChartData.Point::label).toList());
        assertEquals(105, largest.get(0).values()[0]);
    }
}
