package org.kontingent.report.forms.achievements.internal;

import java.util.List;
import java.util.Map;

import org.kontingent.report.support.testing.FormBundleTest;

/** The achievements forms bundle as bnd made it: it reads the portfolio extension's views and the registry's. */
class BundleTest extends FormBundleTest {
    @Override
    protected List<Class<?>> forms() {
        return List.of(EventsForm.class, AchievementsForm.class);
    }

    @Override
    protected Map<String, String> views() {
        return Map.of("registry", "1.1", "portfolio", "1.0");
    }
}
