package org.kontingent.report.forms.movement.internal;

import java.util.List;
import java.util.Map;

import org.kontingent.report.support.testing.FormBundleTest;

/** The movement bundle as bnd made it. */
class BundleTest extends FormBundleTest {

    @Override
    protected List<Class<?>> forms() {
        return List.of(ArrivalsByGradeForm.class, LeavingReasonsForm.class, BetweenOrganizationsForm.class,
                GraduatesForm.class, PeriodStartEndForm.class);
    }

    /** The forms read the previous membership (views 1.1) and the arrival counts (1.3). */
    @Override
    protected Map<String, String> views() {
        return Map.of("registry", "1.3");
    }
}
