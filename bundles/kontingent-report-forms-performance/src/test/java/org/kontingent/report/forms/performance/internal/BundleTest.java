package org.kontingent.report.forms.performance.internal;

import java.util.List;
import java.util.Map;

import org.kontingent.report.support.testing.FormBundleTest;

/** The performance bundle as bnd made it: it reads the general extension's views besides the registry's. */
class BundleTest extends FormBundleTest {
    @Override
    protected List<Class<?>> forms() {
        return List.of(ResultsForm.class, AverageMarkForm.class, AverageMarkDynamicsForm.class, ExamResultsForm.class,
                FinalAttestationForm.class);
    }

    @Override
    protected Map<String, String> views() {
        return Map.of("registry", "1.0", "general", "1.1");
    }
}
