package org.kontingent.connector.excel.internal;

import java.util.ArrayList;
import java.util.List;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.exchange.RepresentativeRecord;

/**
 * «Представители»: a learner's legal representative, one pair a row, with the representative's
 * own data. A parent of several learners has a row for each; the person's data need be given
 * once, and where given again must be the same.
 */
final class RepresentativesSheet extends SheetLayout {
    static final Column LEARNER = Column.required("Идентификатор обучающегося", "Идентификатор обучающегося с листа"
            + " «Обучающиеся» или из прежней загрузки.");
    static final Column REPRESENTATIVE = Column.required("Идентификатор представителя", "Ваш постоянный идентификатор"
            + " представителя как лица. Его данные (следующие столбцы) достаточно заполнить в одной строке.");
    static final Column RELATIONSHIP = Column.code("Вид родства", "Код: mother — мать, father — отец, adoptive-parent —"
            + " усыновитель, guardian — опекун, trustee — попечитель, foster-parent — приёмный родитель, other — иной"
            + " законный представитель.", List.of("mother", "father", "adoptive-parent", "guardian", "trustee",
                    "foster-parent", "other"));

    RepresentativesSheet() {
        super("representatives", "Представители", layoutColumns());
    }

    private static List<Column> layoutColumns() {
        List<Column> columns = new ArrayList<>(List.of(LEARNER, REPRESENTATIVE, RELATIONSHIP));
        columns.addAll(PersonColumns.DATA);
        return columns;
    }

    @Override
    void read(Row row, Records records) {
        String learner = row.required(LEARNER);
        String representative = row.required(REPRESENTATIVE);
        String relationship = row.text(RELATIONSHIP);
        PersonRecord person = row.hasAny(PersonColumns.DATA) ? PersonColumns.person(representative, row) : null;
        Records.Described earlier = person == null || representative == null ? null
                : records.representativePerson(representative);
        if (earlier != null && !earlier.person().equals(person)) {
            row.problem(ErrorCode.REPEATED_IN_PACKAGE, REPRESENTATIVE, representative, "The representative "
                    + representative + " is described differently in «" + earlier.place() + "»; describe a person once,"
                    + " or the same way each time");
        }
        if (row.refused()) {
            records.collected().refused(row.errors(row.place()));
        } else {
            records.representative(row.place(), new RepresentativeRecord(learner, representative, relationship),
                    earlier == null ? person : null);
        }
    }
}
