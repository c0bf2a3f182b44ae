package org.kontingent.connector.excel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.connector.excel.internal.Workbooks.read;
import static org.kontingent.connector.excel.internal.Workbooks.row;
import static org.kontingent.connector.excel.internal.Workbooks.sheet;
import static org.kontingent.connector.excel.internal.Workbooks.workbook;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.exchange.RecordError;
import org.kontingent.connector.api.exchange.RepresentativeRecord;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;

/** Sheets and headers: what is found by name, what is skipped, and what makes a workbook unreadable. */
class SheetsTest {

    @Test
    void columnsAreFoundByHeaderInAnyOrderCaseAndSpacing() throws UnreadablePackageException {
        ReadResult read = read(workbook(sheet("  обучающиеся ",
                row("  дата   РОЖДЕНИЯ", "ФАМИЛИЯ", "Эл.\u00A0почта", "идентификатор"),
                row(LocalDate.of(2015, 5, 5), "Смирнова", "d@example.org", "1"))));
        assertEquals(List.of(), read.errors());
        PersonRecord person = read.exchangePackage().persons().get(0);
        assertEquals("1", person.id());
        assertEquals("Смирнова", person.surname());
        assertEquals(LocalDate.of(2015, 5, 5), person.birthDate());
        assertEquals("d@example.org", person.email());
    }

    @Test
    void anUnknownHeaderMakesThePackageMalformedAndIsNamed() {
        UnreadablePackageException e = assertThrows(UnreadablePackageException.class, () -> read(workbook(
                sheet("Обучающиеся", row("Идентификатор", "Датарождения"), row("1", "05.05.2015")))));
        assertEquals(ErrorCode.MALFORMED, e.code());
        assertTrue(e.getMessage().contains("«Датарождения» (cell B1)"), e.getMessage());
        assertTrue(e.getMessage().contains("«Обучающиеся»"), e.getMessage());
        assertTrue(e.getMessage().contains("«Дата рождения»"), "the known columns are listed: " + e.getMessage());
    }

    @Test
    void aHeaderTwiceOrARequiredColumnMissingMakesThePackageMalformed() {
        UnreadablePackageException twice = assertThrows(UnreadablePackageException.class, () -> read(workbook(
                sheet("Обучающиеся", row("Идентификатор", "Фамилия", "фамилия"), row("1", "А", "Б")))));
        assertEquals(ErrorCode.MALFORMED, twice.code());
        assertTrue(twice.getMessage().contains("twice, in cells B1 and C1"), twice.getMessage());
        UnreadablePackageException missing = assertThrows(UnreadablePackageException.class, () -> read(workbook(
                sheet("Зачисления", row("Идентификатор", "Идентификатор лица"), row("e-1", "1")))));
        assertTrue(missing.getMessage().contains("lacks the column «Код организации»"), missing.getMessage());
    }

    @Test
    void blankRowsAreSkippedAndEachRecordIsPlacedByItsExcelRowNumber() throws UnreadablePackageException {
        ReadResult read = read(workbook(sheet("Зачисления",
                row((Object) null),
                row("Идентификатор", "Идентификатор лица", "Код организации", "Роль"),
                row("e-1", "1", "SCH-1", null),
                row("", "  ", null, "\u00A0"),
                row((Object) null),
                row("e-2", "2", "SCH-1", "staff"))));
        assertEquals(List.of(), read.errors());
        assertEquals(List.of("learner", "staff"), read.exchangePackage().memberships().stream().map(m -> m.role()).toList(),
                "an empty role is a learner's");
        assertEquals("Зачисления, строка 3", read.place("memberships", 0));
        assertEquals("Зачисления, строка 6", read.place("memberships", 1));
    }

    @Test
    void sheetsLeftOutAreFineAndStaffAreRead() throws UnreadablePackageException {
        ReadResult read = read(workbook(sheet("Сотрудники", row("Идентификатор", "Фамилия"), row("s-1", "Петров"))));
        assertEquals(List.of("s-1"), read.exchangePackage().persons().stream().map(PersonRecord::id).toList());
        assertEquals("Сотрудники, строка 2", read.place("persons", 0));
        assertEquals(1, read.received());
    }

