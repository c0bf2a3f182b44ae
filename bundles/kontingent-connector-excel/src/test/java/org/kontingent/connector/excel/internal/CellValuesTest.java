package org.kontingent.connector.excel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.connector.excel.internal.Workbooks.read;
import static org.kontingent.connector.excel.internal.Workbooks.row;
import static org.kontingent.connector.excel.internal.Workbooks.sheet;
import static org.kontingent.connector.excel.internal.Workbooks.workbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.exchange.RecordError;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;

/** Cells as people fill them in: dates typed or formatted, digits typed as numbers, letters in either alphabet. */
class CellValuesTest {

    private static ReadResult persons(Object[] header, Object[]... rows) throws UnreadablePackageException {
        Object[][] all = new Object[rows.length + 1][];
        all[0] = header;
        System.arraycopy(rows, 0, all, 1, rows.length);
        return read(workbook(sheet("Обучающиеся", all)));
    }

    @Test
    void aDateIsAnExcelDateOrTextInRussianOrIsoOrder() throws UnreadablePackageException {
        ReadResult read = persons(row("Идентификатор", "Дата рождения"),
                row("1", LocalDate.of(2015, 5, 5)), row("2", "05.05.2015"), row("3", "5.5.2015"), row("4", "2015-05-05"),
                row("5", " 05.05.2015 "));
        assertEquals(List.of(), read.errors());
        read.exchangePackage().persons().forEach(p -> assertEquals(LocalDate.of(2015, 5, 5), p.birthDate(), p.id()));
    }

    @Test
    void aDateThatIsNoneIsRefusedNamingSheetRowColumnAndValue() throws UnreadablePackageException {
        ReadResult read = persons(row("Идентификатор", "Фамилия", "Дата рождения"),
                row("1", "Смирнова", "2015/05/05"), row("2", "Волков", "31.02.2015"), row("3", "Орлов", 20150505));
        assertEquals(3, read.unreadable());
        assertEquals(List.of(), read.exchangePackage().persons());
        assertEquals(new RecordError(ErrorCode.FORMAT, "Обучающиеся, строка 2 (id 1)", "Дата рождения", "2015/05/05",
                "«Дата рождения» is not a date: write ДД.ММ.ГГГГ or ГГГГ-ММ-ДД, or format the cell as a date (cell C2)"),
                read.errors().get(0));
        assertEquals("31.02.2015", read.errors().get(1).value());
        assertEquals("Обучающиеся, строка 4 (id 3)", read.errors().get(2).record());
        assertEquals("20150505", read.errors().get(2).value(), "a number in a date column is no date");
    }

    @Test
    void aSnilsTypedAsANumberKeepsItsLeadingZerosAndNeverBecomesAnExponent() throws UnreadablePackageException {
        ReadResult read = persons(row("Идентификатор", "СНИЛС", "Телефон"),
                row("1", 12345678964d, 79001002030d),
                row("2", 1234567890d, null),
                row("3", new Workbooks.Formatted(1234567890d, "000\\-000\\-000\\ 00"), null),
                row("4", new Workbooks.Formatted(1234567890d, "00000000000"), null),
                row("5", "012-345-678 90", null));
        assertEquals(List.of(), read.errors());
        List<PersonRecord> persons = read.exchangePackage().persons();
        assertEquals("12345678964", persons.get(0).snils());
        assertEquals("79001002030", persons.get(0).phone());
        assertEquals("01234567890", persons.get(1).snils(), "the zero Excel dropped is put back");
        assertEquals("012-345-678 90", persons.get(2).snils(), "a zero-padded format is read as shown");
        assertEquals("01234567890", persons.get(3).snils());
        assertEquals("012-345-678 90", persons.get(4).snils());
    }

    @Test
    void documentDigitsTypedAsNumbersGetTheLeadingZerosOfTheirDocumentType() throws UnreadablePackageException {
        ReadResult read = persons(row("Идентификатор", "Вид документа", "Серия", "Номер"),
                row("1", "passport", 312, 45678),
                row("2", "birth-certificate", "IV-ТО", 54321),
                row("3", "foreign-document", 12, 45678));
        assertEquals(List.of(), read.errors());
        List<PersonRecord> persons = read.exchangePackage().persons();
        assertEquals(new PersonRecord.DocumentRecord("passport", "0312", "045678", null, null), persons.get(0).documents().get(0));
        assertEquals(new PersonRecord.DocumentRecord("birth-certificate", "IV-ТО", "054321", null, null),
                persons.get(1).documents().get(0));
        assertEquals(new PersonRecord.DocumentRecord("foreign-document", "12", "45678", null, null),
                persons.get(2).documents().get(0), "foreign documents have no fixed length");
    }

