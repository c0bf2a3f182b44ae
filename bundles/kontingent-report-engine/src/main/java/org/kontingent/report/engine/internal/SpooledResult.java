package org.kontingent.report.engine.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kontingent.report.api.ReportDefinition;

/** A finished result kept in a spool file, read as a stream or a page at a time. */
final class SpooledResult implements ReportResult {
    /** Every how many rows the spool's index keeps an offset. */
    static final int STRIDE = 512;

    private final ReportDefinition definition;
    private final Locale locale;
    private final Map<String, String> shownArguments;
    private final String scopeName;
    private final ZonedDateTime generatedAt;
    private final SpoolWriter.Spool spool;

    SpooledResult(ReportDefinition definition, Locale locale, Map<String, String> shownArguments, String scopeName,
            ZonedDateTime generatedAt, SpoolWriter.Spool spool) {
        this.definition = definition;
        this.locale = locale;
        this.shownArguments = Collections.unmodifiableMap(new LinkedHashMap<>(shownArguments));
        this.scopeName = scopeName;
        this.generatedAt = generatedAt;
        this.spool = spool;
    }

    /** The same rows under another run's definition and arguments (a cached result reused). */
    SpooledResult reusedFor(ReportDefinition definition, Locale locale, Map<String, String> shownArguments,
            String scopeName) {
        return new SpooledResult(definition, locale, shownArguments, scopeName, generatedAt, spool);
    }

    SpoolWriter.Spool spool() {
        return spool;
    }

    @Override
    public ReportDefinition definition() {
        return definition;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public Map<String, String> shownArguments() {
        return shownArguments;
    }

    @Override
    public String scopeName() {
        return scopeName;
    }

    @Override
    public ZonedDateTime generatedAt() {
        return generatedAt;
    }

    @Override
    public long rowCount() {
        return spool.rowCount();
    }

    @Override
    public void read(RowVisitor visitor) throws IOException {
        try (DataInputStream in = open(0)) {
            for (long i = 0; i < spool.rowCount(); i++) {
                visitor.visit(SpoolFormat.read(in, definition.columns().size()));
            }
        }
    }

    @Override
    public List<ResultRow> rows(long offset, int limit) throws IOException {
        List<ResultRow> page = new ArrayList<>();
        if (offset >= spool.rowCount() || limit <= 0) {
            return page;
        }
        int block = (int) (offset / STRIDE);
        try (DataInputStream in = open(spool.index()[block])) {
            int width = definition.columns().size();
            for (long i = (long) block * STRIDE; i < offset; i++) {
                SpoolFormat.read(in, width);
            }
            for (long i = offset; i < spool.rowCount() && page.size() < limit; i++) {
                page.add(SpoolFormat.read(in, width));
            }
        }
        return page;
    }

    private DataInputStream open(long position) throws IOException {
        FileChannel channel = FileChannel.open(spool.file(), StandardOpenOption.READ);
        channel.position(position);
        InputStream in = Channels.newInputStream(channel);
        return new DataInputStream(new BufferedInputStream(in, 1 << 16));
    }
}
