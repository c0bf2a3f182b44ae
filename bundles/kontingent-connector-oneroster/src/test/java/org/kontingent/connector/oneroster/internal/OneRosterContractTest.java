package org.kontingent.connector.oneroster.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.LocalDate;
import java.util.List;

import org.kontingent.connector.api.exchange.ClassGroupRecord;
import org.kontingent.connector.api.exchange.ExchangePackage;
import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.exchange.RepresentativeRecord;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.testkit.PackageFormatContract;

/** The OneRoster connector keeps the testkit's contract on a bulk package of one school and on a broken one. */
class OneRosterContractTest extends PackageFormatContract {

    static PersonRecord person(String id, String surname, String name, String patronymic, LocalDate birthDate, String sex,
            String phone, String email) {
        return new PersonRecord(id, surname, name, patronymic, birthDate, sex, null, null, null, null, null, phone, email,
                List.of());
    }

    @Override
    protected PackageFormat format() {
        return new OneRosterPackageFormat();
    }

    @Override
    protected Sample sample() {
        LocalDate firstOfSeptember = LocalDate.of(2026, 9, 1);
        return new Sample(Roster.folder("sample").zip(), "roster.zip", new ExchangePackage("1.0", List.of(
                person("st-1001", "Смирнова", "Дарья", "Олеговна", LocalDate.of(2015, 5, 5), "F", null, null),
                person("p-2001", "Смирнова", "Елена", "Викторовна", LocalDate.of(1988, 2, 2), "F", "+7 900 100-20-30",
                        "e.smirnova@example.ru"),
                person("p-2002", "Смирнов", "Олег", "Игоревич", LocalDate.of(1987, 7, 7), "M", "+7 900 100-20-31", null),
                person("st-1002", "О'Нил", "Ян", null, LocalDate.of(2015, 6, 6), "M", null, null),
                person("g-3001", "Орлова", "Татьяна", null, null, null, null, null)),
                List.of(new RepresentativeRecord("st-1001", "p-2001", "mother"),
                        new RepresentativeRecord("st-1001", "p-2002", "father"),
                        new RepresentativeRecord("st-1002", "g-3001", "guardian")),
                List.of(new ClassGroupRecord("cls-5a", "sch-1", "2026-2027", "5А", 5, null, null, null),
                        new ClassGroupRecord("cls-math5", "sch-1", "2026-2027", "Математика, 5-е классы", 5, null, null, null)),
                List.of(new MembershipRecord("st-1001/sch-1/2026-2027", "st-1001", "sch-1", "learner", firstOfSeptember, null,
                        null, null, null, null, "cls-5a"),
                        new MembershipRecord("st-1002/sch-1/2026-2027", "st-1002", "sch-1", "learner", firstOfSeptember, null,
                                null, null, null, null, "cls-math5")),
                null, null));
    }

    @Override
    protected Broken broken() {
        return new Broken(Roster.folder("broken").zip(), "roster.zip", 10, new ExchangePackage("1.0", List.of(
                person("st-1001", "Смирнова", "Дарья", "Олеговна", LocalDate.of(2015, 5, 5), "F", null, null)),
                null,
                List.of(new ClassGroupRecord("cls-5a", "sch-1", "2026-2027", "5А", 5, null, null, null)),
                List.of(new MembershipRecord("st-1001/sch-1/2026-2027", "st-1001", "sch-1", "learner", LocalDate.of(2026, 9, 1),
                        null, null, null, null, null, "cls-5a")),
                null, null));
    }

    @Override
    protected byte[] malformed() {
        return "sourcedId,role,givenName,familyName\nst-1001,student,Дарья,Смирнова\n".getBytes(UTF_8);
    }
}
