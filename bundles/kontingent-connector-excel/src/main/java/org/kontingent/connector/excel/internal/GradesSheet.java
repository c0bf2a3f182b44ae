package org.kontingent.connector.excel.internal;

import java.util.List;

import org.kontingent.connector.api.exchange.GradeRecord;

/** «Оценки»: a learner's marks, one a row. */
final class GradesSheet extends SheetLayout {
    static final Column ID = Column.text("Идентификатор", "Ваш идентификатор отметки, если он есть.");
    static final Column LEARNER = Column.required("Идентификатор обучающегося", "Идентификатор с листа «Обучающиеся» или"
            + " из прежней загрузки.");
    static final Column ORGANIZATION = Column.required("Код организации", ORGANIZATION_HINT);
    static final Column ACADEMIC_YEAR = Column.text("Учебный год", ACADEMIC_YEAR_HINT);
    static final Column SUBJECT = Column.text("Предмет", "Название предмета в организации или код предмета из справочника"
            + " реестра, например mathematics.");
    static final Column PERIOD = Column.text("Период", "Код: current — текущая отметка, term-1 … term-4 — четверть, year —"
            + " годовая, final — итоговая.");
    static final Column MARK = Column.text("Отметка", "Как выставлена: 1–5, зачёт/незачёт или балл.");
    static final Column MARKED_ON = Column.date("Дата отметки", "Для текущих отметок.");

    GradesSheet() {
        super("grades", "Оценки", List.of(ID, LEARNER, ORGANIZATION, ACADEMIC_YEAR, SUBJECT, PERIOD, MARK, MARKED_ON));
    }

    @Override
    void read(Row row, Records records) {
        String id = row.text(ID);
        GradeRecord grade = new GradeRecord(id, row.required(LEARNER), row.required(ORGANIZATION),
                row.academicYear(ACADEMIC_YEAR), row.text(SUBJECT), row.text(PERIOD), row.text(MARK), row.date(MARKED_ON));
        if (row.refused()) {
            records.collected().refused(row.errors(label(row, id)));
        } else {
            records.collected().grade(row.place(), grade);
        }
    }
}
