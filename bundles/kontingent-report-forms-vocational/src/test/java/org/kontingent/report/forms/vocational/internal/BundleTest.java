package org.kontingent.report.forms.vocational.internal;

import java.util.List;
import java.util.Map;

import org.kontingent.report.support.testing.FormBundleTest;

/** The vocational forms bundle as bnd made it: it reads the vocational extension's views and the registry's learner levels. */
class BundleTest extends FormBundleTest {
    @Override
    protected List<Class<?>> forms() {
        return List.of(LearnersBySpecialtyForm.class, GraduateEmploymentForm.class);
    }

    @Override
    protected Map<String, String> views() {
        return Map.of("registry", "1.1", "vocational", "1.0");
    }
}
