package org.kontingent.connector.testkit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.ExchangePackage;
import org.kontingent.connector.api.exchange.RecordError;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;

/**
 * The contract every {@link PackageFormat} keeps, as JUnit 5 tests a connector inherits: extend
 * it, give the format and its samples, and the connector's build runs these offline.
 *
 * <pre>
 * class MyFormatContractTest extends PackageFormatContract {
 *     protected PackageFormat format() { return new MyFormat(); }
 *     protected Sample sample() { return new Sample(bytes("/sample.xml"), "sample.xml", expectedPackage()); }
 *     protected Broken broken() { return new Broken(bytes("/broken.xml"), "broken.xml", 1, expectedGoodRecords()); }
 *     protected byte[] malformed() { return "not my format".getBytes(UTF_8); }
 * }
 * </pre>
 */
public abstract class PackageFormatContract {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-z0-9.+-]+");
    private static final Set<ErrorCode> UNREADABLE = EnumSet.of(ErrorCode.MALFORMED, ErrorCode.ENCODING,
            ErrorCode.UNSUPPORTED_VERSION, ErrorCode.EMPTY, ErrorCode.TOO_LARGE);
    private static final List<String> LISTS = List.of("persons", "representatives", "classes", "memberships", "grades",
            "extensions");

    /**
     * A package the format reads whole.
     *
     * @param expected exactly the records it reads to
     */
    public record Sample(byte[] bytes, String fileName, ExchangePackage expected) {
    }

    /**
     * A package with records the format cannot read.
     *
     * @param unreadable how many records it leaves out
     * @param expected exactly the records it still reads
     */
    public record Broken(byte[] bytes, String fileName, int unreadable, ExchangePackage expected) {
    }

    /** The format under test, new for each test. */
    protected abstract PackageFormat format();

    protected abstract Sample sample();

    protected abstract Broken broken();

    /** Bytes that are not a package of the format at all. */
    protected abstract byte[] malformed();

    private ReadResult read(byte[] bytes, String fileName) throws UnreadablePackageException {
        return format().read(new ByteArrayInputStream(bytes), fileName);
    }

    @Test
    void declaresItsIdAndMediaTypes() {
        PackageFormat format = format();
        assertTrue(ID.matcher(format.id()).matches(), "id " + format.id() + ": lower-case letters, digits, hyphens");
        assertFalse(format.mediaTypes().isEmpty(), "at least one media type");
        format.mediaTypes().forEach(t -> assertTrue(MEDIA_TYPE.matcher(t).matches(), "media type " + t
                + ": type/subtype in lower case, without parameters"));
    }

    @Test
    void readsTheSampleToExactlyTheExpectedRecords() throws UnreadablePackageException {
        Sample sample = sample();
        ReadResult read = read(sample.bytes(), sample.fileName());
        assertEquals(List.of(), read.errors(), "no errors in the sample");
        assertEquals(0, read.unreadable());
        assertPackage(sample.expected(), read.exchangePackage());
        assertTrue(read.received() > 0, "the sample holds records");
    }

    @Test
    void namesWhereEachRecordStands() throws UnreadablePackageException {
        Sample sample = sample();
        ReadResult read = read(sample.bytes(), sample.fileName());
        Map<String, Integer> sizes = sizes(read.exchangePackage());
        for (String list : LISTS) {
            List<String> places = new ArrayList<>();
            for (int i = 0; i < sizes.get(list); i++) {
                String place = read.place(list, i);
                assertNotNull(place, list + "[" + i + "] has a place");
                assertFalse(place.isBlank(), list + "[" + i + "] has a place");
                places.add(place);
            }
            assertEquals(places.size(), Set.copyOf(places).size(), "no two " + list + " share a place: " + places);
        }
    }

    @Test
    void aBrokenRecordIsNamedWithItsFieldAndTheOthersAreRead() throws UnreadablePackageException {
        Broken broken = broken();
        ReadResult read = read(broken.bytes(), broken.fileName());
        assertEquals(broken.unreadable(), read.unreadable(), "records left out: " + read.errors());
        assertFalse(read.errors().isEmpty(), "each record left out has an error");
        for (RecordError e : read.errors()) {
            assertAll(e.toString(),
                    () -> assertNotNull(e.record(), "the error names the record"),
                    () -> assertEquals(ErrorCode.Severity.REFUSED, e.code().severity(), "a record's error is a refusal"),
                    () -> assertFalse(e.message().isBlank(), "the error says why"));
        }
        assertEquals(broken.unreadable(), read.errors().stream().map(RecordError::record).distinct().count(),
                "errors name exactly the records left out");
        assertPackage(broken.expected(), read.exchangePackage());
    }

    @Test
    void somethingElseEntirelyIsUnreadableWithACode() {
        assertUnreadable(malformed(), "the malformed sample");
    }

    @Test
    void nothingAtAllIsUnreadableOrEmpty() {
        try {
            ReadResult read = read(new byte[0], "empty");
            assertEquals(0, read.received(), "an empty input holds no records");
        } catch (UnreadablePackageException e) {
            assertTrue(UNREADABLE.contains(e.code()), "code " + e.code());
        }
    }

    @Test
    void randomBytesNeverEscapeAsAnotherException() {
        Random random = new Random(20261123);
        for (int i = 0; i < 50; i++) {
            byte[] noise = new byte[1 + random.nextInt(4096)];
            random.nextBytes(noise);
            try {
                read(noise, "noise-" + i);
            } catch (UnreadablePackageException e) {
                assertTrue(UNREADABLE.contains(e.code()), "code " + e.code());
            } catch (RuntimeException e) {
                fail("random bytes (seed 20261123, round " + i + ") escaped as " + e);
            }
        }
    }

    @Test
    void aTruncatedSampleNeverEscapesAsAnotherException() {
        byte[] whole = sample().bytes();
        for (int cut : new int[] {whole.length / 3, whole.length / 2, whole.length - 1}) {
            byte[] truncated = java.util.Arrays.copyOf(whole, Math.max(cut, 1));
            try {
                read(truncated, "truncated");
            } catch (UnreadablePackageException e) {
                assertTrue(UNREADABLE.contains(e.code()), "code " + e.code());
            } catch (RuntimeException e) {
                fail("the sample cut at " + cut + " bytes escaped as " + e);
            }
        }
    }

    @Test
    void leavesTheStreamOpenForTheGateway() throws UnreadablePackageException {
        boolean[] closed = new boolean[1];
        InputStream in = new FilterInputStream(new ByteArrayInputStream(sample().bytes())) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        format().read(in, sample().fileName());
        assertFalse(closed[0], "the format does not close the stream it is given");
    }

    @Test
    void readsFromSeveralThreadsAtOnce() throws Exception {
        PackageFormat format = format();
        Sample sample = sample();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ExchangePackage>> reads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                reads.add(() -> format.read(new ByteArrayInputStream(sample.bytes()), sample.fileName()).exchangePackage());
            }
            for (Future<ExchangePackage> read : pool.invokeAll(reads)) {
                assertPackage(sample.expected(), read.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertUnreadable(byte[] bytes, String what) {
        try {
            ReadResult read = read(bytes, "malformed");
            fail(what + " was read: " + read);
        } catch (UnreadablePackageException e) {
            assertTrue(UNREADABLE.contains(e.code()), "code " + e.code());
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "the refusal says why");
        }
    }

    /** Compares list by list, so that a difference names the list and the record. */
    protected static void assertPackage(ExchangePackage expected, ExchangePackage actual) {
        assertAll(
                () -> assertEquals(expected.persons(), actual.persons(), "persons"),
                () -> assertEquals(expected.representatives(), actual.representatives(), "representatives"),
                () -> assertEquals(expected.classes(), actual.classes(), "classes"),
                () -> assertEquals(expected.memberships(), actual.memberships(), "memberships"),
                () -> assertEquals(expected.grades(), actual.grades(), "grades"),
                () -> assertEquals(expected.extensions(), actual.extensions(), "extensions"));
    }

    private static Map<String, Integer> sizes(ExchangePackage p) {
        return Map.of("persons", p.persons().size(), "representatives", p.representatives().size(), "classes",
                p.classes().size(), "memberships", p.memberships().size(), "grades", p.grades().size(), "extensions",
                p.extensions().size());
    }
}
