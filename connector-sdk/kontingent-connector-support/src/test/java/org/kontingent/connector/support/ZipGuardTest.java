package org.kontingent.connector.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.UnreadablePackageException;

class ZipGuardTest {
    private static final ZipLimits LIMITS = new ZipLimits(3, 1024);

    @Test
    void everyEntryIsHandedOverInOrder() throws Exception {
        byte[] zip = zip(new ZipEntry("a/"), entry("a/one.csv", "1"), entry("two.csv", "22"));
        List<String> names = new ArrayList<>();
        List<String> contents = new ArrayList<>();

        int count = ZipGuard.read(new ByteArrayInputStream(zip), LIMITS, (entry, content) -> {
            names.add(entry.getName());
            contents.add(new String(content.readAllBytes(), StandardCharsets.UTF_8));
        });

        assertEquals(3, count);
        assertEquals(List.of("a/", "a/one.csv", "two.csv"), names);
        assertEquals(List.of("", "1", "22"), contents);
    }

    @Test
    void moreEntriesThanTheLimitIsTooLarge() throws Exception {
        byte[] zip = zip(entry("1", ""), entry("2", ""), entry("3", ""), entry("4", ""));
        UnreadablePackageException e = assertThrows(UnreadablePackageException.class,
                () -> ZipGuard.read(new ByteArrayInputStream(zip), LIMITS, (entry, content) -> { }));
        assertEquals(ErrorCode.TOO_LARGE, e.code());
        assertEquals("The zip holds more than 3 entries", e.getMessage());
    }

    @Test
    void anEntryNobodyReadsIsStillCountedAgainstTheSize() throws Exception {
        byte[] zip = zip(entry("bomb.bin", "x".repeat(4096)));
        UnreadablePackageException e = assertThrows(UnreadablePackageException.class,
                () -> ZipGuard.read(new ByteArrayInputStream(zip), LIMITS, (entry, content) -> { }));
        assertEquals(ErrorCode.TOO_LARGE, e.code());
    }

    @Test
    void aReaderPastTheLimitMeetsZipLimitExceeded() throws Exception {
        byte[] zip = zip(entry("big.xml", "x".repeat(4096)));
        List<IOException> met = new ArrayList<>();
        UnreadablePackageException e = assertThrows(UnreadablePackageException.class,
                () -> ZipGuard.read(new ByteArrayInputStream(zip), LIMITS, (entry, content) -> {
                    try {
                        content.readAllBytes();
                    } catch (IOException failure) {
                        met.add(failure);
                        throw failure;
                    }
                }));
        assertEquals(ErrorCode.TOO_LARGE, e.code());
        assertEquals("The zip inflates to more than 1024 bytes", e.getMessage());
        assertTrue(met.get(0) instanceof ZipLimitExceeded);
    }

    @Test
    void aCutZipIsMalformed() throws Exception {
        byte[] whole = zip(entry("a.csv", "line of a CSV file\n".repeat(40)));
        byte[] broken = Arrays.copyOf(whole, 50);
        UnreadablePackageException e = assertThrows(UnreadablePackageException.class,
                () -> ZipGuard.read(new ByteArrayInputStream(broken), LIMITS, (entry, content) -> content.readAllBytes()));
        assertEquals(ErrorCode.MALFORMED, e.code());
    }

    @Test
    void startsLikeZipLooksWithoutConsuming() throws Exception {
        byte[] zip = zip(entry("a", "1"));
        BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(zip));
        assertTrue(ZipGuard.startsLikeZip(in));
        assertArrayEquals(zip, in.readAllBytes());
        assertFalse(ZipGuard.startsLikeZip(new BufferedInputStream(new ByteArrayInputStream("<?xml".getBytes(StandardCharsets.US_ASCII)))));
        assertFalse(ZipGuard.startsLikeZip(new BufferedInputStream(new ByteArrayInputStream(new byte[] {'P', 'K'}))));
    }

    private static Entry entry(String name, String content) {
        return new Entry(new ZipEntry(name), content);
    }

    private record Entry(ZipEntry entry, String content) {
    }

    private static byte[] zip(ZipEntry directory, Entry... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(directory);
            zip.closeEntry();
            write(zip, entries);
        }
        return out.toByteArray();
    }

    private static byte[] zip(Entry... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            write(zip, entries);
        }
        return out.toByteArray();
    }

    private static void write(ZipOutputStream zip, Entry... entries) throws IOException {
        for (Entry e : entries) {
            zip.putNextEntry(e.entry());
            zip.write(e.content().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
