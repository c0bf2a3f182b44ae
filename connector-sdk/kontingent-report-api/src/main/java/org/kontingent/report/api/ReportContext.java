package org.kontingent.report.api;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What the engine hands a running form: the checked arguments, a way to read the report views
 * under the user's scope, and the sink for rows.
 */
@ProviderType
public interface ReportContext {

    /** The arguments, checked, with defaults filled in. */
    ReportArguments arguments();

    /** The language of the run's titles and texts. */
    Locale locale();

    /** The day the run is for ("today" of the defaults). */
    LocalDate today();

    /**
     * Runs a query on the report views and hands each row to the reader. Parameters are
     * JDBC parameters ({@code ?}): {@link String}, {@link Long}, {@link Integer},
     * {@link LocalDate}, {@link Boolean}, or arrays of {@link String} or {@link Long} (for
     * {@code = ANY(?)}). All queries of a run see one snapshot of the data.
     *
     * @throws SQLException as the database answers; a query naming anything but the report
     *         views is refused with "permission denied"
     */
    void query(String sql, List<?> parameters, RowReader reader) throws SQLException;

    /**
     * Writes a row: one value per column, in the definition's order, of the column's type
     * ({@link String}, {@link Number}, {@link LocalDate}) or null.
     *
     * @throws IllegalArgumentException when the number or a type of the values is wrong
     */
    void row(Object... values);

    /** Tells how far the run is, in percent (0–100), for a long run's progress bar. */
    void progress(int percent);

    /** Whether the user gave up waiting: a long form checks it between steps and returns. */
    boolean cancelled();
}
