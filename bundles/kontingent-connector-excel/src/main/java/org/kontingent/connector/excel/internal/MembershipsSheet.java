package org.kontingent.connector.excel.internal;

import java.time.LocalDate;
import java.util.List;

import org.kontingent.connector.api.exchange.MembershipRecord;

/**
 * «Зачисления»: a person's time in an organization, one a row, from the enrollment order to the
 * leaving order. A leaving is sent as the same row again (same id) with its leaving columns
 * filled in.
 */
final class MembershipsSheet extends SheetLayout {
    static final String LEARNER = "learner";

    static final Column ID = Column.required("Идентификатор", "Ваш постоянный идентификатор зачисления. Строка с тем же"
            + " идентификатором позже заменяет запись: так передаётся выбытие.");
    static final Column PERSON = Column.required("Идентификатор лица", "Идентификатор с листа «Обучающиеся» или"
            + " «Сотрудники» либо из прежней загрузки.");
    static final Column ORGANIZATION = Column.required("Код организации", ORGANIZATION_HINT);
    static final Column ROLE = Column.choice("Роль", "learner — обучающийся (если пусто), staff — сотрудник.",
            List.of(LEARNER, "staff"));
    static final Column STARTS_ON = Column.date("Дата зачисления", "Первый день в организации.");
    static final Column ENROLLMENT_ORDER_NUMBER = Column.text("Номер приказа о зачислении", "Например 12-к.");
    static final Column ENROLLMENT_ORDER_DATE = Column.date("Дата приказа о зачислении", "");
    static final Column STUDY_FORM = Column.code("Форма обучения", STUDY_FORM_HINT, STUDY_FORMS);
    static final Column CLASS_GROUP = Column.text("Идентификатор класса", "Идентификатор с листа «Классы» или из прежней"
            + " загрузки; пусто, если лицо не в классе или группе.");
    static final Column ENDS_ON = Column.date("Дата выбытия", "Первый день, когда лицо уже не в организации; пусто, пока"
            + " оно в ней.");
    static final Column LEAVING_REASON = Column.code("Причина выбытия", "Код, заполняется вместе с датой выбытия:"
            + " graduation — завершение обучения, transfer-within-region — перевод в другую организацию региона,"
            + " moved-out-of-region — выбытие за пределы региона, moved-abroad — выбытие за пределы РФ, family-education —"
            + " переход на семейное образование, expelled — отчисление, parents-request — по заявлению родителей, health —"
            + " по состоянию здоровья, death — смерть, other — иная причина.", List.of("graduation",
                    "transfer-within-region", "moved-out-of-region", "moved-abroad", "family-education", "expelled",
                    "parents-request", "health", "death", "other"));
    static final Column LEAVING_ORDER_NUMBER = Column.text("Номер приказа о выбытии", "");
    static final Column LEAVING_ORDER_DATE = Column.date("Дата приказа о выбытии", "");

    MembershipsSheet() {
        super("memberships", "Зачисления", List.of(ID, PERSON, ORGANIZATION, ROLE, STARTS_ON, ENROLLMENT_ORDER_NUMBER,
                ENROLLMENT_ORDER_DATE, STUDY_FORM, CLASS_GROUP, ENDS_ON, LEAVING_REASON, LEAVING_ORDER_NUMBER,
                LEAVING_ORDER_DATE));
    }

    @Override
    void read(Row row, Records records) {
        String id = row.required(ID);
        String role = row.text(ROLE);
        MembershipRecord membership = new MembershipRecord(id, row.required(PERSON), row.required(ORGANIZATION),
                role == null ? LEARNER : role, row.date(STARTS_ON), row.date(ENDS_ON), row.text(STUDY_FORM),
                order(row.text(ENROLLMENT_ORDER_NUMBER), row.date(ENROLLMENT_ORDER_DATE)), row.text(LEAVING_REASON),
                order(row.text(LEAVING_ORDER_NUMBER), row.date(LEAVING_ORDER_DATE)), row.text(CLASS_GROUP));
        if (row.refused()) {
            records.collected().refused(row.errors(label(row, id)));
        } else {
            records.collected().membership(row.place(), membership);
        }
    }

    private static MembershipRecord.OrderRecord order(String number, LocalDate date) {
        return number == null && date == null ? null : new MembershipRecord.OrderRecord(number, date);
    }
}
