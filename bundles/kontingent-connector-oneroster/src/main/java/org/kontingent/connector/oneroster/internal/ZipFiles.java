package org.kontingent.connector.oneroster.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.UnreadablePackageException;

/**
 * The files of a zip by name, inflated within {@link PackageLimits}. Every entry is inflated
 * through the same count, directories and files the connector does not read included, so a bomb
 * in any entry is stopped at the limit. Files are named without the folders a zip tool may add.
 */
final class ZipFiles {
    private static final int BUFFER = 8192;

    private ZipFiles() {
    }

    /** Whether the bytes start like a zip (a local file header). */
    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** The files of the zip; the stream is left open. */
    static Map<String, byte[]> read(InputStream zip, PackageLimits limits) throws UnreadablePackageException {
        ZipInputStream entries = new ZipInputStream(zip, StandardCharsets.UTF_8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        long remaining = limits.maxUncompressedBytes();
        int count = 0;
        byte[] buffer = new byte[BUFFER];
        try {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (++count > limits.maxEntries()) {
                    throw new UnreadablePackageException(ErrorCode.TOO_LARGE, "The zip holds more than " + limits.maxEntries()
                            + " entries");
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                for (int n = entries.read(buffer); n >= 0; n = entries.read(buffer)) {
                    remaining -= n;
                    if (remaining < 0) {
                        throw new UnreadablePackageException(ErrorCode.TOO_LARGE, "The zip inflates to more than "
                                + limits.maxUncompressedBytes() + " bytes");
                    }
                    content.write(buffer, 0, n);
                }
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/") || name.isEmpty()) {
                    continue;
                }
                if (files.put(name, content.toByteArray()) != null) {
                    throw new UnreadablePackageException(ErrorCode.MALFORMED, "The zip holds " + name + " twice");
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package is not a readable zip: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The zip could not be read: " + e.getMessage(), e);
        }
        return files;
    }
}
