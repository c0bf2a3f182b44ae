package org.kontingent.connector.support;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.UnreadablePackageException;

/**
 * The entries of a zip, read as a stream one after the other within {@link ZipLimits}. Every entry
 * is inflated through the same count, also those the connector skips, so a bomb hidden in any entry
 * is stopped at the limit with {@link ErrorCode#TOO_LARGE}; a zip that cannot be read is
 * {@link ErrorCode#MALFORMED}.
 */
public final class ZipGuard {
    private static final int BUFFER = 8192;
    private static final int HEAD = 4;

    /** What is done with one entry's content. */
    @FunctionalInterface
    public interface EntryReader {
        /**
         * Reads one entry. The content stays within the limits; reading past them throws
         * {@link ZipLimitExceeded}. What the reader leaves unread is inflated and counted after it.
         */
        void read(ZipEntry entry, InputStream content) throws UnreadablePackageException, IOException;
    }

    private ZipGuard() {
    }

    /**
     * Whether the package starts like a zip (a local file header), looked at without consuming it.
     */
    public static boolean startsLikeZip(BufferedInputStream in) throws UnreadablePackageException {
        try {
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            return head.length == HEAD && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Hands each entry, directories included, to the reader in the order of the zip, and returns how
     * many there were. The stream is left open.
     */
    public static int read(InputStream zip, ZipLimits limits, EntryReader reader) throws UnreadablePackageException {
        ZipInputStream entries = new ZipInputStream(zip, StandardCharsets.UTF_8);
        Budget budget = new Budget(limits.maxUncompressedBytes());
        int count = 0;
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
                reader.read(entry, content);
                content.drain();
            }
        } catch (ZipLimitExceeded e) {
            throw new UnreadablePackageException(ErrorCode.TOO_LARGE, e.getMessage(), e);
        } catch (ZipException | IllegalArgumentException e) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package is not a readable zip: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The zip could not be read: " + e.getMessage(), e);
        }
        return count;
    }

    /** What the package may still inflate to. */
    private static final class Budget {
        private final long limit;
        private long remaining;

        Budget(long limit) {
            this.limit = limit;
            this.remaining = limit;
        }

        void spend(long bytes) throws ZipLimitExceeded {
            remaining -= bytes;
            if (remaining < 0) {
                throw new ZipLimitExceeded("The zip inflates to more than " + limit + " bytes");
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
