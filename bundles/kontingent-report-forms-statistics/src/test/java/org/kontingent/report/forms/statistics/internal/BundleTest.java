package org.kontingent.report.forms.statistics.internal;

import java.util.List;
import java.util.Map;

import org.kontingent.report.support.testing.FormBundleTest;

/** The statistics bundle as bnd made it; the load form reads the gateway's view besides the registry's. */
class BundleTest extends FormBundleTest {

    @Override
    protected List<Class<?>> forms() {
        return List.of(OrganizationsByTypeForm.class, LearnersByOrganizationTypeForm.class, ProviderLoadForm.class);
    }

    @Override
    protected Map<String, String> views() {
        return Map.of("registry", "1.2", "gateway", "1.0");
    }
}
