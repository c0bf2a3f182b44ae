package org.kontingent.extension.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DemoStepsTest {
    @Test
    void countsTheRowsOfTheExtensionsTablesOnly() {
        assertEquals(true, DemoSteps.Step.rows("INSERT ...", "health.conclusion").counted());
        assertEquals(false, new DemoSteps.Step("CREATE TEMPORARY TABLE t AS ...", "t", false).counted());
        assertThrows(NullPointerException.class, () -> DemoSteps.Step.rows("INSERT ...", null));
    }
}
