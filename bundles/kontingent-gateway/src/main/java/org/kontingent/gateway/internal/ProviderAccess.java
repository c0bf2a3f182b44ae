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
    private final ProviderStore providers;
    private final RegistryQueries registry;

    ProviderAccess(ProviderStore providers, RegistryQueries registry) {
        this.providers = providers;
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
