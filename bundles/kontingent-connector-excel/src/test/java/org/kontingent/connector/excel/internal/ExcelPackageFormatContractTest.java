package org.kontingent.connector.excel.internal;

import static org.kontingent.connector.excel.internal.Workbooks.row;
import static org.kontingent.connector.excel.internal.Workbooks.sheet;
import static org.kontingent.connector.excel.internal.Workbooks.workbook;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.kontingent.connector.api.exchange.ClassGroupRecord;
import org.kontingent.connector.api.exchange.ExchangePackage;
import org.kontingent.connector.api.exchange.GradeRecord;
import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.exchange.RepresentativeRecord;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.testkit.ExchangeSamples;
import org.kontingent.connector.testkit.PackageFormatContract;

/** The Excel connector keeps the testkit's contract on workbooks written here with POI. */
class ExcelPackageFormatContractTest extends PackageFormatContract {
    static final String SNILS = ExchangeSamples.snils(123_456_789);

    @Override
    protected PackageFormat format() {
        return new ExcelPackageFormat();
    }

    @Override
    protected Sample sample() {
        byte[] bytes = workbook(
                sheet("Обучающиеся",
                        row("Идентификатор", "Фамилия", "Имя", "Отчество", "Дата рождения", "Пол", "СНИЛС", "Гражданство",
                                "Вид документа", "Серия", "Номер", "Дата выдачи", "Кем выдан"),
                        row("1001", "Смирнова", "Дарья", "Олеговна", LocalDate.of(2015, 5, 5), "Ж", SNILS, "RU",
                                "birth-certificate", "IV-ТО", "054321", LocalDate.of(2015, 5, 20), "Отдел ЗАГС")),
                sheet("Представители",
                        row("Идентификатор обучающегося", "Идентификатор представителя", "Вид родства", "Фамилия", "Имя",
                                "Дата рождения", "Пол", "Телефон"),
                        row("1001", "2001", "mother", "Смирнова", "Елена", "02.02.1988", "Ж", "+7 900 100-20-30")),
                sheet("Классы",
                        row("Идентификатор", "Код организации", "Учебный год", "Название", "Параллель",
                                "Нормативная наполняемость"),
                        row("5a", "SCH-1", "2026-2027", "5А", 5, 25)),
                sheet("Зачисления",
                        row("Идентификатор", "Идентификатор лица", "Код организации", "Роль", "Дата зачисления",
                                "Номер приказа о зачислении", "Дата приказа о зачислении", "Идентификатор класса"),
                        row("e-1001", "1001", "SCH-1", "learner", LocalDate.of(2026, 9, 1), "12-к", LocalDate.of(2026, 8, 28),
                                "5a")),
                sheet("Оценки",
                        row("Идентификатор", "Идентификатор обучающегося", "Код организации", "Учебный год", "Предмет",
                                "Период", "Отметка", "Дата отметки"),
                        row("g-1", "1001", "SCH-1", "2026-2027", "Математика", "current", 5, "2026-10-01")));
        PersonRecord learner = new PersonRecord("1001", "Смирнова", "Дарья", "Олеговна", LocalDate.of(2015, 5, 5), "F",
                SNILS, "RU", null, null, null, null, null, List.of(new PersonRecord.DocumentRecord("birth-certificate",
                        "IV-ТО", "054321", LocalDate.of(2015, 5, 20), "Отдел ЗАГС")));
        PersonRecord mother = new PersonRecord("2001", "Смирнова", "Елена", null, LocalDate.of(1988, 2, 2), "F", null, null,
                null, null, null, "+7 900 100-20-30", null, List.of());
        return new Sample(bytes, "sample.xlsx", new ExchangePackage("1.0", List.of(learner, mother),
                List.of(new RepresentativeRecord("1001", "2001", "mother")),
                List.of(new ClassGroupRecord("5a", "SCH-1", "2026-2027", "5А", 5, null, null, 25)),
                List.of(new MembershipRecord("e-1001", "1001", "SCH-1", "learner", LocalDate.of(2026, 9, 1), null, null,
                        new MembershipRecord.OrderRecord("12-к", LocalDate.of(2026, 8, 28)), null, null, "5a")),
                List.of(new GradeRecord("g-1", "1001", "SCH-1", "2026-2027", "Математика", "current", "5",
                        LocalDate.of(2026, 10, 1))),
                List.of()));
    }

    @Override
    protected Broken broken() {
        byte[] bytes = workbook(
                sheet("Обучающиеся",
                        row("Идентификатор", "Фамилия", "Имя", "Дата рождения", "Пол"),
                        row("1002", "Волков", "Ян", "06.06.2015", null),
                        row("1003", "Зайцев", "Лев", "31.02.2015", "М"),
                        row("1004", "Орлова", "Ива", "07.07.2015", "X")),
                sheet("Зачисления",
                        row("Идентификатор", "Идентификатор лица", "Код организации", "Дата зачисления"),
                        row("e-1002", "1002", "SCH-1", LocalDate.of(2026, 9, 1)),
                        row(null, "1004", "SCH-1", LocalDate.of(2026, 9, 1))));
        return new Broken(bytes, "broken.xlsx", 3, new ExchangePackage("1.0",
                List.of(new PersonRecord("1002", "Волков", "Ян", null, LocalDate.of(2015, 6, 6), null, null, null, null, null,
                        null, null, null, List.of())), null, null,
                List.of(new MembershipRecord("e-1002", "1002", "SCH-1", "learner", LocalDate.of(2026, 9, 1), null, null, null,
                        null, null, null)), null, null));
    }

    @Override
    protected byte[] malformed() {
        return "Идентификатор;Фамилия\n1001;Смирнова\n".getBytes(StandardCharsets.UTF_8);
    }
}
