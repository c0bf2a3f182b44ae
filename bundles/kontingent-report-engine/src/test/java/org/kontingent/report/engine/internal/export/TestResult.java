package org.kontingent.report.engine.internal.export;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.IntStream;

import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.engine.internal.ReportResult;
import org.kontingent.report.engine.internal.ResultRow;

/**
 * A result for the exports' tests: its rows made on demand by a function of the row's number,
 * so a large result takes no memory.
 */
final class TestResult implements ReportResult {
    private final ReportDefinition definition;
    private final Locale locale;
    private final Map<String, String> shownArguments;
    private final String scopeName;
    private final ZonedDateTime generatedAt;
    private final long rowCount;
    private final LongFunction<ResultRow> row;

    TestResult(ReportDefinition definition, Locale locale, Map<String, String> shownArguments, String scopeName,
            ZonedDateTime generatedAt, long rowCount, LongFunction<ResultRow> row) {
        this.definition = definition;
        this.locale = locale;
        this.shownArguments = shownArguments;
        this.scopeName = scopeName;
        this.generatedAt = generatedAt;
        this.rowCount = rowCount;
        this.row = row;
    }

    /** A result holding a list of rows. */
    TestResult(ReportDefinition definition, Locale locale, Map<String, String> shownArguments, String scopeName,
            ZonedDateTime generatedAt, List<ResultRow> rows) {
        this(definition, locale, shownArguments, scopeName, generatedAt, rows.size(), index -> rows.get((int) index));
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
        return rowCount;
    }

    @Override
    public void read(RowVisitor visitor) throws IOException {
        for (long i = 0; i < rowCount; i++) {
            visitor.visit(row.apply(i));
        }
    }

    @Override
    public List<ResultRow> rows(long offset, int limit) {
        int size = (int) Math.max(0, Math.min(limit, rowCount - offset));
        return IntStream.range(0, size).mapToObj(i -> row.apply(offset + i)).toList();
    }
}
