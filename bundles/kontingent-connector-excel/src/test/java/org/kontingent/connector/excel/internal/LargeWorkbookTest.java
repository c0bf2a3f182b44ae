package org.kontingent.connector.excel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;

/**
 * A region's worth of learners in one workbook. The build runs tests in a 256 MiB heap (see the
 * pom): the reader gets through 100,000 rows there only because it streams the sheet; POI's
 * user model (XSSFWorkbook) would need several times that for the same sheet.
 */
class LargeWorkbookTest {
    private static final int ROWS = 100_000;

    @Test
    void readsAHundredThousandRowsAsAStream() throws IOException, UnreadablePackageException {
        ReadResult read = Workbooks.read(workbook());
        assertEquals(List.of(), read.errors());
        List<PersonRecord> persons = read.exchangePackage().persons();
        assertEquals(ROWS, persons.size());
        assertEquals(person(0), persons.get(0));
        assertEquals(person(ROWS - 1), persons.get(ROWS - 1));
        assertEquals("Обучающиеся, строка " + (ROWS + 1), read.place("persons", ROWS - 1));
    }

    private static PersonRecord person(int i) {
        return new PersonRecord("p-" + i, "Фамилия" + i % 997, "Имя" + i % 101, null, LocalDate.of(2010, 1, 1).plusDays(i % 4000),
                i % 2 == 0 ? "F" : "M", String.format("%011d", 1_000_000_000L + i), "RU", null, null, null, null, null,
                List.of());
    }

    /** Written with SXSSF, which keeps only a window of rows in memory. */
    private static byte[] workbook() throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            SXSSFSheet sheet = workbook.createSheet("Обучающиеся");
            String[] headers = {"Идентификатор", "Фамилия", "Имя", "Дата рождения", "Пол", "СНИЛС", "Гражданство"};
            SXSSFRow header = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int i = 0; i < ROWS; i++) {
                PersonRecord p = person(i);
                SXSSFRow row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(p.id());
                row.createCell(1).setCellValue(p.surname());
                row.createCell(2).setCellValue(p.name());
                row.createCell(3).setCellValue(p.birthDate());
                row.getCell(3).setCellStyle(date);
                row.createCell(4).setCellValue("F".equals(p.sex()) ? "Ж" : "М");
                row.createCell(5).setCellValue(Double.parseDouble(p.snils()));
                row.createCell(6).setCellValue("RU");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
