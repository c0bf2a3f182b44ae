package org.kontingent.gateway.internal;

import java.util.HashSet;
import java.util.Set;

import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.platform.api.security.Caller;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.query.RegistryQueries;

/**
 * Which providers a caller deals with: a provider's own account its provider only; an authority
 * or organization the providers that write to an organization within it; the region all.
 */
final class ProviderAccess {
    /** The built-in provider the files officials upload by hand come under. */
    static final String MANUAL_UPLOAD = "manual-upload";

    private final ProviderStore providers;
    private final RegistryQueries registry;

    private final PackageStore packages;

    ProviderAccess(ProviderStore providers, PackageStore packages, RegistryQueries registry) {
        this.providers = providers;
        this.packages = packages;
        this.registry = registry;
    }

    /** The providers whose packages the caller may see; null for all of them. */
    Set<Long> visible(Caller caller) {
        Scope scope = caller.scope();
        if (scope.wholeRegion()) {
            return null;
        }
        if (scope.kind() == Scope.Kind.PROVIDER) {
            return Set.of(scope.id());
        }
        Set<Long> visible = new HashSet<>();
        for (Provider p : providers.all()) {
            if (p.organizations().stream().anyMatch(o -> registry.covers(scope, Scope.organization(o.organizationId())))) {
                visible.add(p.id());
            }
        }
        return visible;
    }

    boolean sees(Caller caller, long providerId) {
        Set<Long> visible = visible(caller);
        return visible == null || visible.contains(providerId);
    }

    /**
     * The uploads by hand a caller may see: those of scopes within the caller's (as
     * {@code KIND:id}); null for all of them.
     */
    Set<String> visibleUploads(Caller caller) {
        if (caller.scope().wholeRegion()) {
            return null;
        }
        Set<String> visible = new HashSet<>();
        if (caller.scope().kind() != Scope.Kind.PROVIDER) {
            for (Scope uploaded : packages.uploaderScopes()) {
                if (registry.covers(caller.scope(), uploaded)) {
                    visible.add(LoadJournal.key(uploaded));
                }
            }
        }
        return visible;
    }

    /** Whether a caller sees a package: its provider's, or an upload within the caller's scope. */
    boolean sees(Caller caller, PackageStore.Summary summary, Scope uploaderScope) {
        if (uploaderScope != null) {
            return caller.scope().wholeRegion() || caller.login().equals(summary.receivedBy())
                    || caller.scope().kind() != Scope.Kind.PROVIDER && registry.covers(caller.scope(), uploaderScope);
        }
        return sees(caller, summary.providerId());
    }

    /**
     * The provider a caller sends for: its own, or (for the region's administrator) the one named.
     *
     * @throws ApiException 400 when the administrator names none, 404 when there is no such provider
     */
    Provider sender(Caller caller, String named) {
        Provider provider;
        if (caller.scope().kind() == Scope.Kind.PROVIDER) {
            provider = providers.find(caller.scope().id());
            if (provider == null || named != null && !named.equals(provider.code())) {
                throw new ApiException(403, "gateway.provider-not-own", "The account " + caller.login()
                        + " sends for provider " + caller.scope().id() + " only" + (provider == null ? ", which is not registered" : ""));
            }
            return provider;
        }
        if (named == null || named.isBlank()) {
            throw new ApiException(400, "gateway.provider-required", "Name the provider the package is sent for: ?provider=<code>");
        }
        provider = providers.byCode(named);
        if (provider == null) {
            throw new ApiException(404, "gateway.provider-not-found", "There is no provider with the code " + named);
        }
        return provider;
    }
}
