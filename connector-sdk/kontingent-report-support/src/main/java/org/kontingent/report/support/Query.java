package org.kontingent.report.support;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.RowReader;

/**
 * SQL text with its JDBC parameters, written in order: each piece is appended together with the
 * values of its own {@code ?} placeholders, so the text and the values cannot drift apart.
 */
public final class Query {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    /**
     * Appends text and the values of its {@code ?} placeholders.
     *
     * @throws IllegalArgumentException when the text has more or fewer placeholders than values
     */
    public Query append(String text, Object... values) {
        long placeholders = text.chars().filter(c -> c == '?').count();
        if (placeholders != values.length) {
            throw new IllegalArgumentException(placeholders + " placeholders, " + values.length + " values: " + text);
        }
        sql.append(text);
        Collections.addAll(parameters, values);
        return this;
    }

    /** The SQL text so far. */
    public String sql() {
        return sql.toString();
    }

    /** The parameters so far, in the order of their placeholders. */
    public List<Object> parameters() {
        return Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    /** Runs the query on the report views, handing each row to the reader. */
    public void run(ReportContext context, RowReader reader) throws SQLException {
        context.query(sql(), parameters(), reader);
    }

    @Override
    public String toString() {
        return sql + " " + parameters;
    }
}
