package org.kontingent.signin.esia.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks an ID token before anything in it is believed: a compact JWS signed RS256 with one of
 * the provider's published keys (no other algorithm, least of all {@code none}), issued by the
 * configured issuer for this client, not expired, and carrying the nonce of this sign-in.
 */
final class IdTokenVerifier {
    private final SigningKeys keys;
    private final ObjectMapper json;
    private final String issuer;
    private final String clientId;
    private final Duration skew;

    IdTokenVerifier(SigningKeys keys, ObjectMapper json, String issuer, String clientId, Duration skew) {
        this.keys = keys;
        this.json = json;
        this.issuer = issuer;
        this.clientId = clientId;
        this.skew = skew;
    }

    /** The token's claims. */
    JsonNode verify(String token, String nonce, Instant now) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3) {
            throw new OidcRefusal("oidc.malformed-token", "The ID token is not a signed JWT");
        }
        JsonNode header = decode(parts[0]);
        if (!"RS256".equals(header.path("alg").asText())) {
            throw new OidcRefusal("oidc.algorithm", "The ID token's algorithm " + header.path("alg").asText() + " is not RS256");
        }
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(keys.key(header.path("kid").asText()));
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(Base64Url.decode(parts[2]))) {
                throw new OidcRefusal("oidc.signature", "The ID token's signature does not verify");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new OidcRefusal("oidc.signature", "The ID token's signature does not verify: " + e.getMessage(), e);
        }
        JsonNode claims = decode(parts[1]);
        if (!issuer.equals(claims.path("iss").asText())) {
            throw new OidcRefusal("oidc.issuer", "The ID token was issued by " + claims.path("iss").asText() + ", not " + issuer);
        }
        if (!audienceIncludesClient(claims.path("aud"))) {
            throw new OidcRefusal("oidc.audience", "The ID token is not meant for this client");
        }
        if (!claims.path("exp").canConvertToLong() || Instant.ofEpochSecond(claims.path("exp").asLong()).plus(skew).isBefore(now)) {
            throw new OidcRefusal("oidc.expired", "The ID token has expired");
        }
        if (claims.path("iat").canConvertToLong() && Instant.ofEpochSecond(claims.path("iat").asLong()).minus(skew).isAfter(now)) {
            throw new OidcRefusal("oidc.not-yet-valid", "The ID token is issued in the future");
        }
        if (!nonce.equals(claims.path("nonce").asText())) {
            throw new OidcRefusal("oidc.nonce", "The ID token does not carry this sign-in's nonce");
        }
        return claims;
    }

    private boolean audienceIncludesClient(JsonNode audience) {
        if (audience.isTextual()) {
            return clientId.equals(audience.asText());
        }
        for (JsonNode one : audience) {
            if (clientId.equals(one.asText())) {
                return true;
            }
        }
        return false;
    }

    private JsonNode decode(String part) {
        try {
            return json.readTree(Base64Url.decode(part));
        } catch (IOException | IllegalArgumentException e) {
            throw new OidcRefusal("oidc.malformed-token", "The ID token is not a signed JWT", e);
        }
    }
}
