package org.kontingent.plugins.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Capability;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.kontingent.platform.api.PluginCapability;
import org.kontingent.platform.api.PluginKind;
import org.kontingent.plugins.internal.PluginException.Reason;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins of this installation. A Karaf feature is a plugin when it carries the
 * {@value PluginCapability#NAMESPACE} capability; a bundle dropped into {@code deploy/} is one
 * when its manifest provides it. Features are installed, upgraded (one deployment that
 * replaces the old version) and uninstalled through the {@link FeaturesService} without
 * refreshing unrelated bundles, so the rest of the platform serves on.
 */
@Component(service = PluginManager.class)
public class PluginManager {
    private static final Logger LOG = LoggerFactory.getLogger(PluginManager.class);
    private static final EnumSet<FeaturesService.Option> INSTALL_OPTIONS =
            EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles, FeaturesService.Option.Upgrade);
    private static final EnumSet<FeaturesService.Option> UNINSTALL_OPTIONS =
            EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

    private static final String FILEINSTALL_FACTORY_PID = "org.apache.felix.fileinstall";

    private final BundleContext context;
    private final FeaturesService features;
    private final ConfigurationAdmin configurationAdmin;

    @Activate
    public PluginManager(BundleContext context, @Reference FeaturesService features,
            @Reference ConfigurationAdmin configurationAdmin) {
        this.context = context;
        this.features = features;
        this.configurationAdmin = configurationAdmin;
    }

    /** Every plugin, installed or available, of the given kind (all kinds when null), sorted by id. */
    public List<PluginView> list(PluginKind kind) throws PluginException {
        Map<String, List<Feature>> byId = pluginFeatures();
        Set<String> featureLocations = installedFeatureLocations();
        Map<String, PluginView> views = new LinkedHashMap<>();
        for (Map.Entry<String, List<Feature>> entry : byId.entrySet()) {
            views.put(entry.getKey(), featureView(entry.getValue()));
        }
        for (Bundle bundle : context.getBundles()) {
            if (featureLocations.contains(bundle.getLocation())) {
                continue;
            }
            // A dropped jar of a plugin that also comes as a feature is what runs while the feature is not installed.
            declaration(bundle).ifPresent(d -> views.merge(d.id(), deployView(d, bundle),
                    (fromFeature, deployed) -> fromFeature.installed() ? fromFeature : deployed));
        }
        return views.values().stream()
                .filter(v -> kind == null || v.kind().equals(kind.id()))
                .sorted(Comparator.comparing(PluginView::id))
                .toList();
    }

    /** One plugin by id. */
    public PluginView get(String id) throws PluginException {
        return list(null).stream().filter(v -> v.id().equals(id)).findFirst()
                .orElseThrow(() -> new PluginException(Reason.NOT_FOUND, "There is no plugin '" + id
                        + "': neither a feature with the " + PluginCapability.NAMESPACE + " capability nor a deployed bundle", null));
    }

    /**
     * Installs the plugin, or upgrades it when another version is installed.
     *
     * @param version the version to install; null for the newest available
     */
    public PluginView install(String id, String version) throws PluginException {
        List<Feature> candidates = pluginFeatures().get(id);
        if (candidates == null) {
            PluginView existing = get(id);
            if (PluginView.DEPLOY.equals(existing.source())) {
                return existing;
            }
            throw new PluginException(Reason.NOT_FOUND, "There is no plugin feature '" + id + "'", null);
        }
        Feature target = version == null || version.isBlank() ? candidates.get(candidates.size() - 1)
                : candidates.stream().filter(f -> sameVersion(f.getVersion(), version)).findFirst()
                        .orElseThrow(() -> new PluginException(Reason.NOT_FOUND, "Plugin '" + id + "' has no version " + version
                                + "; available: " + candidates.stream().map(Feature::getVersion).toList(), null));
        if (features.isInstalled(target)) {
            return get(id);
        }
        long started = System.nanoTime();
        try {
            features.installFeature(target.getName(), target.getVersion(), INSTALL_OPTIONS);
        } catch (Exception e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            boolean unresolvable = message.contains("missing requirement") || message.contains("Unable to resolve");
            throw new PluginException(unresolvable ? Reason.UNRESOLVABLE : Reason.FAILED,
                    "Plugin '" + id + "' " + target.getVersion() + " was not installed: " + message, e);
        }
        LOG.info("Plugin {} {} installed in {} ms", id, target.getVersion(), (System.nanoTime() - started) / 1_000_000);
        return get(id);
    }

    /** Uninstalls the plugin; its data stays in the database. */
    public void uninstall(String id) throws PluginException {
        PluginView view = get(id);
        if (!view.installed()) {
            throw new PluginException(Reason.NOT_INSTALLED, "Plugin '" + id + "' is not installed", null);
        }
        if (PluginView.FEATURE.equals(view.source())) {
            try {
                features.uninstallFeature(id, view.installedVersion(), UNINSTALL_OPTIONS);
            } catch (Exception e) {
                throw new PluginException(Reason.FAILED, "Plugin '" + id + "' was not uninstalled: " + e.getMessage(), e);
            }
        } else {
            uninstallDeployed(id);
        }
        LOG.info("Plugin {} uninstalled", id);
    }

    private void uninstallDeployed(String id) throws PluginException {
        for (Bundle bundle : context.getBundles()) {
            if (declaration(bundle).filter(d -> d.id().equals(id)).isEmpty()) {
                continue;
            }
            try {
                Optional<Path> file = deployedFile(bundle.getLocation());
                if (file.isPresent()) {
                    // The deployer owns the bundle: removing its jar uninstalls it and keeps it from coming back.
                    Files.deleteIfExists(file.get());
                } else {
                    bundle.uninstall();
                }
            } catch (IOException | BundleException e) {
                throw new PluginException(Reason.FAILED, "Plugin '" + id + "' was not uninstalled: " + e.getMessage(), e);
            }
        }
    }

    private Optional<Path> deployedFile(String location) {
        if (location == null || !location.startsWith("file:")) {
            return Optional.empty();
        }
        Path file;
        try {
            file = Path.of(URI.create(location)).toAbsolutePath().normalize();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return deployDirectories().stream().anyMatch(dir -> file.startsWith(dir)) ? Optional.of(file) : Optional.empty();
    }

    /** The folders Felix FileInstall deploys from: its factory configurations, as Karaf writes them. */
    private List<Path> deployDirectories() {
        List<Path> directories = new ArrayList<>();
        try {
            Configuration[] watchers = configurationAdmin.listConfigurations("(service.factoryPid=" + FILEINSTALL_FACTORY_PID + ")");
            for (Configuration watcher : watchers == null ? new Configuration[0] : watchers) {
                Object dir = watcher.getProperties() == null ? null : watcher.getProperties().get("felix.fileinstall.dir");
                if (dir != null) {
                    directories.add(Path.of(dir.toString()).toAbsolutePath().normalize());
                }
            }
        } catch (IOException | InvalidSyntaxException e) {
            LOG.warn("The deploy folders could not be read from the configuration", e);
        }
        if (directories.isEmpty()) {
            directories.add(Path.of(System.getProperty("karaf.base", "."), "deploy").toAbsolutePath().normalize());
        }
        return directories;
    }

    /** Plugin features by plugin id, each list sorted by version, oldest first. */
    private Map<String, List<Feature>> pluginFeatures() throws PluginException {
        Feature[] all;
        try {
            all = features.listFeatures();
        } catch (Exception e) {
            throw new PluginException(Reason.FAILED, "The feature repositories could not be read: " + e.getMessage(), e);
        }
        Map<String, List<Feature>> byId = new LinkedHashMap<>();
        for (Feature feature : all) {
            if (featureDeclaration(feature).isPresent()) {
                byId.computeIfAbsent(feature.getName(), n -> new ArrayList<>()).add(feature);
            }
        }
        byId.values().forEach(list -> list.sort(Comparator.comparing(f -> version(f.getVersion()), NEWEST_LAST)));
        return byId;
    }

    private PluginView featureView(List<Feature> versions) {
        Feature newest = versions.get(versions.size() - 1);
        Feature installed = versions.stream().filter(features::isInstalled).findFirst().orElse(null);
        Feature shown = installed != null ? installed : newest;
        PluginDeclaration declaration = featureDeclaration(shown).orElseThrow();
        List<PluginView.BundleView> bundles = new ArrayList<>();
        if (installed != null) {
            Set<String> locations = new HashSet<>();
            installed.getBundles().stream().map(BundleInfo::getLocation).forEach(locations::add);
            for (Bundle bundle : context.getBundles()) {
                if (locations.contains(bundle.getLocation())) {
                    bundles.add(bundleView(bundle));
                }
            }
        }
        return new PluginView(shown.getName(), declaration.kind().id(), declaration.name(), PluginView.FEATURE,
                installed == null ? null : installed.getVersion(),
                versions.stream().map(Feature::getVersion).toList(), bundles);
    }

    private static PluginView deployView(PluginDeclaration declaration, Bundle bundle) {
        String version = bundle.getVersion().toString();
        return new PluginView(declaration.id(), declaration.kind().id(), declaration.name(), PluginView.DEPLOY,
                version, List.of(version), List.of(bundleView(bundle)));
    }

    private Set<String> installedFeatureLocations() throws PluginException {
        Set<String> locations = new HashSet<>();
        try {
            for (Feature feature : features.listInstalledFeatures()) {
                feature.getBundles().stream().map(BundleInfo::getLocation).forEach(locations::add);
            }
        } catch (Exception e) {
            throw new PluginException(Reason.FAILED, "The installed features could not be read: " + e.getMessage(), e);
        }
        return locations;
    }

    private static Optional<PluginDeclaration> featureDeclaration(Feature feature) {
        for (Capability capability : feature.getCapabilities()) {
            for (String clause : capability.getValue().split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                try {
                    Optional<PluginDeclaration> declaration = PluginDeclaration.parse(clause.trim());
                    if (declaration.isPresent()) {
                        return declaration;
                    }
                } catch (IllegalArgumentException e) {
                    LOG.warn("Feature {}/{} has a malformed plugin declaration: {}", feature.getName(), feature.getVersion(), e.getMessage());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<PluginDeclaration> declaration(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null) {
            return Optional.empty();
        }
        for (BundleCapability capability : revision.getDeclaredCapabilities(PluginCapability.NAMESPACE)) {
            try {
                return Optional.of(PluginDeclaration.of(capability.getAttributes(), bundle.getSymbolicName()));
            } catch (IllegalArgumentException e) {
                LOG.warn("Bundle {} has a malformed plugin declaration: {}", bundle.getSymbolicName(), e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static PluginView.BundleView bundleView(Bundle bundle) {
        return new PluginView.BundleView(bundle.getSymbolicName(), bundle.getVersion().toString(), stateName(bundle.getState()),
                bundle.getLocation());
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNINSTALLED";
        };
    }

    /**
     * A feature or Maven version as an OSGi version: {@code 1.0-SNAPSHOT} is {@code 1.0.0.SNAPSHOT},
     * {@code 1.0.0-rc-1} is {@code 1.0.0.rc-1}; text without a leading number keeps its text as
     * the qualifier of 0.0.0, so two different texts never count as the same version.
     */
    static Version version(String text) {
        String trimmed = text.trim();
        int[] numbers = new int[3];
        int part = 0;
        int i = 0;
        while (part < 3 && i < trimmed.length() && Character.isDigit(trimmed.charAt(i))) {
            int start = i;
            while (i < trimmed.length() && Character.isDigit(trimmed.charAt(i))) {
                i++;
            }
            numbers[part++] = Integer.parseInt(trimmed.substring(start, Math.min(i, start + 9)));
            if (i < trimmed.length() && trimmed.charAt(i) == '.' && i + 1 < trimmed.length() && Character.isDigit(trimmed.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        String qualifier = trimmed.substring(i).replaceFirst("^[.-]", "").replaceAll("[^A-Za-z0-9_-]", "_");
        return new Version(numbers[0], numbers[1], numbers[2], qualifier);
    }

    /** Newer last; a release is newer than the snapshot of the same number. */
    static final Comparator<Version> NEWEST_LAST = (a, b) -> {
        int numbers = new Version(a.getMajor(), a.getMinor(), a.getMicro()).compareTo(new Version(b.getMajor(), b.getMinor(), b.getMicro()));
        if (numbers != 0) {
            return numbers;
        }
        boolean aSnapshot = a.getQualifier().equalsIgnoreCase("SNAPSHOT");
        boolean bSnapshot = b.getQualifier().equalsIgnoreCase("SNAPSHOT");
        if (a.getQualifier().isEmpty() || b.getQualifier().isEmpty() || aSnapshot || bSnapshot) {
            return Integer.compare(rank(a, aSnapshot), rank(b, bSnapshot));
        }
        return a.getQualifier().compareTo(b.getQualifier());
    };

    private static int rank(Version version, boolean snapshot) {
        return snapshot ? 0 : version.getQualifier().isEmpty() ? 2 : 1;
    }

    private static boolean sameVersion(String featureVersion, String requested) {
        return featureVersion.equals(requested) || version(featureVersion).equals(version(requested));
    }
}
