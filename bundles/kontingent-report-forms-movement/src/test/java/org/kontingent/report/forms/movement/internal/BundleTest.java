package org.kontingent.report.forms.movement.internal;

import java.util.List;

import org.kontingent.report.support.testing.FormBundleTest;

/** The movement bundle as bnd made it. */
class BundleTest extends FormBundleTest {

    @Override
    protected List<Class<?>> forms() {
        return List.of(ArrivalsByGradeForm.class, LeavingReasonsForm.class, BetweenOrganizationsForm.class,
                GraduatesForm.class, PeriodStartEndForm.class);
    }
}
