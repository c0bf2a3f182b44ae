package org.kontingent.security.internal;

import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.platform.api.security.Caller;
import org.kontingent.platform.api.security.Role;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.query.RegistryQueries;

/**
 * Which accounts an administrator may manage — those whose scope lies inside their own — and which
 * roles and scopes they may give: an authority's administrator gives no role above their own,
 * no provider's, and no scope outside their own.
 */
final class AccountAccess {
    private final AccountStore accounts;
    private final RegistryQueries registry;

    AccountAccess(AccountStore accounts, RegistryQueries registry) {
        this.accounts = accounts;
        this.registry = registry;
    }

    /** Whether the caller manages the accounts of a scope: it lies inside their own. */
    boolean manages(Caller caller, Scope scope) {
        return registry.covers(caller.scope(), scope);
    }

    /**
     * @throws ApiException 404 when there is no such account inside the caller's scope
     */
    Account managed(Caller caller, long id) {
        return accounts.byId(id).filter(account -> manages(caller, account.scope()))
                .orElseThrow(() -> new ApiException(404, "security.no-such-user", "There is no user with id " + id));
    }

    /**
     * @throws ApiException 403 naming what is beyond the caller's own
     */
    void requireGivable(Caller caller, Role role, Scope scope) {
        if (role == Role.SYSTEM_ADMINISTRATOR && caller.role() != Role.SYSTEM_ADMINISTRATOR
                || role == Role.PROVIDER_REPRESENTATIVE && !caller.scope().wholeRegion()) {
            throw new ApiException(403, "security.role-beyond-own", "The role " + caller.role() + " cannot give the role " + role);
        }
        if (!registry.covers(caller.scope(), scope)) {
            throw new ApiException(403, "security.scope-beyond-own", "The scope " + scope
                    + " does not exist or lies outside the caller's scope " + caller.scope());
        }
    }
}
