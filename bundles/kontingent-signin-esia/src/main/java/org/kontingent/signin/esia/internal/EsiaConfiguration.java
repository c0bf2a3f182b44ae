package org.kontingent.signin.esia.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * {@code etc/org.kontingent.signin.esia.cfg}: the identity provider's endpoints, this system's
 * registration with it, and where the СНИЛС is found. Sign-in through ЕСИА is off until the file
 * exists.
 */
@ObjectClassDefinition(id = EsiaConfiguration.PID, name = "Kontingent sign-in through ЕСИА",
        description = "OpenID Connect authorization code flow with PKCE against ЕСИА or another provider")
public @interface EsiaConfiguration {
    String PID = "org.kontingent.signin.esia";

    @AttributeDefinition(name = "Issuer", description = "The iss of the provider's ID tokens, e.g. https://esia.gosuslugi.ru/")
    String issuer();

    @AttributeDefinition(name = "Authorization endpoint")
    String authorizationEndpoint();

    @AttributeDefinition(name = "Token endpoint")
    String tokenEndpoint();

    @AttributeDefinition(name = "JWKS URI", description = "The provider's signing keys")
    String jwksUri();

    @AttributeDefinition(name = "UserInfo endpoint", required = false,
            description = "Asked for the СНИЛС when the ID token does not carry it; empty when not used")
    String userinfoEndpoint() default "";

    @AttributeDefinition(name = "Client id", description = "This system's id registered with the provider")
    String clientId();

    @AttributeDefinition(name = "Client secret", type = AttributeType.PASSWORD)
    String clientSecret();

    @AttributeDefinition(name = "Redirect URI", description = "https://<this platform>/api/v1/session/esia/callback")
    String redirectUri();

    @AttributeDefinition(name = "Scope")
    String scope() default "openid snils";

    @AttributeDefinition(name = "СНИЛС claim", description = "The claim that carries the user's СНИЛС")
    String snilsClaim() default "snils";

    @AttributeDefinition(name = "After sign-in", description = "Where the browser goes once signed in")
    String afterSignIn() default "/";

    @AttributeDefinition(name = "Allowed clock skew (seconds)")
    int clockSkewSeconds() default 60;
}
