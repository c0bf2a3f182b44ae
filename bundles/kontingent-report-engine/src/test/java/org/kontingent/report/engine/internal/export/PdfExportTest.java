package org.kontingent.report.engine.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.engine.internal.ResultRow;

class PdfExportTest {
    private static final String NBSP = "\u00A0";

    @Test
    void printsTheTitleBlockAndTheTableInCyrillic() throws IOException {
        try (PDDocument pdf = export(Fixtures.small(null))) {
            assertEquals(1, pdf.getNumberOfPages());
            String page = text(pdf, 1);
            assertTrue(page.contains(Fixtures.TITLE), page);
            assertTrue(page.contains("На дату: 01.09.2026"), page);
            assertTrue(page.contains("Уровень: Организация"), page);
            assertTrue(page.contains("Охват: Весь регион"), page);
            assertTrue(page.contains("Сформирован: 01.09.2026 14:05"), page);
            for (Column column : Fixtures.COLUMNS) {
                for (String word : column.title().split(" ")) {
                    assertTrue(page.contains(word), "header word " + word + " in\n" + page);
                }
            }
            assertTrue(page.contains("Детский сад «Ромашка»"), page);
            assertTrue(page.contains("1" + NBSP + "234" + NBSP + "567,50"), "grouped with non-breaking spaces\n" + page);
            assertTrue(page.contains("51,2" + NBSP + "%"), page);
            assertTrue(page.contains("01.09.2001"), page);
            assertTrue(page.contains("Итого") && page.contains("Всего"), page);
            assertTrue(page.contains("Страница 1 из 1"), page);
            assertTrue(page.indexOf(Fixtures.TITLE) < page.indexOf("Муниципалитет"), "the title above the table");
        }
    }

    @Test
    void embedsLiberationSansAsASubset() throws IOException {
        try (PDDocument pdf = export(Fixtures.small(null))) {
            PDPage page = pdf.getPage(0);
            List<String> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                fonts.add(font.getName());
            }
            assertTrue(fonts.stream().anyMatch(name -> name.matches("[A-Z]{6}\\+LiberationSans")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(name -> name.matches("[A-Z]{6}\\+LiberationSans-Bold")), fonts.toString());
        }
    }

