package org.kontingent.connector.edfi.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.kontingent.connector.edfi.internal.Fixtures.contact;
import static org.kontingent.connector.edfi.internal.Fixtures.resource;

import java.util.List;

import org.kontingent.connector.api.exchange.ExchangePackage;
import org.kontingent.connector.api.exchange.RepresentativeRecord;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.testkit.PackageFormatContract;

/**
 * The Ed-Fi connector keeps the testkit's contract on one interchange document, not zipped: the
 * Grand Bend contacts and their associations, whole and broken.
 */
class EdFiXmlContractTest extends PackageFormatContract {

    @Override
    protected PackageFormat format() {
        return new EdFiPackageFormat();
    }

    @Override
    protected Sample sample() {
        String montoyas = "734 East Fabien Drive, Grand Bend, TX, 78834";
        return new Sample(resource("/excerpts/Contact.xml"), "Contact.xml", new ExchangePackage("1.0", List.of(
                contact("contact:779548", "Becker", "Gwendolyn", "F", "31 Milton Street, Grand Bend, TX, 78834",
                        "(950) 214 5362", null),
                contact("contact:779644", "Nielsen", "Allen", "M", "43 Green Fabien Freeway, Grand Bend, TX, 78834",
                        "(950) 169 5761", null),
                contact("contact:777977", "Montoya", "Matilda", "F", montoyas, "(950) 978 2445", null),
                contact("contact:778601", "Montoya", "Ronald", "M", montoyas, "(950) 800 7659", "Ronald.Montoya@example4.com")),
                List.of(new RepresentativeRecord("605771", "contact:779548", "mother"),
                        new RepresentativeRecord("605771", "contact:779644", "father"),
                        new RepresentativeRecord("605774", "contact:777977", "mother"),
                        new RepresentativeRecord("605774", "contact:778601", "father")),
                null, null, null, null));
    }

    @Override
    protected Broken broken() {
        return new Broken(resource("/broken/Contact.xml"), "Contact.xml", 3, new ExchangePackage("1.0", List.of(
                contact("contact:779548", "Becker", "Gwendolyn", "F", "31 Milton Street, Grand Bend, TX, 78834",
                        "(950) 214 5362", null)),
                List.of(new RepresentativeRecord("605771", "contact:779548", "mother"),
                        new RepresentativeRecord("605771", "contact:779644", "father")),
                null, null, null, null));
    }

    @Override
    protected byte[] malformed() {
        return "StudentUniqueId,FirstName,LastSurname\n605771,Harold,Elliott\n".getBytes(UTF_8);
    }
}
