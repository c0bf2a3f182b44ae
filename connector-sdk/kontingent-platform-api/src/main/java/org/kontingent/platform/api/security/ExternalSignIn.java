package org.kontingent.platform.api.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Opens console sessions for users an external identity provider (ЕСИА over OpenID Connect, say)
 * has signed in: a sign-in plugin proves who the person is, the platform finds their account by
 * СНИЛС and opens the session exactly as a password sign-in would. Every attempt is journaled.
 */
@ProviderType
public interface ExternalSignIn {

    /** A new session: the {@code Set-Cookie} header value to answer with, and who it is for. */
    record Session(String setCookie, Caller caller) {
    }

    /**
     * @param snils the СНИЛС the provider vouches for (11 digits, separators allowed)
     * @param provider the provider's name for the journal, e.g. {@code esia}
     * @param address where the request came from
     * @throws org.kontingent.platform.api.rest.ApiException 401 when no active account has this СНИЛС
     */
    Session signIn(String snils, String provider, String address);
}
