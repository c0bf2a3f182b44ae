package org.kontingent.report.api;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.osgi.annotation.versioning.ConsumerType;

/** Reads one row of a query's result; called once per row, in order. */
@ConsumerType
@FunctionalInterface
public interface RowReader {

    /** @param row the result set, on the current row; do not move it */
    void read(ResultSet row) throws SQLException;
}