    @Test
    void aNumberWithAFractionIsNoDocumentNumber() throws UnreadablePackageException {
        ReadResult read = persons(row("Идентификатор", "Номер"), row("1", 12.5));
        assertEquals(1, read.unreadable());
        assertEquals("Номер", read.errors().get(0).field());
        assertEquals("12.5", read.errors().get(0).value());
    }

    @Test
    void sexIsRussianOrLatinInEitherCase() throws UnreadablePackageException {
        ReadResult read = persons(row("Идентификатор", "Пол"),
                row("1", "Ж"), row("2", "ж"), row("3", "F"), row("4", "М"), row("5", "m"), row("6", "мужской"));
        assertEquals(List.of("F", "F", "F", "M", "M"), read.exchangePackage().persons().stream().map(PersonRecord::sex).toList());
        assertEquals(1, read.unreadable());
        RecordError error = read.errors().get(0);
        assertEquals(ErrorCode.FORMAT, error.code());
        assertEquals("Пол", error.field());
        assertEquals("мужской", error.value());
    }

    @Test
    void anExcelErrorIsNoValue() throws UnreadablePackageException {
        ReadResult read = persons(row("Идентификатор", "Фамилия"), row("1", new Workbooks.Error(FormulaError.NA)));
        assertEquals(1, read.unreadable());
        assertEquals("#N/A", read.errors().get(0).value());
        assertEquals("Фамилия", read.errors().get(0).field());
    }

    @Test
    void wholeNumbersAndAcademicYearsAreReadFromTextOrNumbers() throws UnreadablePackageException {
        ReadResult read = read(workbook(sheet("Классы",
                row("Идентификатор", "Код организации", "Учебный год", "Параллель", "Нормативная наполняемость"),
                row("a", "1", "2026/2027", 5, "25"),
                row("b", "1", "2026 – 2027", "11", 30d),
                row("c", "1", "2026-2028", 5, 25),
                row("d", "1", "2026-2027", 5.5, 25),
                row("e", "1", "2026-2027", LocalDate.of(2026, 5, 2), 25))));
        assertEquals(List.of("2026-2027", "2026-2027"), read.exchangePackage().classes().stream()
                .map(c -> c.academicYear()).toList());
        assertEquals(List.of(5, 11), read.exchangePackage().classes().stream().map(c -> c.grade()).toList());
        assertEquals(List.of(25, 30), read.exchangePackage().classes().stream().map(c -> c.capacity()).toList());
        assertEquals(List.of("Учебный год", "Параллель", "Параллель"), read.errors().stream().map(RecordError::field).toList());
        assertTrue(read.errors().get(2).message().contains("took what was typed for a date"), read.errors().get(2).message());
    }

    @Test
    void sheetXmlOfOtherProgramsIsRead() throws IOException, UnreadablePackageException {
        String xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row><c t=\"inlineStr\"><is><t>Идентификатор</t></is></c><c t=\"inlineStr\"><is><t>Фамилия</t></is></c>"
                + "<c t=\"inlineStr\"><is><t>Дата рождения</t></is></c></row>"
                + "<row><c t=\"str\"><f>\"1\"</f><v>1</v></c>"
                + "<c t=\"inlineStr\"><is><r><t>Смир</t></r><r><t>нова</t></r><rPh><t>スミル</t></rPh></is></c>"
                + "<c t=\"d\"><v>2015-05-05T00:00:00</v></c></row>"
                + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>2</t></is></c><c r=\"C5\" t=\"d\"><v>2015-06-06</v></c></row>"
                + "</sheetData></worksheet>";
        ReadResult read = read(Workbooks.withSheetXml(out -> out.write(xml.getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of(), read.errors());
        assertEquals(List.of(new PersonRecord("1", "Смирнова", null, null, LocalDate.of(2015, 5, 5), null, null, null, null,
                null, null, null, null, List.of()), new PersonRecord("2", null, null, null, LocalDate.of(2015, 6, 6), null, null,
                        null, null, null, null, null, null, List.of())), read.exchangePackage().persons());
        assertEquals(List.of("Обучающиеся, строка 2", "Обучающиеся, строка 5"),
                List.of(read.place("persons", 0), read.place("persons", 1)));
    }

    @Test
    void marksAreWrittenAsGiven() throws UnreadablePackageException {
        ReadResult read = read(workbook(sheet("Оценки",
                row("Идентификатор обучающегося", "Код организации", "Отметка"),
                row("1", "1", 5), row("1", "1", 4.5), row("1", "1", "зачёт"))));
        assertEquals(List.of("5", "4.5", "зачёт"), read.exchangePackage().grades().stream().map(g -> g.mark()).toList());
    }
}
