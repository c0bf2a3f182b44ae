package org.kontingent.report.engine.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExcelExportTest {
    /** The header row: title, two arguments, scope, time, a blank line. */
    private static final int HEADER = 6;

    @Test
    void writesTheTitleBlockAboveAFrozenFilteredHeader() throws IOException {
        try (XSSFWorkbook workbook = export(Fixtures.small(null))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(Fixtures.TITLE, text(sheet, 0, 0));
            assertEquals("На дату: 01.09.2026", text(sheet, 1, 0));
            assertEquals("Уровень: Организация", text(sheet, 2, 0));
            assertEquals("Охват: Весь регион", text(sheet, 3, 0));
            assertEquals("Сформирован: 01.09.2026 14:05", text(sheet, 4, 0));
            assertEquals(List.of("Муниципалитет", "Организация", "Обучающихся", "Финансирование, руб.", "Доля девочек",
                    "Дата открытия"), rowTexts(sheet.getRow(HEADER)));

            PaneInformation pane = sheet.getPaneInformation();
            assertTrue(pane.isFreezePane());
            assertEquals(HEADER + 1, pane.getHorizontalSplitTopRow());
            assertEquals(0, pane.getVerticalSplitLeftColumn());
            assertEquals("A7:F11", sheet.getCTWorksheet().getAutoFilter().getRef(), "the filter covers the rows but the total");

            Cell header = sheet.getRow(HEADER).getCell(3);
            assertTrue(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold());
            assertTrue(header.getCellStyle().getWrapText());
            assertEquals(FillPatternType.SOLID_FOREGROUND, header.getCellStyle().getFillPattern());
            assertEquals(BorderStyle.THIN, header.getCellStyle().getBorderBottom());
        }
    }

    @Test
    void writesNumbersAndDaysAsTypedCellsWithTheirFormats() throws IOException {
        try (XSSFWorkbook workbook = export(Fixtures.small(null))) {
            Row row = workbook.getSheetAt(0).getRow(HEADER + 1);
            assertEquals(CellType.STRING, row.getCell(1).getCellType());
            assertEquals(Fixtures.ODD_NAME, row.getCell(1).getStringCellValue());
            assertNumber(row.getCell(2), 1234, "#,##0");
            assertNumber(row.getCell(3), 1234567.5, "#,##0.00");
            assertNumber(row.getCell(4), 0.512, "0.0%");
            Cell opened = row.getCell(5);
            assertEquals(CellType.NUMERIC, opened.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(opened));
            assertEquals("dd.mm.yyyy", opened.getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2001, 9, 1), opened.getLocalDateTimeCellValue().toLocalDate());

            Row withNulls = workbook.getSheetAt(0).getRow(HEADER + 2);
            assertTrue(withNulls.getCell(3) == null || withNulls.getCell(3).getCellType() == CellType.BLANK);
            assertFalse(bold(workbook, withNulls.getCell(2)));
        }
    }

    @Test
    void setsSubtotalsInBoldAndTheTotalUnderABorder() throws IOException {
        try (XSSFWorkbook workbook = export(Fixtures.small(null))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row subtotal = sheet.getRow(HEADER + 3);
            assertEquals("Город Энск", subtotal.getCell(0).getStringCellValue());
            assertEquals("Итого", subtotal.getCell(1).getStringCellValue());
            assertEquals(2034, subtotal.getCell(2).getNumericCellValue());
            assertTrue(bold(workbook, subtotal.getCell(2)));
            assertEquals(BorderStyle.NONE, subtotal.getCell(2).getCellStyle().getBorderTop());

            Row total = sheet.getRow(HEADER + 5);
            assertEquals("Всего", total.getCell(0).getStringCellValue());
            assertNumber(total.getCell(3), 1244567.75, "#,##0.00");
            for (int column = 0; column < 6; column++) {
                assertTrue(bold(workbook, total.getCell(column)), "total column " + column);
                assertEquals(BorderStyle.THIN, total.getCell(column).getCellStyle().getBorderTop(), "total column " + column);
            }
            assertEquals(HEADER + 5, sheet.getLastRowNum());
        }
    }

    @Test
    void sizesColumnsFromTheHeaderAndTheRows() throws IOException {
        try (XSSFWorkbook workbook = export(Fixtures.small(null))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertTrue(sheet.getColumnWidth(1) >= "Детский сад «Ромашка»".length() * 256, "as wide as the longest name");
            assertTrue(sheet.getColumnWidth(3) >= "1 244 567,75".length() * 256, "as wide as the largest sum");
            assertTrue(sheet.getColumnWidth(2) < sheet.getColumnWidth(1));
        }
    }

    @Test
    void namesTheSheetAsExcelAllows() throws IOException {
        String title = "'Итоги: [квартал] 1/2 * ? \\ приёма в 1-е классы по всем районам'";
        String name = ExcelExport.sheetName(title, 1, "Отчёт");
        WorkbookUtil.validateSheetName(name);
        assertTrue(name.length() <= 31, name);
        assertTrue(name.startsWith("Итоги"), name);
        assertTrue(name.chars().noneMatch(c -> "[]:*?/\\".indexOf(c) >= 0), name);

        String next = ExcelExport.sheetName(title, 2, "Отчёт");
        WorkbookUtil.validateSheetName(next);
        assertTrue(next.endsWith(" (2)") && next.length() <= 31, next);
        assertEquals("Отчёт", ExcelExport.sheetName(" '?' ", 1, "Отчёт"));

        try (XSSFWorkbook workbook = export(Fixtures.small(null))) {
            assertEquals("Численность обучающихся по орга", workbook.getSheetName(0));
        }
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        Set<String> before = sheetFiles();
        ExcelExport.write(Fixtures.large(500, Fixtures.columns(6), null), new ByteArrayOutputStream());
        Set<String> left = sheetFiles();
        left.removeAll(before);
        assertEquals(Set.of(), left);
    }

    @Test
    void leavesNoTemporaryFilesBehindWhenTheResultFailsToRead() throws IOException {
        Set<String> before = sheetFiles();
        TestResult rows = Fixtures.large(1000, Fixtures.columns(6), null);
        TestResult failing = new TestResult(rows.definition(), Fixtures.RUSSIAN, Fixtures.arguments(), "Весь регион",
                Fixtures.GENERATED, 1000, index -> {
                    if (index == 300) {
                        throw new UncheckedIOException(new IOException("the spool file is gone"));
                    }
                    return rows.rows(index, 1).get(0);
                });
        UncheckedIOException failure = assertThrows(UncheckedIOException.class,
                () -> ExcelExport.write(failing, new ByteArrayOutputStream()));
        assertEquals("the spool file is gone", failure.getCause().getMessage());
        Set<String> left = sheetFiles();
        left.removeAll(before);
        assertEquals(Set.of(), left);
    }

    private static Set<String> sheetFiles() throws IOException {
        File folder = new File(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!folder.isDirectory()) {
            return new HashSet<>();
        }
        try (Stream<Path> files = Files.list(folder.toPath())) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.startsWith("poi-sxssf-sheet"))
                    .collect(Collectors.toSet());
        }
    }

    private static XSSFWorkbook export(TestResult result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelExport.write(result, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static void assertNumber(Cell cell, double value, String format) {
        assertEquals(CellType.NUMERIC, cell.getCellType());
        assertEquals(value, cell.getNumericCellValue(), 1e-9);
        assertEquals(format, cell.getCellStyle().getDataFormatString());
    }

    private static boolean bold(XSSFWorkbook workbook, Cell cell) {
        return workbook.getFontAt(((XSSFCell) cell).getCellStyle().getFontIndex()).getBold();
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> rowTexts(Row row) {
        return IntStream.range(0, row.getLastCellNum()).mapToObj(i -> row.getCell(i).getStringCellValue())
                .toList();
    }
}
