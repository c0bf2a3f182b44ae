package org.kontingent.report.forms.contingent.internal;

import java.util.List;

import org.kontingent.report.support.testing.FormBundleTest;

/** The contingent bundle as bnd made it. */
class BundleTest extends FormBundleTest {

    @Override
    protected List<Class<?>> forms() {
        return List.of(AttendingForm.class, ClassFillingForm.class, OrganizationRegistryForm.class,
                OrganizationStructureForm.class);
    }
}
