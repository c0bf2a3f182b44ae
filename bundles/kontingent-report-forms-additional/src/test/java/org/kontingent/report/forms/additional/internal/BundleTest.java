package org.kontingent.report.forms.additional.internal;

import java.util.List;
import java.util.Map;

import org.kontingent.report.support.testing.FormBundleTest;

/** The additional education forms bundle as bnd made it: it reads the extension's views and the registry's learner levels. */
class BundleTest extends FormBundleTest {
    @Override
    protected List<Class<?>> forms() {
        return List.of(ContingentForm.class, ResultsForm.class);
    }

    @Override
    protected Map<String, String> views() {
        return Map.of("registry", "1.1", "additional", "1.1");
    }
}
