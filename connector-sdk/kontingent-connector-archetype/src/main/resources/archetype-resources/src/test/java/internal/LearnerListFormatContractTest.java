package ${package}.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.kontingent.connector.api.exchange.ExchangePackage;
import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.testkit.PackageFormatContract;

/** The connector keeps the Kontingent connector contract on its sample files. */
class LearnerListFormatContractTest extends PackageFormatContract {

    private static byte[] resource(String name) {
        try (InputStream in = LearnerListFormatContractTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PersonRecord person(String id, String surname, String name, String patronymic, LocalDate born, String sex,
            String snils) {
        return new PersonRecord(id, surname, name, patronymic, born, sex, snils, null, null, null, null, null, null, List.of());
    }

    private static MembershipRecord membership(String person, String school) {
        return new MembershipRecord(person + "@" + school, person, school, "learner", LocalDate.of(2026, 9, 1), null, null,
                null, null, null, null);
    }

    @Override
    protected PackageFormat format() {
        return new LearnerListFormat(";");
    }

    @Override
    protected Sample sample() {
        return new Sample(resource("/sample.txt"), "sample.txt", new ExchangePackage(ExchangePackage.VERSION,
                List.of(person("17", "Смирнова", "Дарья", "Олеговна", LocalDate.of(2015, 5, 5), "F", "123-456-789 64"),
                        person("18", "Волков", "Ян", null, LocalDate.of(2015, 6, 6), "M", null)),
                null, null, List.of(membership("17", "SCH-1"), membership("18", "SCH-1")), null, null));
    }

    @Override
    protected Broken broken() {
        return new Broken(resource("/broken.txt"), "broken.txt", 2, new ExchangePackage(ExchangePackage.VERSION,
                List.of(person("18", "Волков", "Ян", null, LocalDate.of(2015, 6, 6), "M", null)), null, null,
                List.of(membership("18", "SCH-1")), null, null));
    }

    @Override
    protected byte[] malformed() {
        return "{\"persons\": []}".getBytes(StandardCharsets.UTF_8);
    }
}
