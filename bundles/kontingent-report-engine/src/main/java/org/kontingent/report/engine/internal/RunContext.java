package org.kontingent.report.engine.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Column;
import org.kontingent.report.api.ReportArguments;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.RowReader;

/** The context of one run of a form: its session, its arguments, its spool and its progress. */
final class RunContext implements ReportContext {
    private final ReportSession session;
    private final ReportDefinition definition;
    private final ReportArguments arguments;
    private final Locale locale;
    private final LocalDate today;
    private final SpoolWriter spool;
    private final ReportRun run;

    RunContext(ReportSession session, ReportDefinition definition, ReportArguments arguments, Locale locale,
            LocalDate today, SpoolWriter spool, ReportRun run) {
        this.session = session;
        this.definition = definition;
        this.arguments = arguments;
        this.locale = locale;
        this.today = today;
        this.spool = spool;
        this.run = run;
    }

    @Override
    public ReportArguments arguments() {
        return arguments;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public void query(String sql, List<?> parameters, RowReader reader) throws SQLException {
        run.checkNotCancelled();
        session.query(sql, parameters, reader);
    }

    @Override
    public void row(Object... values) {
        List<Column> columns = definition.columns();
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("Report " + definition.id() + ": row " + (spool.rowsWritten() + 1) + " has "
                    + values.length + " values for " + columns.size() + " columns");
        }
        Object[] row = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            row[i] = value(columns.get(i), values[i]);
        }
        try {
            spool.add(row);
        } catch (IOException e) {
            throw new UncheckedIOException("The result could not be written", e);
        }
    }

    private Object value(Column column, Object value) {
        Object typed = column.type().accept(value);
        if (typed == null && value != null) {
            throw new IllegalArgumentException("Report " + definition.id() + ": row " + (spool.rowsWritten() + 1)
                    + ", column " + column.key() + " (" + column.type() + ") cannot hold the " + value.getClass().getSimpleName()
                    + " " + value);
        }
        return typed;
    }

    @Override
    public void progress(int percent) {
        run.progress(Math.max(0, Math.min(100, percent)));
    }

    @Override
    public boolean cancelled() {
        return run.cancelled();
    }
}
