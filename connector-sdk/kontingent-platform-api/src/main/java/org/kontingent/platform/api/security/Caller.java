package org.kontingent.platform.api.security;

import java.security.Principal;
import java.util.Objects;

import org.kontingent.platform.api.rest.ApiException;

/**
 * Who is calling: a signed-in user or a data provider's API key. The platform's security filter
 * puts it into the request's security context, so a resource reads it with
 * {@code Caller.of(securityContext.getUserPrincipal())}.
 *
 * @param accountId the account's id
 * @param login the account's login
 * @param displayName the name shown for the account
 * @param role the account's role
 * @param scope the part of the region the account may see
 * @param address where the request came from (the client's IP address)
 */
public record Caller(long accountId, String login, String displayName, Role role, Scope scope, String address)
        implements Principal {

    public Caller {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
    }

    /**
     * The caller of a request.
     *
     * @throws ApiException 401 when nobody signed in (the security filter let a public request through)
     */
    public static Caller of(Principal principal) {
        if (principal instanceof Caller caller) {
            return caller;
        }
        throw new ApiException(401, "security.not-signed-in", "Sign in first");
    }

    @Override
    public String getName() {
        return login;
    }

    /** Whether the caller's role holds a permission. */
    public boolean has(Permission permission) {
        return role.has(permission);
    }

    /**
     * @throws ApiException 403 naming the permission when the caller's role lacks it
     */
    public void require(Permission permission) {
        if (!has(permission)) {
            throw denied(permission);
        }
    }

    /** The refusal of an operation that needs a permission this caller's role lacks. */
    public ApiException denied(Permission permission) {
        return new ApiException(403, "security.permission-denied",
                "The role " + role + " lacks the permission " + permission);
    }
}
