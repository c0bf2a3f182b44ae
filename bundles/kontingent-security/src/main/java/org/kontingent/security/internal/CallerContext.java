package org.kontingent.security.internal;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import org.kontingent.platform.api.security.Caller;

/** The security context of a request made by a signed-in caller. */
record CallerContext(Caller caller, String scheme, boolean secure) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
        return caller;
    }

    @Override
    public boolean isUserInRole(String role) {
        return caller.role().name().equals(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return scheme;
    }
}