    @Test
    void aValueUnderNoHeaderIsAnUnknownField() throws UnreadablePackageException {
        ReadResult read = read(workbook(sheet("Обучающиеся",
                row("Идентификатор", "Фамилия"),
                row("1", "Смирнова", null, "лишнее"),
                row("2", "Волков"))));
        assertEquals(1, read.unreadable());
        assertEquals(new RecordError(ErrorCode.UNKNOWN_FIELD, "Обучающиеся, строка 2 (id 1)", "D", "лишнее",
                "Cell D2 holds a value, but column D has no header; move the value under its column or delete it"),
                read.errors().get(0));
        assertEquals(List.of("2"), read.exchangePackage().persons().stream().map(PersonRecord::id).toList());
    }

    @Test
    void aRequiredValueMissingIsNamedWithItsCell() throws UnreadablePackageException {
        ReadResult read = read(workbook(sheet("Классы",
                row("Идентификатор", "Код организации", "Название"),
                row("5a", null, "5А"))));
        assertEquals(new RecordError(ErrorCode.REQUIRED, "Классы, строка 2 (id 5a)", "Код организации", null,
                "«Код организации» is required and empty (cell B2)"), read.errors().get(0));
    }

    @Test
    void anUnknownSheetWithDataIsMalformedAndAnEmptyOneIsIgnored() throws UnreadablePackageException {
        byte[] empty = workbook(sheet("Лист1"), sheet("Обучающиеся", row("Идентификатор"), row("1")));
        assertEquals(1, read(empty).exchangePackage().persons().size());
        UnreadablePackageException e = assertThrows(UnreadablePackageException.class, () -> read(workbook(
                sheet("Обучающиеся", row("Идентификатор"), row("1")), sheet("Учащиеся", row(null, "Фамилия")))));
        assertEquals(ErrorCode.MALFORMED, e.code());
        assertTrue(e.getMessage().contains("«Учащиеся»") && e.getMessage().contains("cell B1"), e.getMessage());
    }

    @Test
    void aRepresentativeOfSeveralLearnersIsOnePersonWithALinkPerRow() throws UnreadablePackageException {
        ReadResult read = read(workbook(sheet("Представители",
                row("Идентификатор обучающегося", "Идентификатор представителя", "Вид родства", "Фамилия", "Имя"),
                row("1001", "2001", "mother", "Смирнова", "Елена"),
                row("1002", "2001", "mother", null, null),
                row("1003", "2001", "mother", "Смирнова", "Елена"),
                row("1004", "2001", "mother", "Смирнова", "Алёна"))));
        assertEquals(List.of(new PersonRecord("2001", "Смирнова", "Елена", null, null, null, null, null, null, null, null,
                null, null, List.of())), read.exchangePackage().persons());
        assertEquals("Представители, строка 2", read.place("persons", 0));
        assertEquals(List.of("1001", "1002", "1003"), read.exchangePackage().representatives().stream()
                .map(RepresentativeRecord::learner).toList());
        assertEquals(1, read.unreadable());
        RecordError conflict = read.errors().get(0);
        assertEquals(ErrorCode.REPEATED_IN_PACKAGE, conflict.code());
        assertEquals("Представители, строка 5", conflict.record());
        assertEquals("Идентификатор представителя", conflict.field());
        assertTrue(conflict.message().contains("«Представители, строка 2»"), conflict.message());
    }

    @Test
    void everyFaultOfARowIsReportedAtOnce() throws UnreadablePackageException {
        ReadResult read = read(workbook(sheet("Обучающиеся",
                row("Идентификатор", "Дата рождения", "Пол"),
                row("1", "вчера", "?"))));
        assertEquals(1, read.unreadable());
        assertEquals(List.of("Дата рождения", "Пол"), read.errors().stream().map(RecordError::field).toList());
    }
}
