package org.kontingent.connector.xml.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.kontingent.connector.api.exchange.ClassGroupRecord;
import org.kontingent.connector.api.exchange.ExchangePackage;
import org.kontingent.connector.api.exchange.ExtensionRecord;
import org.kontingent.connector.api.exchange.GradeRecord;
import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.exchange.RepresentativeRecord;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.testkit.PackageFormatContract;

/** The XML connector keeps the testkit's contract on the JSON connector's sample packages written as XML. */
class XmlPackageFormatContractTest extends PackageFormatContract {

    static byte[] resource(String name) {
        try (InputStream in = XmlPackageFormatContractTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of sample.xml, the same as those of the JSON connector's sample.json. */
    static ExchangePackage sampleRecords() {
        PersonRecord learner = new PersonRecord("1001", "Смирнова", "Дарья", "Олеговна", LocalDate.of(2015, 5, 5), "F",
                "123-456-789 64", "RU", null, null, null, null, null, List.of(new PersonRecord.DocumentRecord(
                        "birth-certificate", "IV-ТО", "654321", LocalDate.of(2015, 5, 20), "Отдел ЗАГС")));
        PersonRecord mother = new PersonRecord("2001", "Смирнова", "Елена", null, LocalDate.of(1988, 2, 2), "F", null, null,
                null, null, null, "+7 900 100-20-30", null, List.of());
        return new ExchangePackage("1.0", List.of(learner, mother),
                List.of(new RepresentativeRecord("1001", "2001", "mother")),
                List.of(new ClassGroupRecord("5a", "SCH-1", "2026-2027", "5А", 5, null, null, 25)),
                List.of(new MembershipRecord("e-1001", "1001", "SCH-1", "learner", LocalDate.of(2026, 9, 1), null, null,
                        new MembershipRecord.OrderRecord("12-к", LocalDate.of(2026, 8, 28)), null, null, "5a")),
                List.of(new GradeRecord("g-1", "1001", "SCH-1", "2026-2027", "Математика", "current", "5",
                        LocalDate.of(2026, 10, 1))),
                List.of(new ExtensionRecord("portfolio", "event", "olymp-1", "1001", "SCH-1", Map.of("name",
                        "Олимпиада по математике", "level", "municipal", "result", "winner"))));
    }

    @Override
    protected PackageFormat format() {
        return new XmlPackageFormat();
    }

    @Override
    protected Sample sample() {
        return new Sample(resource("/sample.xml"), "sample.xml", sampleRecords());
    }

    @Override
    protected Broken broken() {
        return new Broken(resource("/broken.xml"), "broken.xml", 3, new ExchangePackage("1.0",
                List.of(new PersonRecord("1002", "Волков", "Ян", null, LocalDate.of(2015, 6, 6), null, null, null, null, null,
                        null, null, null, List.of())), null, null,
                List.of(new MembershipRecord("e-1002", "1002", "SCH-1", "learner", LocalDate.of(2026, 9, 1), null, null, null,
                        null, null, null)), null, null));
    }

    @Override
    protected byte[] malformed() {
        return "{\"version\": \"1.0\", \"persons\": [{\"id\": \"1\"}]}".getBytes(StandardCharsets.UTF_8);
    }
}
