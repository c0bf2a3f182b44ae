package org.kontingent.report.forms.contingent.internal;

import java.util.List;
import java.util.Map;

import org.kontingent.report.support.testing.FormBundleTest;

/** The contingent bundle as bnd made it. */
class BundleTest extends FormBundleTest {

    @Override
    protected List<Class<?>> forms() {
        return List.of(AttendingForm.class, ClassFillingForm.class, OrganizationRegistryForm.class,
                OrganizationStructureForm.class);
    }

    /** Attending sums the learner counts the registry's views have since 1.2. */
    @Override
    protected Map<String, String> views() {
        return Map.of("registry", "1.2");
    }
}
