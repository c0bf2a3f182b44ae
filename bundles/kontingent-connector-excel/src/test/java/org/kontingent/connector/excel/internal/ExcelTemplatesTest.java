package org.kontingent.connector.excel.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kontingent.connector.api.exchange.ClassGroupRecord;
import org.kontingent.connector.api.exchange.ExchangePackage;
import org.kontingent.connector.api.exchange.GradeRecord;
import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.exchange.RepresentativeRecord;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.TemplateProvider;
import org.kontingent.connector.api.format.UnreadablePackageException;

/** The templates are valid empty packages, explain their columns, and read back what is filled in. */
class ExcelTemplatesTest {
    private final ExcelTemplates templates = new ExcelTemplates();

    private byte[] template(String id) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        templates.write(id, out);
        return out.toByteArray();
    }

    @Test
    void offersOneTemplatePerSheetAndOneWithEverySheet() {
        assertEquals("excel", templates.formatId());
        assertEquals(List.of("all", "persons", "staff", "representatives", "classes", "memberships", "grades"),
                templates.templates().stream().map(TemplateProvider.Template::id).toList());
        assertEquals(List.of("Все листы", "Обучающиеся", "Сотрудники", "Представители", "Классы", "Зачисления", "Оценки"),
                templates.templates().stream().map(TemplateProvider.Template::title).toList());
        templates.templates().forEach(t -> assertAll(t.id(),
                () -> assertTrue(t.fileName().endsWith(".xlsx")),
                () -> assertEquals(ExcelPackageFormat.MEDIA_TYPE, t.mediaType())));
    }

    @Test
    void eachTemplateIsAValidEmptyPackage() throws IOException, UnreadablePackageException {
        for (TemplateProvider.Template t : templates.templates()) {
            ReadResult read = Workbooks.read(template(t.id()));
            assertEquals(List.of(), read.errors(), t.id());
            assertEquals(0, read.received(), t.id());
        }
    }

    @Test
    void aSheetHasABoldFrozenHeaderWithCommentsFormatsAndLists() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template("persons")))) {
            assertEquals(1, workbook.getNumberOfSheets());
            XSSFSheet sheet = workbook.getSheet("Обучающиеся");
            XSSFRow header = sheet.getRow(0);
            List<Column> columns = SheetLayouts.named("Обучающиеся").columns();
            for (int i = 0; i < columns.size(); i++) {
                XSSFCell cell = header.getCell(i);
                assertEquals(columns.get(i).header(), cell.getStringCellValue());
                assertTrue(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold(), cell.getStringCellValue());
                assertNotNull(cell.getCellComment(), "a comment on " + cell.getStringCellValue());
                assertEquals(columns.get(i).required(), cell.getCellComment().getString().getString().endsWith("Обязательное."),
                        "the comment says whether " + cell.getStringCellValue() + " is required");
            }
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header row is frozen");
            int snils = columns.indexOf(PersonColumns.SNILS);
            assertEquals("@", sheet.getColumnStyle(snils).getDataFormatString(), "СНИЛС is text, so zeros stay");
            int birthDate = columns.indexOf(PersonColumns.BIRTH_DATE);
            assertEquals("dd.mm.yyyy", sheet.getColumnStyle(birthDate).getDataFormatString());
            assertTrue(sheet.getColumnWidth(columns.indexOf(PersonColumns.REGISTRATION_ADDRESS))
                    > sheet.getColumnWidth(columns.indexOf(PersonColumns.SEX)));
            DataValidation sex = sheet.getDataValidations().stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == columns.indexOf(PersonColumns.SEX))
                    .findFirst().orElseThrow();
            assertEquals(List.of("М", "Ж"), Arrays.asList(sex.getValidationConstraint().getExplicitListValues()));
            assertEquals(DataValidation.ErrorStyle.STOP, sex.getErrorStyle());
            DataValidation documentType = sheet.getDataValidations().stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn()
                            == columns.indexOf(PersonColumns.DOCUMENT_TYPE))
                    .findFirst().orElseThrow();
            assertEquals(DataValidation.ErrorStyle.WARNING, documentType.getErrorStyle(), "a region may add codes");
        }
    }

    @Test
    void theCompleteTemplateHasEverySheetAndItsRoleList() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template("all")))) {
            assertEquals(SheetLayouts.ALL.stream().map(SheetLayout::name).toList(),
                    List.of(0, 1, 2, 3, 4, 5).stream().map(workbook::getSheetName).toList());
            XSSFSheet memberships = workbook.getSheet("Зачисления");
            int role = SheetLayouts.named("Зачисления").columns().indexOf(MembershipsSheet.ROLE);
            assertTrue(memberships.getDataValidations().stream().anyMatch(v -> v.getRegions().getCellRangeAddress(0)
                    .getFirstColumn() == role && Arrays.asList(v.getValidationConstraint().getExplicitListValues())
                            .equals(List.of("learner", "staff"))));
        }
    }

    @Test
    void aFilledCopyReadsBackExactly() throws IOException, UnreadablePackageException {
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template("all")))) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            fill(workbook, date, "Обучающиеся", List.of("Идентификатор", "1001", "Фамилия", "Смирнова", "Имя", "Дарья",
                    "Дата рождения", LocalDate.of(2015, 5, 5), "Пол", "Ж", "СНИЛС", "012-345-678 90", "Вид документа",
                    "birth-certificate", "Серия", "IV-ТО", "Номер", "054321", "Адрес регистрации", "г. Барнаул, ул. Ленина, 1"));
            fill(workbook, date, "Сотрудники", List.of("Идентификатор", "s-1", "Фамилия", "Петров", "Имя", "Иван"));
            fill(workbook, date, "Представители", List.of("Идентификатор обучающегося", "1001", "Идентификатор представителя",
                    "2001", "Вид родства", "mother", "Фамилия", "Смирнова", "Имя", "Елена"));
            fill(workbook, date, "Классы", List.of("Идентификатор", "5a", "Код организации", "17", "Учебный год", "2026-2027",
                    "Название", "5А", "Параллель", 5, "Форма обучения", "full-time"));
            fill(workbook, date, "Зачисления", List.of("Идентификатор", "e-1", "Идентификатор лица", "1001", "Код организации",
                    "17", "Дата зачисления", LocalDate.of(2026, 9, 1), "Номер приказа о зачислении", "12-к",
                    "Дата приказа о зачислении", LocalDate.of(2026, 8, 28), "Идентификатор класса", "5a", "Дата выбытия",
                    LocalDate.of(2027, 6, 1), "Причина выбытия", "graduation", "Номер приказа о выбытии", "40-к",
                    "Дата приказа о выбытии", LocalDate.of(2027, 5, 30)));
            fill(workbook, date, "Оценки", List.of("Идентификатор обучающегося", "1001", "Код организации", "17", "Учебный год",
                    "2026-2027", "Предмет", "mathematics", "Период", "year", "Отметка", 5));
            filled = Workbooks.bytes(workbook);
        }
        ReadResult read = Workbooks.read(filled);
        assertEquals(List.of(), read.errors());
        PersonRecord learner = new PersonRecord("1001", "Смирнова", "Дарья", null, LocalDate.of(2015, 5, 5), "F",
                "012-345-678 90", null, null, "г. Барнаул, ул. Ленина, 1", null, null, null, List.of(
                        new PersonRecord.DocumentRecord("birth-certificate", "IV-ТО", "054321", null, null)));
        PersonRecord staff = new PersonRecord("s-1", "Петров", "Иван", null, null, null, null, null, null, null, null, null,
                null, List.of());
        PersonRecord mother = new PersonRecord("2001", "Смирнова", "Елена", null, null, null, null, null, null, null, null,
                null, null, List.of());
        ExchangePackage expected = new ExchangePackage("1.0", List.of(learner, staff, mother),
                List.of(new RepresentativeRecord("1001", "2001", "mother")),
                List.of(new ClassGroupRecord("5a", "17", "2026-2027", "5А", 5, null, "full-time", null)),
                List.of(new MembershipRecord("e-1", "1001", "17", "learner", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 1),
                        null, new MembershipRecord.OrderRecord("12-к", LocalDate.of(2026, 8, 28)), "graduation",
                        new MembershipRecord.OrderRecord("40-к", LocalDate.of(2027, 5, 30)), "5a")),
                List.of(new GradeRecord(null, "1001", "17", "2026-2027", "mathematics", "year", "5", null)),
                List.of());
        assertEquals(expected, read.exchangePackage());
        assertEquals(List.of("Обучающиеся, строка 2", "Сотрудники, строка 2", "Представители, строка 2"),
                List.of(read.place("persons", 0), read.place("persons", 1), read.place("persons", 2)));
    }

    /** Writes row 2 of a template's sheet: header, value, header, value, ... */
    private static void fill(XSSFWorkbook workbook, CellStyle date, String sheetName, List<Object> values) {
        XSSFSheet sheet = workbook.getSheet(sheetName);
        XSSFRow header = sheet.getRow(0);
        XSSFRow row = sheet.createRow(1);
        for (int i = 0; i < values.size(); i += 2) {
            int column = column(header, (String) values.get(i));
            Workbooks.set(workbook, row, column, values.get(i + 1), date);
        }
    }

    private static int column(XSSFRow header, String text) {
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (header.getCell(c).getStringCellValue().equals(text)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no column " + text);
    }

    @Test
    void anUnknownTemplateIsRefusedAndTheStreamIsLeftOpen() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> templates.write("pupils", new ByteArrayOutputStream()));
        boolean[] closed = new boolean[1];
        templates.write("grades", new FilterOutputStream(new ByteArrayOutputStream()) {
            @Override
            public void close() {
                closed[0] = true;
            }
        });
        assertFalse(closed[0], "the caller closes its stream");
    }
}