    @Test
    void setsSubtotalAndTotalRowsInBold() throws IOException {
        try (PDDocument pdf = export(Fixtures.small(null))) {
            List<String> boldTexts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    if (positions.get(0).getFont().getName().endsWith("-Bold")) {
                        boldTexts.add(text);
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(pdf);
            assertTrue(boldTexts.contains("Итого"), boldTexts.toString());
            assertTrue(boldTexts.contains("2" + NBSP + "089"), boldTexts.toString());
            assertFalse(boldTexts.contains("800"), "a data row is regular: " + boldTexts);
        }
    }

    @Test
    void turnsAWideTableLandscape() throws IOException {
        try (PDDocument narrow = export(Fixtures.large(20, Fixtures.columns(6), null));
                PDDocument wide = export(Fixtures.large(20, Fixtures.columns(8), null))) {
            PDRectangle portrait = narrow.getPage(0).getMediaBox();
            assertTrue(portrait.getWidth() < portrait.getHeight(), "six columns fit portrait");
            PDRectangle landscape = wide.getPage(0).getMediaBox();
            assertTrue(landscape.getWidth() > landscape.getHeight(), "eight columns go landscape");
            assertEquals(PDRectangle.A4.getHeight(), landscape.getWidth(), 0.01);
        }
    }

    @Test
    void repeatsTheHeaderOnEveryPageAndNumbersThePages() throws IOException {
        try (PDDocument pdf = export(Fixtures.large(300, Fixtures.columns(6), null))) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 3, "300 rows take several pages: " + pages);
            String second = text(pdf, 2);
            assertTrue(second.contains("Муниципалитет") && second.contains("Организация") && second.contains("Обучающихся"),
                    second);
            assertFalse(second.contains(Fixtures.TITLE), "the title is on the first page only");
            assertTrue(second.contains("Страница 2 из " + pages), second);
            assertTrue(text(pdf, pages).contains("Страница " + pages + " из " + pages));
            String all = new PDFTextStripper().getText(pdf);
            assertTrue(all.contains("Организация № 0") && all.contains("Организация № 299"), "every row is printed");
        }
    }

    @Test
    void cutsAVeryLongTextWithAnEllipsis() throws IOException {
        String longName = "Муниципальное бюджетное общеобразовательное учреждение ".repeat(40) + "КОНЕЦ";
        TestResult result = new TestResult(Fixtures.definition(Fixtures.COLUMNS, null), Fixtures.RUSSIAN, Fixtures.arguments(),
                "Весь регион", Fixtures.GENERATED, List.of(Fixtures.row(ResultRow.Kind.DATA, "Город Энск", longName, 1L, 1.0,
                        0.5, null)));
        try (PDDocument pdf = export(result)) {
            String page = text(pdf, 1);
            assertTrue(page.contains("…"), page);
            assertFalse(page.contains("КОНЕЦ"), page);
            assertTrue(page.contains("Муниципальное"), page);
        }
    }

    @Test
    void drawsABarChartOnAPageOfItsOwnFromDataRowsOnly() throws IOException {
        try (PDDocument withChart = export(Fixtures.small(new Chart(Chart.Type.BAR, "organization", List.of("learners", "funding"))));
                PDDocument without = export(Fixtures.small(null))) {
            assertEquals(without.getNumberOfPages() + 1, withChart.getNumberOfPages());
            PDPage page = withChart.getPage(withChart.getNumberOfPages() - 1);
            assertTrue(page.getMediaBox().getWidth() > page.getMediaBox().getHeight(), "the chart page is landscape");
            String chart = text(withChart, withChart.getNumberOfPages());
            assertTrue(chart.contains(Fixtures.TITLE), chart);
            assertTrue(chart.contains("Обучающихся") && chart.contains("Финансирование, руб."), "legend:\n" + chart);
            assertTrue(chart.contains("Школа № 2"), "category labels:\n" + chart);
            assertFalse(chart.contains("Итого") || chart.contains("Всего") || chart.contains("—"), chart);
            assertTrue(chart.contains("Страница 2 из 2"), chart);
        }
    }

    @Test
    void drawsAPieOfTheDataRowsWithTheirShares() throws IOException {
        try (PDDocument pdf = export(Fixtures.small(new Chart(Chart.Type.PIE, "organization", List.of("learners"))))) {
            String chart = text(pdf, pdf.getNumberOfPages());
            // 1234, 800 and 55 of 2089: the subtotal and the total are not slices
            assertTrue(chart.contains("Школа № 2 — 38,3" + NBSP + "%"), chart);
            assertTrue(chart.contains("Детский сад «Ромашка» — 2,6" + NBSP + "%"), chart);
            assertTrue(chart.contains("59,1" + NBSP + "%"), chart);
        }
    }

    @Test
    void drawsEveryChartTypeAndSaysWhenCategoriesWereLeftOut() throws IOException {
        for (Chart.Type type : Chart.Type.values()) {
            List<String> series = type == Chart.Type.PIE ? List.of("learners") : List.of("learners", "girls");
            try (PDDocument pdf = export(Fixtures.large(40, Fixtures.columns(5), new Chart(type, "organization", series)))) {
                String chart = text(pdf, pdf.getNumberOfPages());
                assertTrue(chart.contains("Показаны 30 наибольших категорий из 40"), type + ":\n" + chart);
                assertTrue(chart.contains("Обучающихся"), type + ":\n" + chart);
                if (type != Chart.Type.PIE) {
                    assertTrue(chart.contains("Доля девочек"), type + ":\n" + chart);
                }
            }
        }
    }

    @Test
    void keepsTheLargestCategories() throws IOException {
        try (PDDocument pdf = export(Fixtures.large(40, Fixtures.columns(5),
                new Chart(Chart.Type.PIE, "organization", List.of("learners"))))) {
            String chart = text(pdf, pdf.getNumberOfPages());
            // rows 0..39 have 100..139 learners: the 30 largest are rows 10..39
            assertTrue(chart.contains("Организация № 10 —") && chart.contains("Организация № 39 —"), chart);
            assertFalse(chart.contains("Организация № 9 —") || chart.contains("Организация № 0 —"), chart);
            assertTrue(chart.indexOf("Организация № 10 —") < chart.indexOf("Организация № 39 —"), "in the result's order");
        }
    }

    @Test
    void exportsTenThousandRows() throws IOException {
        long start = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfExport.write(Fixtures.large(10_000, Fixtures.columns(10),
                new Chart(Chart.Type.BAR, "municipality", List.of("learners"))), out);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("PDF, 10,000 rows x 10 columns: %d ms, %d KiB%n", millis, out.size() / 1024);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages > 100, "pages: " + pages);
            String last = text(pdf, pages);
            assertTrue(last.contains("Страница " + pages + " из " + pages), last);
            assertTrue(last.contains("Обучающихся") && !last.contains("Показаны"), "the chart of ten municipalities:\n" + last);
            assertTrue(text(pdf, pages - 1).contains("Организация № 9999"), "the last row before the chart");
        }
    }

    private static PDDocument export(TestResult result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfExport.write(result, out);
        return Loader.loadPDF(out.toByteArray());
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
