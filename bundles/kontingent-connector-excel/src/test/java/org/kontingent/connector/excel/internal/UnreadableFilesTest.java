package org.kontingent.connector.excel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.connector.excel.internal.Workbooks.read;
import static org.kontingent.connector.excel.internal.Workbooks.row;
import static org.kontingent.connector.excel.internal.Workbooks.sheet;
import static org.kontingent.connector.excel.internal.Workbooks.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.UnreadablePackageException;

/** Files that are no readable workbook are refused with a code and a reason, never with another exception. */
class UnreadableFilesTest {
    private static UnreadablePackageException refused(byte[] bytes) {
        return assertThrows(UnreadablePackageException.class, () -> read(bytes));
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws IOException {
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        byte[] bomb = Workbooks.withSheetXml(out -> {
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 50; i++) {
                out.write(spaces);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertTrue(bomb.length < 1 << 20, "50 MiB of sheet in " + bomb.length + " bytes");
        UnreadablePackageException e = refused(bomb);
        assertEquals(ErrorCode.MALFORMED, e.code());
        assertTrue(e.getMessage().contains("Zip bomb"), e.getMessage());
    }

    @Test
    void aSheetThatIsNotXmlIsNamed() throws IOException {
        UnreadablePackageException e = refused(Workbooks.withSheetXml(out -> out.write("<worksheet><sheetData><row r=\"1\">"
                .getBytes(StandardCharsets.UTF_8))));
        assertEquals(ErrorCode.MALFORMED, e.code());
        assertTrue(e.getMessage().contains("«Обучающиеся» is not valid worksheet XML"), e.getMessage());
    }

    @Test
    void anOldExcelWorkbookIsRefusedWithAdvice() throws IOException {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("Обучающиеся");
            workbook.write(xls);
        }
        UnreadablePackageException e = refused(xls.toByteArray());
        assertEquals(ErrorCode.MALFORMED, e.code());
        assertTrue(e.getMessage().contains("(.xls)"), e.getMessage());
    }

    @Test
    void aZipThatIsNoWorkbookIsMalformed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertEquals(ErrorCode.MALFORMED, refused(out.toByteArray()).code());
    }

    @Test
    void anEmptyFileIsEmpty() {
        assertEquals(ErrorCode.EMPTY, refused(new byte[0]).code());
    }

    @Test
    void theTemporaryCopyIsDeletedWhetherTheWorkbookIsReadOrNot() throws IOException, UnreadablePackageException {
        List<Path> before = copies();
        read(workbook(sheet("Обучающиеся", row("Идентификатор"), row("1"))));
        refused(Workbooks.withSheetXml(out -> out.write("<worksheet>".getBytes(StandardCharsets.UTF_8))));
        refused("just text".getBytes(StandardCharsets.UTF_8));
        assertEquals(before, copies());
    }

    private static List<Path> copies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("kontingent-excel-")).sorted().toList();
        }
    }
}
