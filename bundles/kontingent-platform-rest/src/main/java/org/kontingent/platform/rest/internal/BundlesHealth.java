package org.kontingent.platform.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.karaf.bundle.core.BundleService;
import org.apache.karaf.bundle.core.BundleState;
import org.kontingent.platform.api.PluginCapability;
import org.kontingent.platform.api.health.Health;
import org.kontingent.platform.api.health.HealthIndicator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Names the bundles that failed: unresolved (a requirement is missing) or in Karaf's failure
 * state. A failed core bundle takes the platform down; a failed plugin or library degrades it.
 */
@Component(service = HealthIndicator.class)
public class BundlesHealth implements HealthIndicator {
    static final String CORE_PREFIX = "kontingent-";

    private final BundleContext context;
    private final BundleService bundleService;

    @Activate
    public BundlesHealth(BundleContext context, @Reference BundleService bundleService) {
        this.context = context;
        this.bundleService = bundleService;
    }

    @Override
    public String name() {
        return "bundles";
    }

    @Override
    public Health check() {
        List<String> coreFailures = new ArrayList<>();
        Map<String, Object> failed = new LinkedHashMap<>();
        Bundle[] bundles = context.getBundles();
        for (Bundle bundle : bundles) {
            if (!hasFailed(bundle)) {
                continue;
            }
            String name = bundle.getSymbolicName() + " " + bundle.getVersion();
            failed.put(name, diagnosis(bundle));
            if (isCore(bundle)) {
                coreFailures.add(name);
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("total", bundles.length);
        details.put("failed", failed);
        if (!coreFailures.isEmpty()) {
            return Health.down("Core bundles failed: " + String.join(", ", coreFailures), details);
        }
        if (!failed.isEmpty()) {
            return Health.degraded("Bundles failed: " + String.join(", ", failed.keySet()), details);
        }
        return Health.up(bundles.length + " bundles, none failed", details);
    }

    private boolean hasFailed(Bundle bundle) {
        try {
            if (bundle.getState() == Bundle.UNINSTALLED || isFragment(bundle)) {
                return false;
            }
            if (bundle.getState() == Bundle.INSTALLED) {
                return true;
            }
            return bundleService.getInfo(bundle).getState() == BundleState.Failure;
        } catch (IllegalArgumentException | IllegalStateException uninstalledMeanwhile) {
            // a plugin leaving while we look: gone is not failed
            return false;
        }
    }

    private String diagnosis(Bundle bundle) {
        String diag = bundleService.getDiag(bundle);
        if (diag == null || diag.isBlank()) {
            return bundle.getState() == Bundle.INSTALLED ? "not resolved" : "failed";
        }
        return diag.strip();
    }

    private static boolean isFragment(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    private static boolean isCore(Bundle bundle) {
        String name = bundle.getSymbolicName();
        if (name == null || !name.startsWith(CORE_PREFIX)) {
            return false;
        }
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && revision.getDeclaredCapabilities(PluginCapability.NAMESPACE).isEmpty();
    }
}
