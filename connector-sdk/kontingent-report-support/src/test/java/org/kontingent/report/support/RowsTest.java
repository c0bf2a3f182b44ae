package org.kontingent.report.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.report.support.testing.SmallRegion.row;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.ReportForm;

class RowsTest extends RegionTest {
    private static final ReportForm VALUES = new TestForm(texts -> List.of(),
            List.of(Column.count("whole", "whole"), Column.count("none", "none"), Column.percent("fraction", "fraction"),
                    Column.percent("nothing", "nothing")),
            context -> new Query().append("SELECT sum(id) AS whole, NULL::bigint AS none, 0.25::float8 AS fraction,"
                    + " avg(NULL::float8) AS nothing FROM report.organization WHERE id < ?", 12L)
                    .run(context, row -> context.row(Rows.whole(row, "whole"), Rows.whole(row, "none"),
                            Rows.fraction(row, "fraction"), Rows.fraction(row, "nothing"))));

    @Test
    void readsNumbersAsTheEngineTakesThemAndNullAsNull() {
        assertEquals(List.of(row(21L, null, 0.25, null)), rows(VALUES, Scope.region(), Map.of()));
    }
}
