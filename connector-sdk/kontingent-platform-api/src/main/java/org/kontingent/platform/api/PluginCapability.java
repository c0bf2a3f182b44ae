package org.kontingent.platform.api;

/**
 * Names of the {@code kontingent.plugin} capability by which a bundle and its Karaf feature
 * declare that they are a plugin. The platform never scans for plugins: a bundle is a plugin
 * exactly when it provides this capability, e.g.
 * <pre>Provide-Capability: kontingent.plugin;kind=report;id=report-statistics;name="Statistics"</pre>
 * and a feature is one when it carries the same line in its {@code <capability>} element.
 * Bundles built with bnd write the header with the {@link Plugin} annotation.
 */
public final class PluginCapability {
    /** The capability namespace. */
    public static final String NAMESPACE = "kontingent.plugin";
    /** Attribute: one of {@link PluginKind#id()}. */
    public static final String KIND = "kind";
    /** Attribute: the plugin id, unique in an installation; by convention the feature name. */
    public static final String ID = "id";
    /** Attribute: a human readable name. */
    public static final String NAME = "name";

    private PluginCapability() {
    }
}
