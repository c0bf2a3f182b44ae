package org.kontingent.platform.rest.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * What this installation runs: the platform version (the version of this bundle, built with
 * the rest of the distribution), Karaf, the OSGi framework and Java.
 */
@Component(service = VersionInfo.class)
public class VersionInfo {
    private final String version;
    private final Map<String, String> components;

    @Activate
    public VersionInfo(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
        Map<String, String> found = new LinkedHashMap<>();
        found.put("kontingent", version);
        for (Bundle bundle : context.getBundles()) {
            if ("org.apache.karaf.features.core".equals(bundle.getSymbolicName())) {
                found.put("karaf", bundle.getVersion().toString());
            }
        }
        Bundle framework = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        found.put("framework", framework.getSymbolicName() + " " + framework.getVersion());
        found.put("java", System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
        found.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        this.components = Map.copyOf(found);
    }

    public String version() {
        return version;
    }

    public Map<String, String> components() {
        return components;
    }
}
