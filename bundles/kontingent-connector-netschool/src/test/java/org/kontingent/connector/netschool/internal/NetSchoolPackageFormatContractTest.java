package org.kontingent.connector.netschool.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.kontingent.connector.api.exchange.ClassGroupRecord;
import org.kontingent.connector.api.exchange.ExchangePackage;
import org.kontingent.connector.api.exchange.GradeRecord;
import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.api.exchange.MembershipRecord.OrderRecord;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.testkit.PackageFormatContract;

/** The NetSchool format keeps the testkit's contract on stored envelopes of school 1001. */
class NetSchoolPackageFormatContractTest extends PackageFormatContract {
    static final PersonRecord KUZNETSOVA = person("103201", "Кузнецова", "Анна", "Игоревна", "2015-03-14", "F", "123-456-789 64");
    static final PersonRecord PETROV = person("103202", "Петров", "Михаил", "Сергеевич", "2014-11-02", "M", "234-567-890 99");
    static final PersonRecord SAFINA = person("103203", "Сафина", "Алия", "Ринатовна", "2015-07-21", "F", null);
    static final ClassGroupRecord CLASS_5A = new ClassGroupRecord("7301", "1001", "2026-2027", "5А", 5, null, null, null);
    static final ClassGroupRecord CLASS_6B = new ClassGroupRecord("7302", "1001", "2026-2027", "6Б", 6, null, null, null);
    static final MembershipRecord KUZNETSOVA_5A = new MembershipRecord("55001", "103201", "1001", "learner",
            LocalDate.of(2026, 9, 1), null, null, new OrderRecord("112-у", LocalDate.of(2026, 8, 28)), null, null, "7301");
    static final MembershipRecord PETROV_6B = new MembershipRecord("55002", "103202", "1001", "learner",
            LocalDate.of(2025, 9, 1), null, null, new OrderRecord("98-у", LocalDate.of(2025, 8, 27)), null, null, "7302");
    static final MembershipRecord SAFINA_LEFT = new MembershipRecord("55003", "103203", "1001", "learner",
            LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 16), null, new OrderRecord("112-у", LocalDate.of(2026, 8, 28)),
            "transfer-within-region", new OrderRecord("131-в", LocalDate.of(2026, 11, 13)), "7301");
    static final GradeRecord MATHS = grade("900001", "103201", "Математика", "current", "5", LocalDate.of(2026, 10, 1));

    static PersonRecord person(String id, String surname, String name, String patronymic, String born, String sex,
            String snils) {
        return new PersonRecord(id, surname, name, patronymic, LocalDate.parse(born), sex, snils, null, null, null, null, null,
                null, List.of());
    }

    static GradeRecord grade(String id, String person, String subject, String period, String mark, LocalDate day) {
        return new GradeRecord(id, person, "1001", "2026-2027", subject, period, mark, day);
    }

    @Override
    protected PackageFormat format() {
        return new NetSchoolPackageFormat();
    }

    @Override
    protected Sample sample() {
        return new Sample(NetSchoolFixtures.resource("/envelopes/sample.json"), "sample.json", new ExchangePackage("1.0",
                List.of(KUZNETSOVA, PETROV, SAFINA), null, List.of(CLASS_5A, CLASS_6B),
                List.of(KUZNETSOVA_5A, PETROV_6B, SAFINA_LEFT),
                List.of(MATHS, grade("900002", "103201", "Русский язык", "current", "4", LocalDate.of(2026, 10, 2)),
                        grade("900003", "103202", "Физика", "current", "3", LocalDate.of(2026, 10, 5)),
                        grade("900004", "103201", "Математика", "term-1", "5", null)),
                null));
    }

    /**
     * A class without an id, a student of an unknown gender (the person is left out, the enrollment
     * read), a leaving reason not in the dictionary (the enrollment is left out, the person read), a
     * mark of term 7 and a mark without a subject.
     */
    @Override
    protected Broken broken() {
        return new Broken(NetSchoolFixtures.resource("/envelopes/broken.json"), "broken.json", 5, new ExchangePackage("1.0",
                List.of(KUZNETSOVA, SAFINA), null, List.of(CLASS_5A), List.of(KUZNETSOVA_5A, PETROV_6B), List.of(MATHS), null));
    }

    @Override
    protected byte[] malformed() {
        return "{\"weekStart\": \"2026-11-16T00:00:00\", \"weekDays\": []}".getBytes(StandardCharsets.UTF_8);
    }
}
