package org.kontingent.report.engine.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * A row of a result: a form's row, or a subtotal or total the engine added.
 *
 * @param kind which
 * @param values one value per column of the definition: {@link String}, {@link Long},
 *        {@link Double}, {@link java.time.LocalDate} or null. A subtotal row holds its group's
 *        values in the grouping columns up to its own, and sums in the summed columns; a total
 *        row holds sums only.
 */
public record ResultRow(Kind kind, Object[] values) {

    /** What a row is. */
    public enum Kind {
        /** A row the form wrote. */
        DATA,
        /** The sums of a group (after its rows). */
        SUBTOTAL,
        /** The sums of all rows (last). */
        TOTAL
    }

    public ResultRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(values, "values");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResultRow row && row.kind == kind && Arrays.equals(row.values, values);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return kind + Arrays.toString(values);
    }
}
