package org.kontingent.connector.excel.internal;

import java.util.List;

import org.kontingent.connector.api.exchange.PersonRecord;

/**
 * The columns that describe a person, shared by the sheets of learners, staff and
 * representatives, and the person they read to. One row holds at most one identity document.
 */
final class PersonColumns {
    private static final String NAME_HINT = "Буквы (кириллица или латиница), пробелы, дефисы, апострофы, точки.";

    static final Column SURNAME = Column.text("Фамилия", NAME_HINT);
    static final Column NAME = Column.text("Имя", NAME_HINT);
    static final Column PATRONYMIC = Column.text("Отчество", NAME_HINT + " Пусто, если отчества нет.");
    static final Column BIRTH_DATE = Column.date("Дата рождения", "");
    static final Column SEX = Column.choice("Пол", "М — мужской, Ж — женский.", List.of("М", "Ж"));
    static final Column SNILS = Column.text("СНИЛС", "11 цифр, можно с разделителями: 123-456-789 64. Храните как текст,"
            + " чтобы Excel не отбросил ведущие нули.");
    static final Column CITIZENSHIP = Column.text("Гражданство", "Код страны по ОКСМ из двух латинских букв, например RU.");
    static final Column BIRTHPLACE = Column.longText("Место рождения", "Как в документе.");
    static final Column REGISTRATION_ADDRESS = Column.longText("Адрес регистрации", "Адрес регистрации по месту жительства.");
    static final Column RESIDENCE_ADDRESS = Column.longText("Адрес проживания", "Адрес фактического проживания.");
    static final Column PHONE = Column.text("Телефон", "Например +7 900 100-20-30.");
    static final Column EMAIL = Column.text("Эл. почта", "Адрес электронной почты.");
    static final Column DOCUMENT_TYPE = Column.code("Вид документа", "Код вида документа, удостоверяющего личность:"
            + " birth-certificate — свидетельство о рождении (РФ), passport — паспорт гражданина РФ, foreign-document —"
            + " документ иностранного гражданина, other — иной документ.", List.of("birth-certificate", "passport",
                    "foreign-document", "other"));
    static final Column SERIES = Column.text("Серия", "Серия документа как в нём написана: IV-ТО для свидетельства о рождении,"
            + " 4 цифры для паспорта.");
    static final Column NUMBER = Column.text("Номер", "Номер документа: 6 цифр для паспорта и свидетельства о рождении.");
    static final Column ISSUED_ON = Column.date("Дата выдачи", "Дата выдачи документа.");
    static final Column ISSUER = Column.longText("Кем выдан", "Орган, выдавший документ.");

    /** The columns of a person's data, in the order the templates write them. */
    static final List<Column> DATA = List.of(SURNAME, NAME, PATRONYMIC, BIRTH_DATE, SEX, SNILS, CITIZENSHIP, BIRTHPLACE,
            REGISTRATION_ADDRESS, RESIDENCE_ADDRESS, PHONE, EMAIL, DOCUMENT_TYPE, SERIES, NUMBER, ISSUED_ON, ISSUER);

    private static final List<Column> DOCUMENT = List.of(DOCUMENT_TYPE, SERIES, NUMBER, ISSUED_ON, ISSUER);
    private static final int SNILS_DIGITS = 11;
    private static final int PASSPORT_SERIES_DIGITS = 4;
    private static final int DOCUMENT_NUMBER_DIGITS = 6;

    private PersonColumns() {
    }

    /** The person a row describes, under the id given. */
    static PersonRecord person(String id, Row row) {
        return new PersonRecord(id, row.text(SURNAME), row.text(NAME), row.text(PATRONYMIC), row.date(BIRTH_DATE),
                row.sex(SEX), row.digits(SNILS, SNILS_DIGITS), row.text(CITIZENSHIP), row.text(BIRTHPLACE),
                row.text(REGISTRATION_ADDRESS), row.text(RESIDENCE_ADDRESS), row.text(PHONE), row.text(EMAIL), documents(row));
    }

    private static List<PersonRecord.DocumentRecord> documents(Row row) {
        if (!row.hasAny(DOCUMENT)) {
            return List.of();
        }
        String type = row.text(DOCUMENT_TYPE);
        boolean passport = "passport".equals(type);
        boolean sixDigits = passport || "birth-certificate".equals(type);
        return List.of(new PersonRecord.DocumentRecord(type, row.digits(SERIES, passport ? PASSPORT_SERIES_DIGITS : 0),
                row.digits(NUMBER, sixDigits ? DOCUMENT_NUMBER_DIGITS : 0), row.date(ISSUED_ON), row.text(ISSUER)));
    }
}
