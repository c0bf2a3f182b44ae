package org.kontingent.connector.oneroster.internal;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.kontingent.connector.support.ZipGuard;
import org.kontingent.connector.support.ZipLimits;

/**
 * The files of a zip by name, inflated within {@link ZipLimits} by {@link ZipGuard}, which counts
 * every entry, directories and files the connector does not read included. Files are named without
 * the folders a zip tool may add; what macOS adds under {@code __MACOSX/} is left out.
 */
final class ZipFiles {

    private ZipFiles() {
    }

    /** The files of the zip; the stream is left open. */
    static Map<String, byte[]> read(InputStream zip, ZipLimits limits) throws UnreadablePackageException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        ZipGuard.read(zip, limits, (entry, content) -> {
            byte[] bytes = content.readAllBytes();
            String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
            if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/") || name.isEmpty()) {
                return;
            }
            if (files.put(name, bytes) != null) {
                throw new UnreadablePackageException(ErrorCode.MALFORMED, "The zip holds " + name + " twice");
            }
        });
        return files;
    }
}
