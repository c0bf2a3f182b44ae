package org.kontingent.connector.edfi.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.UnreadablePackageException;

/**
 * The XML entries of a zip, read as a stream one after the other within {@link PackageLimits}.
 * Every entry is inflated through the same counter, also those that are skipped, so a bomb
 * hidden in any entry is stopped at the limit.
 */
final class ZipEntries {
    private static final int BUFFER = 8192;

    /** What is done with one entry's content. */
    interface EntryReader {
        void read(String name, InputStream content) throws UnreadablePackageException;
    }

    private ZipEntries() {
    }

    /** Whether the bytes start like a zip (a local file header). */
    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /**
     * Hands each {@code .xml} entry to the reader, in the order of the zip; directories and other
     * entries are inflated and counted but not read. The stream is left open.
     */
    static int readXmlEntries(InputStream zip, PackageLimits limits, EntryReader reader) throws UnreadablePackageException {
        ZipInputStream entries = new ZipInputStream(zip, StandardCharsets.UTF_8);
        Budget budget = new Budget(limits.maxUncompressedBytes());
        int count = 0;
        int read = 0;
        try {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (++count > limits.maxEntries()) {
                    throw new UnreadablePackageException(ErrorCode.TOO_LARGE, "The zip holds more than " + limits.maxEntries()
                            + " entries");
                }
                if (entry.getSize() > budget.remaining) {
                    throw new UnreadablePackageException(ErrorCode.TOO_LARGE, "The zip entry " + entry.getName()
                            + " declares " + entry.getSize() + " bytes; the package may inflate to " + limits.maxUncompressedBytes());
                }
                Counted content = new Counted(entries, budget);
                if (!entry.isDirectory() && isInterchange(entry.getName())) {
                    reader.read(entry.getName(), content);
                    read++;
                }
                content.drain();
            }
        } catch (SizeLimitExceeded e) {
            throw new UnreadablePackageException(ErrorCode.TOO_LARGE, e.getMessage(), e);
        } catch (ZipException | IllegalArgumentException e) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package is not a readable zip: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The zip could not be read: " + e.getMessage(), e);
        }
        if (count == 0) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package starts like a zip but holds no entries");
        }
        return read;
    }

    private static boolean isInterchange(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xml") && !name.startsWith("__MACOSX/");
    }

    /** What the package may still inflate to. */
    private static final class Budget {
        private final long limit;
        private long remaining;

        Budget(long limit) {
            this.limit = limit;
            this.remaining = limit;
        }

        void spend(long bytes) throws SizeLimitExceeded {
            remaining -= bytes;
            if (remaining < 0) {
                throw new SizeLimitExceeded("The zip inflates to more than " + limit + " bytes");
            }
        }
    }

    /** One entry's content, counted against the budget; closing it leaves the zip open. */
    private static final class Counted extends FilterInputStream {
        private final Budget budget;

        Counted(InputStream entry, Budget budget) {
            super(entry);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                budget.spend(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                budget.spend(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            int length = (int) Math.min(Math.max(n, 0), BUFFER);
            return Math.max(read(new byte[length], 0, length), 0);
        }

        /** Inflates what is left of the entry, so that it is counted too. */
        void drain() throws IOException {
            byte[] buffer = new byte[BUFFER];
            int n;
            do {
                n = read(buffer, 0, buffer.length);
            } while (n >= 0);
        }

        @Override
        public void close() {
            // the zip stream belongs to the caller
        }
    }
}
