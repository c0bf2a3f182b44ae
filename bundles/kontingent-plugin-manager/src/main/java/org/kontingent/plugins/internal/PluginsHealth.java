package org.kontingent.plugins.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kontingent.platform.api.health.Health;
import org.kontingent.platform.api.health.HealthIndicator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Lists the installed plugins in the health report; a plugin whose bundles are not all
 * active degrades the platform without taking it down.
 */
@Component(service = HealthIndicator.class)
public class PluginsHealth implements HealthIndicator {
    private final PluginManager manager;

    @Activate
    public PluginsHealth(@Reference PluginManager manager) {
        this.manager = manager;
    }

    @Override
    public String name() {
        return "plugins";
    }

    @Override
    public Health check() {
        List<PluginView> plugins;
        try {
            plugins = manager.list(null);
        } catch (PluginException e) {
            return Health.degraded(e.getMessage(), Map.of());
        }
        Map<String, Object> installed = new LinkedHashMap<>();
        StringBuilder inactive = new StringBuilder();
        for (PluginView plugin : plugins) {
            if (!plugin.installed()) {
                continue;
            }
            boolean active = plugin.bundles().stream().allMatch(b -> "ACTIVE".equals(b.state()));
            installed.put(plugin.id(), Map.of("kind", plugin.kind(), "version", plugin.installedVersion(),
                    "source", plugin.source(), "active", active));
            if (!active) {
                inactive.append(inactive.length() == 0 ? "" : ", ").append(plugin.id());
            }
        }
        Map<String, Object> details = Map.of("installed", installed, "available", plugins.size() - installed.size());
        if (inactive.length() > 0) {
            return Health.degraded("Plugins not active: " + inactive, details);
        }
        return Health.up(installed.size() + " plugin(s) installed, " + (plugins.size() - installed.size()) + " more available", details);
    }
}
