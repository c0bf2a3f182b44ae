package org.kontingent.connector.edfi.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.connector.edfi.internal.Interchange.of;
import static org.kontingent.connector.edfi.internal.Interchange.student;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.kontingent.connector.support.ZipLimits;

/** What the Ed-Fi connector refuses whole: entities, zip bombs, other versions, wrong encodings, nothing to read. */
class EdFiPackageSafetyTest {
    private static final String STUDENT = student("605771", "Harold", "Elliott", "<BirthDate>2012-04-14</BirthDate>");

    private static UnreadablePackageException refused(EdFiPackageFormat format, byte[] bytes) {
        return assertThrows(UnreadablePackageException.class, () -> format.read(new ByteArrayInputStream(bytes), "test"));
    }

    private static UnreadablePackageException refused(byte[] bytes) {
        return refused(new EdFiPackageFormat(), bytes);
    }

    @Test
    void anExternalEntityIsNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "the-secret-of-the-server");
        byte[] xxe = ("<?xml version=\"1.0\"?>\n<!DOCTYPE InterchangeStudent [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<InterchangeStudent xmlns=\"http://ed-fi.org/5.2.0\">" + STUDENT.replace("Harold", "&xxe;")
                + "</InterchangeStudent>").getBytes(UTF_8);

        UnreadablePackageException e = refused(xxe);

        assertEquals(ErrorCode.MALFORMED, e.code());
        assertTrue(e.getMessage().contains("DTD"), e.getMessage());
        assertFalse(e.getMessage().contains("the-secret-of-the-server"));
    }

    @Test
    void anExternalDtdIsNeverFetched(@TempDir Path dir) {
        byte[] external = ("<?xml version=\"1.0\"?>\n<!DOCTYPE InterchangeStudent SYSTEM \"" + dir.resolve("missing.dtd").toUri()
                + "\">\n<InterchangeStudent xmlns=\"http://ed-fi.org/5.2.0\">" + STUDENT + "</InterchangeStudent>").getBytes(UTF_8);

        assertEquals(ErrorCode.MALFORMED, refused(external).code());
    }

    @Test
    void entityExpansionIsRefusedAtOnce() {
        StringBuilder laughs = new StringBuilder("<!DOCTYPE InterchangeStudent [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        byte[] bomb = ("<?xml version=\"1.0\"?>\n" + laughs + "]>\n<InterchangeStudent xmlns=\"http://ed-fi.org/5.2.0\">"
                + STUDENT.replace("Harold", "&l9;") + "</InterchangeStudent>").getBytes(UTF_8);

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertEquals(ErrorCode.MALFORMED, refused(bomb).code()));
    }

    @Test
    void aZipThatInflatesBeyondTheLimitIsTooLarge() {
        EdFiPackageFormat format = new EdFiPackageFormat(new ZipLimits(10, 1024 * 1024));
        byte[] bomb = Fixtures.zip("Student.xml", (new String(of("InterchangeStudent", STUDENT), UTF_8)
                .replace("</InterchangeStudent>", " ".repeat(2 * 1024 * 1024) + "</InterchangeStudent>")).getBytes(UTF_8));

        UnreadablePackageException e = refused(format, bomb);

        assertEquals(ErrorCode.TOO_LARGE, e.code());
        assertTrue(bomb.length < 64 * 1024, "the zip itself is small: " + bomb.length);
    }

    @Test
    void anEntryThatIsNotReadIsCountedToo() {
        EdFiPackageFormat format = new EdFiPackageFormat(new ZipLimits(10, 1024 * 1024));
        byte[] bomb = Fixtures.zip("padding.bin", new byte[2 * 1024 * 1024], "Student.xml", of("InterchangeStudent", STUDENT));

        assertEquals(ErrorCode.TOO_LARGE, refused(format, bomb).code());
    }

    @Test
    void aZipOfTooManyEntriesIsTooLarge() {
        EdFiPackageFormat format = new EdFiPackageFormat(new ZipLimits(3, 1024 * 1024));
        byte[] many = Fixtures.zip("a.txt", new byte[1], "b.txt", new byte[1], "c.txt", new byte[1], "Student.xml",
                of("InterchangeStudent", STUDENT));

        assertEquals(ErrorCode.TOO_LARGE, refused(format, many).code());
    }

    @Test
    void anotherVersionOfTheStandardIsUnsupported() {
        for (String version : new String[] {"4.0.0", "6.1.0"}) {
            byte[] other = new String(of("InterchangeStudent", STUDENT), UTF_8).replace("5.2.0", version).getBytes(UTF_8);

            UnreadablePackageException e = refused(other);

            assertEquals(ErrorCode.UNSUPPORTED_VERSION, e.code(), version);
            assertTrue(e.getMessage().contains("http://ed-fi.org/" + version), e.getMessage());
        }
    }

    @Test
    void xmlOfAnotherKindIsMalformed() {
        byte[] other = "<?xml version=\"1.0\"?><persons><person id=\"1\"/></persons>".getBytes(UTF_8);

        assertEquals(ErrorCode.MALFORMED, refused(other).code());
    }

    @Test
    void bytesNotInTheDeclaredEncodingAreAnEncodingError() {
        byte[] latin1 = new String(of("InterchangeStudent", STUDENT.replace("Harold", "Zoë")), UTF_8).getBytes(ISO_8859_1);

        assertEquals(ErrorCode.ENCODING, refused(latin1).code());
    }

    @Test
    void theDeclaredEncodingIsHonoured() throws UnreadablePackageException {
        byte[] latin1 = new String(of("InterchangeStudent", STUDENT.replace("Harold", "Zoë")), UTF_8)
                .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"").getBytes(ISO_8859_1);

        ReadResult read = new EdFiPackageFormat().read(new ByteArrayInputStream(latin1), "Student.xml");

        assertEquals("Zoë", read.exchangePackage().persons().get(0).name());
    }

    @Test
    void aBrokenEntryOfAZipIsNamed() {
        byte[] zip = Fixtures.zip("Student.xml", of("InterchangeStudent", STUDENT), "Contact.xml",
                "<InterchangeContact xmlns=\"http://ed-fi.org/5.2.0\"><Contact>".getBytes(UTF_8));

        UnreadablePackageException e = refused(zip);

        assertEquals(ErrorCode.MALFORMED, e.code());
        assertTrue(e.getMessage().startsWith("Contact.xml "), e.getMessage());
    }

    @Test
    void interchangesWithoutStudentsContactsOrEnrollmentsAreEmpty() {
        byte[] organizations = of("InterchangeEducationOrganization",
                "<School id=\"SCOL_255901107\"><SchoolId>255901107</SchoolId></School>");

        UnreadablePackageException e = refused(organizations);

        assertEquals(ErrorCode.EMPTY, e.code());
        assertTrue(e.getMessage().contains("InterchangeEducationOrganization"), e.getMessage());
    }

    @Test
    void aZipWithoutInterchangesIsEmpty() {
        assertEquals(ErrorCode.EMPTY, refused(Fixtures.zip("readme.txt", "no XML here".getBytes(UTF_8))).code());
    }
}
