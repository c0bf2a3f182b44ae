package org.kontingent.connector.excel.internal;

import java.util.List;

import org.kontingent.connector.api.exchange.ClassGroupRecord;

/** «Классы»: the classes and groups of organizations in an academic year, one a row. */
final class ClassesSheet extends SheetLayout {
    static final Column ID = Column.required("Идентификатор", "Ваш постоянный идентификатор класса или группы; на него"
            + " ссылается лист «Зачисления».");
    static final Column ORGANIZATION = Column.required("Код организации", ORGANIZATION_HINT);
    static final Column ACADEMIC_YEAR = Column.text("Учебный год", ACADEMIC_YEAR_HINT);
    static final Column NAME = Column.text("Название", "Например 5А или «Солнышко».");
    static final Column GRADE = Column.integer("Параллель", "Целое число от 0 до 12; пусто для групп без параллели.");
    static final Column SPECIALIZATION = Column.text("Специализация", "Профиль или специализация, если есть.");
    static final Column STUDY_FORM = Column.code("Форма обучения", STUDY_FORM_HINT, STUDY_FORMS);
    static final Column CAPACITY = Column.integer("Нормативная наполняемость", "Целое число мест.");

    ClassesSheet() {
        super("classes", "Классы", List.of(ID, ORGANIZATION, ACADEMIC_YEAR, NAME, GRADE, SPECIALIZATION, STUDY_FORM,
                CAPACITY));
    }

    @Override
    void read(Row row, Records records) {
        String id = row.required(ID);
        ClassGroupRecord group = new ClassGroupRecord(id, row.required(ORGANIZATION), row.academicYear(ACADEMIC_YEAR),
                row.text(NAME), row.integer(GRADE), row.text(SPECIALIZATION), row.text(STUDY_FORM), row.integer(CAPACITY));
        if (row.refused()) {
            records.collected().refused(row.errors(label(row, id)));
        } else {
            records.collected().classGroup(row.place(), group);
        }
    }
}
