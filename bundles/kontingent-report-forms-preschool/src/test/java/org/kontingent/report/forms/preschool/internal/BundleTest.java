package org.kontingent.report.forms.preschool.internal;

import java.util.List;
import java.util.Map;

import org.kontingent.report.support.testing.FormBundleTest;

/** The preschool forms bundle as bnd made it: it reads the preschool extension's views besides the registry's 1.2. */
class BundleTest extends FormBundleTest {
    @Override
    protected List<Class<?>> forms() {
        return List.of(AgeGroupsForm.class, GroupTypesForm.class, MigrationForm.class, OwnershipKindsForm.class,
                QueueAgesForm.class, QueueForm.class, StayModesForm.class);
    }

    @Override
    protected Map<String, String> views() {
        return Map.of("registry", "1.2", "preschool", "1.1");
    }
}
