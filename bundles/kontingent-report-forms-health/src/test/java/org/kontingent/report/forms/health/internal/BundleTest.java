package org.kontingent.report.forms.health.internal;

import java.util.List;
import java.util.Map;

import org.kontingent.report.support.testing.FormBundleTest;

/** The health forms bundle as bnd made it: it reads the extension's learner counts and the registry's. */
class BundleTest extends FormBundleTest {
    @Override
    protected List<Class<?>> forms() {
        return List.of(HealthGroupsForm.class);
    }

    @Override
    protected Map<String, String> views() {
        return Map.of("registry", "1.2", "health", "1.1");
    }
}
