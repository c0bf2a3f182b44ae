package org.kontingent.connector.oneroster.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.kontingent.connector.support.ZipLimits;

/** What the OneRoster connector refuses whole: manifest, version, files, encoding, size. */
class OneRosterPackageTest {
    private static final String MANIFEST = "manifest.csv";

    private static UnreadablePackageException refused(OneRosterPackageFormat format, byte[] zip) {
        return assertThrows(UnreadablePackageException.class, () -> format.read(new ByteArrayInputStream(zip), "roster.zip"));
    }

    private static UnreadablePackageException refused(Roster roster) {
        return refused(new OneRosterPackageFormat(), roster.zip());
    }

    private static String manifest(String... changes) {
        String manifest = new String(sampleManifest(), UTF_8);
        for (int i = 0; i < changes.length; i += 2) {
            manifest = manifest.replace(changes[i], changes[i + 1]);
        }
        return manifest;
    }

    private static byte[] sampleManifest() {
        try (InputStream in = OneRosterPackageTest.class.getResourceAsStream("/sample/manifest.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aPackageWithoutManifestIsMalformed() {
        UnreadablePackageException e = refused(Roster.folder("sample").without(MANIFEST));

        assertEquals(ErrorCode.MALFORMED, e.code());
        assertTrue(e.getMessage().contains(MANIFEST), e.getMessage());
    }

    @Test
    void anotherOneRosterVersionIsUnsupported() {
        for (String version : new String[] {"1.0", "1.2"}) {
            UnreadablePackageException e = refused(Roster.folder("sample")
                    .with(MANIFEST, manifest("oneroster.version,1.1", "oneroster.version," + version)));

            assertEquals(ErrorCode.UNSUPPORTED_VERSION, e.code(), version);
            assertTrue(e.getMessage().contains(version), e.getMessage());
        }
        assertEquals(ErrorCode.UNSUPPORTED_VERSION, refused(Roster.folder("sample")
                .with(MANIFEST, manifest("oneroster.version,1.1\n", ""))).code(), "no version at all");
    }

    @Test
    void aFileTheManifestDeclaresMustBeInTheZip() {
        UnreadablePackageException e = refused(Roster.folder("sample").without("demographics.csv"));

        assertEquals(ErrorCode.MALFORMED, e.code());
        assertEquals("manifest.csv declares demographics.csv bulk, and the zip has no demographics.csv", e.getMessage());
    }

    @Test
    void enrollmentsNeedTheirClassesAndUsersAreAlwaysNeeded() {
        UnreadablePackageException noClasses = refused(Roster.folder("sample").without("classes.csv")
                .with(MANIFEST, manifest("file.classes,bulk", "file.classes,absent")));
        UnreadablePackageException noUsers = refused(Roster.folder("sample").without("users.csv")
                .with(MANIFEST, manifest("file.users,bulk", "file.users,absent")));

        assertEquals(ErrorCode.MALFORMED, noClasses.code());
        assertTrue(noClasses.getMessage().startsWith("The zip has no classes.csv"), noClasses.getMessage());
        assertEquals(ErrorCode.MALFORMED, noUsers.code());
        assertTrue(noUsers.getMessage().startsWith("The zip has no users.csv"), noUsers.getMessage());
    }

    @Test
    void aFileWithoutAColumnTheConnectorReadsIsMalformed() {
        UnreadablePackageException e = refused(Roster.folder("sample").with("users.csv",
                "sourcedId,role,familyName\nst-1001,student,Смирнова\n"));

        assertEquals(ErrorCode.MALFORMED, e.code());
        assertTrue(e.getMessage().startsWith("users.csv has no column givenName"), e.getMessage());
    }

    @Test
    void aFileNotInUtf8IsAnEncodingError() {
        byte[] windows1251 = "sourcedId,role,givenName,familyName\nst-1001,student,Дарья,Смирнова\n"
                .getBytes(Charset.forName("windows-1251"));

        UnreadablePackageException e = refused(Roster.folder("sample").with("users.csv", windows1251));

        assertEquals(ErrorCode.ENCODING, e.code());
        assertTrue(e.getMessage().startsWith("users.csv "), e.getMessage());
    }

    @Test
    void aZipThatInflatesBeyondTheLimitIsTooLarge() {
        OneRosterPackageFormat format = new OneRosterPackageFormat(new ZipLimits(20, 1024 * 1024));
        byte[] bomb = Roster.folder("sample").with("padding.csv", new byte[2 * 1024 * 1024]).zip();

        assertTrue(bomb.length < 64 * 1024, "the zip itself is small: " + bomb.length);
        assertEquals(ErrorCode.TOO_LARGE, refused(format, bomb).code());
    }

    @Test
    void aZipOfTooManyEntriesIsTooLarge() {
        OneRosterPackageFormat format = new OneRosterPackageFormat(new ZipLimits(8, 1024 * 1024));

        assertEquals(ErrorCode.TOO_LARGE, refused(format, Roster.folder("sample").with("extra.csv", "a\n").zip()).code());
    }

    @Test
    void filesInAFolderOfTheZipAreFound() throws IOException, UnreadablePackageException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
                ZipInputStream sample = new ZipInputStream(new ByteArrayInputStream(Roster.folder("sample").zip()))) {
            zip.putNextEntry(new ZipEntry("roster/"));
            zip.closeEntry();
            for (ZipEntry entry = sample.getNextEntry(); entry != null; entry = sample.getNextEntry()) {
                zip.putNextEntry(new ZipEntry("roster/" + entry.getName()));
                zip.write(sample.readAllBytes());
                zip.closeEntry();
            }
        }

        ReadResult read = new OneRosterPackageFormat().read(new ByteArrayInputStream(bytes.toByteArray()), "roster.zip");

        assertEquals(5, read.exchangePackage().persons().size());
    }

    @Test
    void aCsvFileThatIsNotZippedIsMalformed() {
        UnreadablePackageException e = refused(new OneRosterPackageFormat(),
                "propertyName,value\noneroster.version,1.1\n".getBytes(UTF_8));

        assertEquals(ErrorCode.MALFORMED, e.code());
        assertTrue(e.getMessage().contains("not a zip"), e.getMessage());
    }
}
