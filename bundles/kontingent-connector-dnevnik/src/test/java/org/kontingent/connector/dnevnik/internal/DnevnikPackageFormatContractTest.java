package org.kontingent.connector.dnevnik.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.kontingent.connector.api.exchange.ClassGroupRecord;
import org.kontingent.connector.api.exchange.ExchangePackage;
import org.kontingent.connector.api.exchange.GradeRecord;
import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.testkit.PackageFormatContract;

/** The Dnevnik format keeps the testkit's contract on stored envelopes of class 5А. */
class DnevnikPackageFormatContractTest extends PackageFormatContract {
    static final String SCHOOL = "1000002283077";
    static final String CLASS_5A = "9007199254740993";
    static final PersonRecord SMIRNOVA = learner("1000012345678901201", "Смирнова", "Дарья", "Олеговна", "2015-05-05", "F");
    static final PersonRecord VOLKOV = learner("1000012345678901202", "Волков", "Ян", "Ильич", "2015-06-06", "M");
    static final PersonRecord ORLOVA = learner("1000012345678901203", "Орлова-Петрова", "Алиса", "Сергеевна", "2015-02-11", "F");
    static final ClassGroupRecord CLASS = new ClassGroupRecord(CLASS_5A, SCHOOL, "2026-2027", "5А", 5, null, null, null);

    static PersonRecord learner(String id, String surname, String name, String patronymic, String born, String sex) {
        return new PersonRecord(id, surname, name, patronymic, LocalDate.parse(born), sex, null, null, null, null, null, null,
                null, List.of());
    }

    static MembershipRecord membership(String person) {
        return new MembershipRecord(SCHOOL + "/" + person, person, SCHOOL, "learner", LocalDate.of(2026, 9, 1), null, null,
                null, null, null, CLASS_5A);
    }

    static GradeRecord grade(String id, String person, String subject, String mark, String day) {
        return new GradeRecord(id, person, SCHOOL, "2026-2027", subject, "current", mark, LocalDate.parse(day));
    }

    @Override
    protected PackageFormat format() {
        return new DnevnikPackageFormat();
    }

    @Override
    protected Sample sample() {
        return new Sample(DnevnikFixtures.resource("/envelopes/sample.json"), "sample.json", new ExchangePackage("1.0",
                List.of(SMIRNOVA, VOLKOV, ORLOVA), null, List.of(CLASS),
                List.of(membership(SMIRNOVA.id()), membership(VOLKOV.id()), membership(ORLOVA.id())),
                List.of(grade("1000030000000000001", SMIRNOVA.id(), "Математика", "5", "2026-10-01"),
                        grade("1000030000000000002", VOLKOV.id(), "Русский язык", "4", "2026-10-02"),
                        grade("1000030000000000003", ORLOVA.id(), "Иностранный язык (английский)", "3", "2026-11-10")),
                null));
    }

    /**
     * A person with only the numeric id (the person and its membership are left out), a person of an
     * unknown sex, a mark of a lesson not in the envelope and a mark that is not an object.
     */
    @Override
    protected Broken broken() {
        return new Broken(DnevnikFixtures.resource("/envelopes/broken.json"), "broken.json", 5, new ExchangePackage("1.0",
                List.of(SMIRNOVA), null, List.of(CLASS), List.of(membership(SMIRNOVA.id()), membership(ORLOVA.id())),
                List.of(grade("1000030000000000001", SMIRNOVA.id(), "Математика", "5", "2026-10-01")), null));
    }

    @Override
    protected byte[] malformed() {
        return "{\"version\": \"1.0\", \"persons\": []}".getBytes(StandardCharsets.UTF_8);
    }
}
