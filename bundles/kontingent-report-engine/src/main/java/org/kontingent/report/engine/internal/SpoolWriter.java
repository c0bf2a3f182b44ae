package org.kontingent.report.engine.internal;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import org.kontingent.report.api.ReportDefinition;

/**
 * Writes a run's rows, with the subtotals and total, to a file beside its final place, and
 * moves it there only when the run finished: a result is never seen half-written. It keeps
 * the offset of every {@value SpooledResult#STRIDE}th row for paging.
 */
final class SpoolWriter implements AutoCloseable {
    private final Path target;
    private final Path partial;
    private final CountingStream counting;
    private final DataOutputStream out;
    private final Subtotals subtotals;
    private final LongList index = new LongList();
    private long rows;
    private boolean done;

    SpoolWriter(Path target, ReportDefinition definition) throws IOException {
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".partial");
        this.counting = new CountingStream(Files.newOutputStream(partial));
        this.out = new DataOutputStream(new BufferedOutputStream(counting, 1 << 16));
        this.subtotals = new Subtotals(definition);
    }

    void add(Object[] values) throws IOException {
        for (ResultRow row : subtotals.add(values)) {
            write(row);
        }
    }

    long rowsWritten() {
        return rows;
    }

    /** Ends the result: the last subtotals and the total, then the file in its place. */
    Spool finish() throws IOException {
        for (ResultRow row : subtotals.finish()) {
            write(row);
        }
        out.close();
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        done = true;
        return new Spool(target, rows, index.toArray(), Files.size(target));
    }

    private void write(ResultRow row) throws IOException {
        if (rows % SpooledResult.STRIDE == 0) {
            out.flush();
            index.add(counting.count);
        }
        SpoolFormat.write(out, row);
        rows++;
    }

    /** Drops an unfinished result. */
    @Override
    public void close() throws IOException {
        if (!done) {
            out.close();
            Files.deleteIfExists(partial);
        }
    }

    /** A finished spool file: where, how many rows, the offsets of every STRIDE-th row, its size. */
    record Spool(Path file, long rowCount, long[] index, long bytes) {
    }

    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static final class LongList {
        private long[] values = new long[64];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
