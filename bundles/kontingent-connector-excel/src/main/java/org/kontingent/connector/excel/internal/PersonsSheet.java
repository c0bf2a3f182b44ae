package org.kontingent.connector.excel.internal;

import java.util.ArrayList;
import java.util.List;

import org.kontingent.connector.api.exchange.PersonRecord;

/** A sheet of persons, one a row: «Обучающиеся» for learners, «Сотрудники» for staff. */
final class PersonsSheet extends SheetLayout {
    static final Column ID = Column.required("Идентификатор", "Ваш постоянный идентификатор лица (текст до 200"
            + " символов). По нему на лицо ссылаются другие листы и следующие загрузки; строка с тем же идентификатором"
            + " позже заменяет все данные лица.");

    PersonsSheet(String id, String name) {
        super(id, name, layoutColumns());
    }

    private static List<Column> layoutColumns() {
        List<Column> columns = new ArrayList<>();
        columns.add(ID);
        columns.addAll(PersonColumns.DATA);
        return columns;
    }

    @Override
    void read(Row row, Records records) {
        String id = row.required(ID);
        PersonRecord person = PersonColumns.person(id, row);
        if (row.refused()) {
            records.collected().refused(row.errors(label(row, id)));
        } else {
            records.collected().person(row.place(), person);
        }
    }
}
