package org.kontingent.report.engine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;
import org.osgi.framework.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The forms registered now, by id. While a form bundle is being replaced two versions may be
 * registered for a moment: the highest bundle version wins, then the service ranking, then the
 * newest service. A form whose definition throws is kept aside as broken, with the reason.
 */
final class FormCatalogue {
    private static final Logger LOG = LoggerFactory.getLogger(FormCatalogue.class);
    private static final Comparator<Form> PREFERRED = Comparator.comparing(Form::version)
            .thenComparingInt(Form::ranking).thenComparingLong(Form::serviceId);

    private final Map<Long, Form> forms = new ConcurrentHashMap<>();
    /** When each form id last stopped being served: a form being upgraded comes back soon. */
    private final Map<String, Long> gone = new ConcurrentHashMap<>();
    private final Object changes = new Object();

    /** A registered form: its service, its bundle, and its definitions by language. */
    record Form(String id, ReportForm form, long serviceId, int ranking, String bundle, Version version, String broken,
            Map<Locale, ReportDefinition> definitions) {

        ReportDefinition definition(Locale locale) {
            return definitions.computeIfAbsent(locale, form::definition);
        }
    }

    /**
     * A form registered.
     *
     * @param serviceId its service's id (newer services have higher ids)
     * @param ranking its service's ranking
     * @param bundle its bundle's symbolic name
     * @param version its bundle's version
     */
    void add(long serviceId, int ranking, String bundle, Version version, ReportForm form) {
        String id = null;
        String broken = null;
        try {
            id = form.definition(Locale.ROOT).id();
        } catch (RuntimeException e) {
            broken = e.toString();
            LOG.warn("The report form of service {} in {} cannot give its definition; it is left out of the catalogue",
                    serviceId, bundle, e);
        }
        forms.put(serviceId, new Form(id, form, serviceId, ranking, bundle, version, broken, new ConcurrentHashMap<>()));
        if (id != null) {
            gone.remove(id);
        }
        synchronized (changes) {
            changes.notifyAll();
        }
    }

    /** A form unregistered. */
    void remove(long serviceId) {
        Form removed = forms.remove(serviceId);
        if (removed != null && removed.id() != null && current(removed.id()).isEmpty()) {
            gone.put(removed.id(), System.currentTimeMillis());
        }
    }

    /**
     * The form served under an id, waiting for it when it stopped being served within the
     * timeout (its bundle is being upgraded) instead of answering that there is none.
     */
    Optional<Form> awaitServed(String id, long timeoutMillis) throws InterruptedException {
        Optional<Form> now = current(id);
        Long goneAt = gone.get(id);
        if (now.isPresent() || goneAt == null || System.currentTimeMillis() - goneAt > timeoutMillis) {
            return now;
        }
        long deadline = goneAt + timeoutMillis;
        synchronized (changes) {
            while (true) {
                now = current(id);
                long left = deadline - System.currentTimeMillis();
                if (now.isPresent() || left <= 0) {
                    return now;
                }
                changes.wait(left);
            }
        }
    }

    /** The form served now under an id. */
    Optional<Form> current(String id) {
        return forms.values().stream().filter(f -> id.equals(f.id())).max(PREFERRED);
    }

    /** Whether this registration of a form is still the one served. */
    boolean isCurrent(Form form) {
        return current(form.id()).map(f -> f.serviceId() == form.serviceId()).orElse(false);
    }

    /** The forms served now, one per id. */
    List<Form> served() {
        Map<String, Form> byId = new TreeMap<>();
        for (Form form : forms.values()) {
            if (form.id() != null) {
                byId.merge(form.id(), form, (a, b) -> PREFERRED.compare(a, b) >= 0 ? a : b);
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** The forms that could not give their definition. */
    List<Form> broken() {
        return forms.values().stream().filter(f -> f.broken() != null).toList();
    }

    /** Waits for a form other than the one given to be served under its id (an upgrade's new version). */
    Optional<Form> awaitReplacement(Form old, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (changes) {
            while (true) {
                Optional<Form> now = current(old.id());
                if (now.isPresent() && now.get().serviceId() != old.serviceId()) {
                    return now;
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return Optional.empty();
                }
                changes.wait(left);
            }
        }
    }
}
