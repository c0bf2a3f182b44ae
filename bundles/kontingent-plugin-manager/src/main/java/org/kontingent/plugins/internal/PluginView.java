package org.kontingent.plugins.internal;

import java.util.List;

/**
 * A plugin as the plugin manager shows it.
 *
 * @param id the plugin id (the feature name for feature plugins)
 * @param kind connector, report, extension or sign-in (see {@link org.kontingent.platform.api.PluginKind#id()})
 * @param name a human readable name
 * @param source {@value #FEATURE} when it comes from a Karaf feature, {@value #DEPLOY} when its jar was dropped into {@code deploy/}
 * @param installedVersion the installed version, or null when it is only available
 * @param availableVersions the versions that can be installed, newest last
 * @param bundles the plugin's bundles as they run now (empty when not installed)
 */
public record PluginView(String id, String kind, String name, String source, String installedVersion,
        List<String> availableVersions, List<BundleView> bundles) {
    public static final String FEATURE = "feature";
    public static final String DEPLOY = "deploy";

    public boolean installed() {
        return installedVersion != null;
    }

    /**
     * @param symbolicName the bundle's symbolic name
     * @param version its version
     * @param state INSTALLED, RESOLVED, STARTING, ACTIVE, STOPPING
     * @param location where the bundle was installed from
     */
    public record BundleView(String symbolicName, String version, String state, String location) {
    }
}
