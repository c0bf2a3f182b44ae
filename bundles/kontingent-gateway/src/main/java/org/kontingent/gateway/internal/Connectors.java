package org.kontingent.gateway.internal;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.api.format.TemplateProvider;
import org.kontingent.connector.api.pull.PullSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * What the installed connectors bring: package formats (found by media type or id), templates
 * of the formats filled in by hand, and pull sources. They come and go with their connectors.
 */
@Component(service = Connectors.class)
public class Connectors {
    private final List<PackageFormat> formats = new CopyOnWriteArrayList<>();
    private final List<TemplateProvider> templates = new CopyOnWriteArrayList<>();
    private final List<PullSource> sources = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFormat(PackageFormat format) {
        formats.add(format);
    }

    void removeFormat(PackageFormat format) {
        formats.remove(format);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addTemplates(TemplateProvider provider) {
        templates.add(provider);
    }

    void removeTemplates(TemplateProvider provider) {
        templates.remove(provider);
    }

    /** The template providers, in the order they came. */
    List<TemplateProvider> templates() {
        return List.copyOf(templates);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(PullSource source) {
        sources.add(source);
    }

    void removeSource(PullSource source) {
        sources.remove(source);
    }

    /** The pull source with an id; null when no installed connector brings it. */
    PullSource source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /** The pull sources, in the order they came. */
    List<PullSource> sources() {
        return List.copyOf(sources);
    }

    /** The format for a media type (parameters such as charset ignored) or a format id; null when none. */
    PackageFormat find(String mediaTypeOrId) {
        if (mediaTypeOrId == null) {
            return null;
        }
        String wanted = base(mediaTypeOrId);
        for (PackageFormat f : formats) {
            if (f.id().equalsIgnoreCase(wanted) || f.mediaTypes().stream().anyMatch(t -> base(t).equals(wanted))) {
                return f;
            }
        }
        return null;
    }

    /** The installed formats, in the order they came. */
    List<PackageFormat> all() {
        return List.copyOf(formats);
    }

    static String base(String mediaType) {
        int parameters = mediaType.indexOf(';');
        return (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }
}
