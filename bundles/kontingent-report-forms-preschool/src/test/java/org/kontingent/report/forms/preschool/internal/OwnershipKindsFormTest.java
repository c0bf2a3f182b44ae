package org.kontingent.report.forms.preschool.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kontingent.report.support.testing.SmallRegion.CITY_NAME;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT;
import static org.kontingent.report.support.testing.SmallRegion.DISTRICT_NAME;
import static org.kontingent.report.support.testing.SmallRegion.args;
import static org.kontingent.report.support.testing.SmallRegion.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportException;
import org.kontingent.report.api.ReportForm;

/** On 2026-03-01: 12 (municipal, general developmental) 3 children, 19 (municipal, combined) 2, 18 (private, compensating) 2. */
class OwnershipKindsFormTest extends Fixture {
    private static final String MUNICIPAL = "Муниципальная собственность";

    @Override
    protected ReportForm form() {
        return new OwnershipKindsForm();
    }

    @Test
    void countsOrganizationsAndChildrenByOwnershipAndKindPerMunicipality() {
        assertEquals(List.of(
                row(CITY_NAME, MUNICIPAL, "Общеразвивающего вида", 1L, 3L),
                row(CITY_NAME, MUNICIPAL, "Комбинированного вида", 1L, 2L),
                row(DISTRICT_NAME, "Частная собственность", "Компенсирующего вида", 1L, 2L)),
                run(Scope.region(), Map.of()).rows());
    }

    @Test
    void countsTheRegionOnTheDayAskedAndTheScopesPart() {
        assertEquals(List.of(
                row(null, MUNICIPAL, "Общеразвивающего вида", 1L, 4L),
                row(null, MUNICIPAL, "Комбинированного вида", 1L, 1L),
                row(null, "Частная собственность", "Компенсирующего вида", 1L, 3L)),
                run(Scope.region(), args(Parameter.LEVEL, Level.REGION, Parameter.DATE, LocalDate.of(2025, 12, 1))).rows(),
                "on 2025-12-01: 12 has 2001–2004, 19 has 2005 only, 18 has 2007, 2009, 2010");
        assertEquals(List.of(row(DISTRICT_NAME, "Частная собственность", "Компенсирующего вида", 1L, 2L)),
                run(Scope.authority(DISTRICT), Map.of()).rows());
        assertEquals(List.of(row(CITY_NAME, MUNICIPAL, "Комбинированного вида", 1L, 2L)),
                run(Scope.organization(19), Map.of()).rows());
    }

    @Test
    void refusesTheOrganizationLevel() {
        assertThrows(ReportException.class, () -> run(Scope.region(), args(Parameter.LEVEL, Level.ORGANIZATION)));
    }
}
