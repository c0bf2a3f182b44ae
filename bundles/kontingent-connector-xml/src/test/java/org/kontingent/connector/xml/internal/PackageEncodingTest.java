package org.kontingent.connector.xml.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;

/** The XML connector reads a package in the encoding it declares, and refuses bytes that are not text in it. */
class PackageEncodingTest {
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final String BODY = """
            <package xmlns="urn:kontingent:exchange:1.0" version="1.0">
              <persons><person><id>1</id><surname>Щукина</surname><name>Ёлка</name></person></persons>
            </package>""";

    private static ReadResult read(byte[] bytes) throws UnreadablePackageException {
        return new XmlPackageFormat().read(new ByteArrayInputStream(bytes), "package.xml");
    }

    private static byte[] bytes(String declaration, Charset charset) {
        return (declaration + BODY).getBytes(charset);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static void assertReadsTheNames(byte[] bytes) throws UnreadablePackageException {
        List<PersonRecord> persons = read(bytes).exchangePackage().persons();
        assertEquals(List.of("Щукина Ёлка"), persons.stream().map(p -> p.surname() + " " + p.name()).toList());
    }

    private static UnreadablePackageException refused(byte[] bytes) {
        UnreadablePackageException e = assertThrows(UnreadablePackageException.class, () -> read(bytes));
        assertEquals(ErrorCode.ENCODING, e.code(), e.getMessage());
        return e;
    }

    @Test
    void readsTheEncodingTheDeclarationNames() throws UnreadablePackageException {
        assertReadsTheNames(bytes("<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n", WINDOWS_1251));
        assertReadsTheNames(bytes("<?xml version='1.0' encoding='KOI8-R' standalone='yes'?>\n", Charset.forName("KOI8-R")));
    }

    @Test
    void readsUtf8WithoutADeclarationAndUnicodeByItsByteOrderMark() throws UnreadablePackageException {
        assertReadsTheNames(bytes("", StandardCharsets.UTF_8));
        assertReadsTheNames(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes("<?xml version=\"1.0\"?>",
                StandardCharsets.UTF_8)));
        assertReadsTheNames(bytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?>", StandardCharsets.UTF_16));
        assertReadsTheNames(bytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?>", StandardCharsets.UTF_16LE));
    }

    @Test
    void bytesThatAreNotTextInTheEncodingAreRefusedWithTheirLine() {
        UnreadablePackageException undeclared = refused(bytes("<?xml version=\"1.0\"?>\n", WINDOWS_1251));
        assertTrue(undeclared.getMessage().contains("line 3, column 39"), undeclared.getMessage());
        refused(bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", WINDOWS_1251));
        refused(bytes("<?xml version=\"1.0\" encoding=\"US-ASCII\"?>\n", StandardCharsets.UTF_8));
        byte[] unmapped = bytes("<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n", WINDOWS_1251);
        unmapped[unmapped.length - 40] = (byte) 0x98;
        refused(unmapped);
    }

    @Test
    void anUnknownOrContradictedDeclarationIsRefused() {
        assertTrue(refused(bytes("<?xml version=\"1.0\" encoding=\"klingon-8\"?>", StandardCharsets.UTF_8)).getMessage()
                .contains("klingon-8"));
        refused(bytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?>", StandardCharsets.UTF_8));
        refused(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(
                "<?xml version=\"1.0\" encoding=\"windows-1251\"?>", StandardCharsets.UTF_8)));
        refused(bytes("<?xml version=\"1.0\" encoding=\"windows-1251\"?>", StandardCharsets.UTF_16));
    }
}
