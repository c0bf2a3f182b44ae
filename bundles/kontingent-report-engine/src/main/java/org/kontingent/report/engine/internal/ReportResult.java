package org.kontingent.report.engine.internal;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kontingent.report.api.ReportDefinition;

/**
 * A finished result as the exports read it: the form's definition in the run's language, the
 * arguments as shown to people, when and for whom it was made, and its rows, read as a stream
 * (a result may have a million rows; it is never all in memory).
 */
public interface ReportResult {

    /** The form's definition in the language of the run. */
    ReportDefinition definition();

    /** The language of the run. */
    Locale locale();

    /** The arguments as printed above the table: parameter title → value shown, in order. */
    Map<String, String> shownArguments();

    /** Whose scope the result covers, as printed: "Весь регион", an authority's or organization's name. */
    String scopeName();

    /** When the result was made. */
    ZonedDateTime generatedAt();

    /** How many rows, subtotals and the total included. */
    long rowCount();

    /** Reads the rows in order, from the first. */
    void read(RowVisitor visitor) throws IOException;

    /** Reads rows from an offset, at most a limit. */
    List<ResultRow> rows(long offset, int limit) throws IOException;

    /** Takes each row of a result in turn. */
    @FunctionalInterface
    interface RowVisitor {
        void visit(ResultRow row) throws IOException;
    }
}
