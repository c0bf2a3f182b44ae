package org.kontingent.connector.xml.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.exchange.RecordError;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;

import com.sun.net.httpserver.HttpServer;

/**
 * Packages made to attack the reader: external entities and DTDs (XXE), entity expansion
 * (billion laughs), XInclude and schema locations, deep nesting, and megabytes of white space.
 * Every one is refused or read without fetching anything, in bounded time.
 */
class HostileInputTest {
    private static final String OPEN = "<package xmlns=\"urn:kontingent:exchange:1.0\" version=\"1.0\">";
    private static final String PERSON = "<person><id>1</id><surname>Орлов</surname><name>Глеб</name></person>";
    private static final int MEGABYTES_20 = 20 * 1024 * 1024;

    private final XmlPackageFormat format = new XmlPackageFormat();
    private final AtomicInteger fetched = new AtomicInteger();
    private HttpServer server;
    private String address;

    @BeforeEach
    void startAServerThatCountsWhatIsFetched() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            fetched.incrementAndGet();
            byte[] body = "<!ENTITY leaked 'fetched'>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        address = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    @AfterEach
    void stopTheServer() {
        server.stop(0);
    }

    private ReadResult read(String xml) throws UnreadablePackageException {
        return format.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "hostile.xml");
    }

    private UnreadablePackageException malformed(String xml) {
        UnreadablePackageException e = assertThrows(UnreadablePackageException.class, () -> read(xml));
        assertEquals(ErrorCode.MALFORMED, e.code(), e.getMessage());
        return e;
    }

    @Test
    void externalEntitiesAndDtdsAreRefusedUnfetched() {
        assertAll(
                () -> assertTrue(malformed("<!DOCTYPE package [<!ENTITY xxe SYSTEM \"" + address + "/secret\">]>" + OPEN
                        + "<persons><person><id>&xxe;</id><surname>О</surname><name>Г</name></person></persons></package>")
                        .getMessage().contains("DOCTYPE"), "an internal subset"),
                () -> assertTrue(malformed("<!DOCTYPE package SYSTEM \"" + address + "/package.dtd\">" + OPEN + "</package>")
                        .getMessage().contains("DOCTYPE"), "an external DTD"),
                () -> assertTrue(malformed("<!DOCTYPE package [<!ENTITY % remote SYSTEM \"" + address + "/remote.dtd\">"
                        + " %remote;]>" + OPEN + "</package>").getMessage().contains("DOCTYPE"), "a parameter entity"),
                () -> assertTrue(malformed(OPEN + "<persons><person><id>&xxe;</id></person></persons></package>")
                        .getMessage().contains("xxe"), "an entity without a DTD"));
        assertEquals(0, fetched.get(), "requests to the server");
    }

    @Test
    void aLocalFileIsNeverRead(@TempDir Path directory) throws IOException {
        Path secret = Files.writeString(directory.resolve("secret.txt"), "TOP-SECRET-4711");
        UnreadablePackageException e = malformed("<!DOCTYPE package [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + OPEN + "<persons><person><id>&xxe;</id><surname>О</surname><name>Г</name></person></persons></package>");
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
    }

    @Test
    void schemaLocationsAndXIncludesAreNotFollowed() throws UnreadablePackageException {
        ReadResult read = read("<package xmlns=\"urn:kontingent:exchange:1.0\" version=\"1.0\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"urn:kontingent:exchange:1.0 " + address + "/lenient.xsd\"><persons>" + PERSON
                + "<person xmlns:xi=\"http://www.w3.org/2001/XInclude\"><id>2</id><surname>О</surname><name>Г</name>"
                + "<xi:include href=\"" + address + "/person.xml\" parse=\"xml\"/></person></persons></package>");
        assertEquals(List.of("1"), read.exchangePackage().persons().stream().map(PersonRecord::id).toList());
        assertEquals(ErrorCode.UNKNOWN_FIELD, read.errors().get(0).code(), read.errors().toString());
        assertEquals(0, fetched.get(), "requests to the server");
    }

    @Test
    void aBillionLaughsAreRefusedAtOnce() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE package [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = dtd + "]>" + OPEN + "<persons><person><id>1</id><surname>&lol9;</surname><name>Г</name></person>"
                + "</persons></package>";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> malformed(xml));
    }

    @Test
    void nestingDeeperThanTheModelGoesIsRefused() {
        int depth = 100_000;
        String deep = OPEN + "<persons><person><id>1</id><surname>О</surname><name>Г</name>" + "<x>".repeat(depth)
                + "</x>".repeat(depth) + "</person></persons></package>";
        UnreadablePackageException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> malformed(deep));
        assertTrue(e.getMessage().contains("deeper than " + PackageReader.MAX_DEPTH), e.getMessage());
    }

    @Test
    void twentyMegabytesOfWhiteSpaceAroundRecordsAreRead() {
        String spaces = " \n\t".repeat(MEGABYTES_20 / 3);
        String xml = OPEN + spaces + "<persons>" + spaces + PERSON + spaces + "</persons>" + spaces + "</package>" + spaces;
        ReadResult read = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> read(xml));
        assertEquals(List.of("1"), read.exchangePackage().persons().stream().map(PersonRecord::id).toList());
    }

    @Test
    void twentyMegabytesOfWhiteSpaceInAFieldRefuseOnlyItsRecord() {
        String spaces = " ".repeat(MEGABYTES_20);
        String xml = OPEN + "<persons>" + PERSON
                + "<person><id>" + spaces + "</id><surname>Орлов</surname><name>Глеб</name></person>"
                + "<person><id>3</id><surname>Орлов" + spaces + "</surname><name>Глеб</name></person>"
                + "</persons></package>";
        ReadResult read = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> read(xml));
        assertEquals(List.of("1"), read.exchangePackage().persons().stream().map(PersonRecord::id).toList());
        List<RecordError> errors = read.errors();
        assertEquals(2, errors.size(), errors.toString().substring(0, Math.min(2000, errors.toString().length())));
        assertAll(
                () -> assertEquals(List.of(ErrorCode.REQUIRED, "id"), List.of(errors.get(0).code(), errors.get(0).field())),
                () -> assertEquals(List.of(ErrorCode.FORMAT, "surname"), List.of(errors.get(1).code(), errors.get(1).field())),
                () -> assertTrue(errors.stream().allMatch(e -> e.value().length() <= 101), "values are cut short"),
                () -> assertTrue(errors.stream().allMatch(e -> e.message().length() < 1000), "messages are short"));
    }

    @Test
    void twentyMegabytesInAnAttributeRefuseOnlyItsRecord() {
        String xml = OPEN + "<persons>" + PERSON + "</persons><extensions><extension><extension>health</extension>"
                + "<entity>group</entity><id>h-1</id><person>1</person><data><field name=\"" + "n".repeat(MEGABYTES_20)
                + "\">II</field></data></extension></extensions></package>";
        ReadResult read = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> read(xml));
        assertEquals(1, read.exchangePackage().persons().size());
        assertEquals(1, read.unreadable());
        assertTrue(read.errors().get(0).message().length() < 1000, "the message is short");
    }
}
