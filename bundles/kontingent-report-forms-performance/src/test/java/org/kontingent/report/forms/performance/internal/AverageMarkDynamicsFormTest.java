package org.kontingent.report.forms.performance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT;
import static org.kontingent.report.support.testing.SmallRegion.args;
import static org.kontingent.report.support.testing.SmallRegion.row;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportException;
import org.kontingent.report.api.ReportForm;

class AverageMarkDynamicsFormTest extends Fixture {
    @Override
    protected ReportForm form() {
        return new AverageMarkDynamicsForm();
    }

    @Test
    void followsTheAverageYearByYearLeavingTheChangeOverAGapEmpty() {
        assertEquals(List.of(
                row("2022-2023", 1L, 1L, 4.0, null),
                row("2024-2025", 2L, 2L, 3.5, null),
                row("2025-2026", 7L, 12L, 49 / 12.0, 49 / 12.0 - 3.5)), run(Scope.region(), Map.of()).rows());
    }

    @Test
    void takesTheYearsAskedForAndTheFilters() {
        assertEquals(List.of(row("2024-2025", 2L, 2L, 3.5, null)),
                run(Scope.region(), args(AverageMarkDynamicsForm.FIRST_YEAR, "2024-2025",
                        AverageMarkDynamicsForm.LAST_YEAR, "2024-2025")).rows());
        assertEquals(List.of(row("2025-2026", 2L, 3L, 13 / 3.0, null)),
                run(Scope.region(), args(Parameter.ORGANIZATION, 11L)).rows());
        assertEquals(List.of(row("2025-2026", 1L, 1L, 5.0, null)), run(Scope.authority(DISTRICT), Map.of()).rows());
        assertEquals(List.of(row("2022-2023", 1L, 1L, 4.0, null), row("2024-2025", 2L, 2L, 3.5, null),
                row("2025-2026", 7L, 7L, 31 / 7.0, 31 / 7.0 - 3.5)),
                run(Scope.region(), args(AverageMarkForm.SUBJECT, "math")).rows());
    }

    @Test
    void refusesYearsInTheWrongOrder() {
        ReportException e = assertThrows(ReportException.class, () -> run(Scope.region(), args(
                AverageMarkDynamicsForm.FIRST_YEAR, "2025-2026", AverageMarkDynamicsForm.LAST_YEAR, "2024-2025")));
        assertEquals(AverageMarkDynamicsForm.FIRST_YEAR, e.parameter());
        assertTrue(e.getMessage().contains("2025-2026"), e.getMessage());
    }
}
