package org.kontingent.signin.esia.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The provider's RSA signing keys by key id, read from its JWKS URI and read again when a token
 * names a key not seen yet (the provider rotated its keys).
 */
final class SigningKeys {
    private final URI jwksUri;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();

    SigningKeys(URI jwksUri, HttpClient http, ObjectMapper json) {
        this.jwksUri = jwksUri;
        this.http = http;
        this.json = json;
    }

    PublicKey key(String kid) {
        PublicKey key = keys.get(kid);
        if (key == null) {
            reload();
            key = keys.get(kid);
        }
        if (key == null) {
            throw new OidcRefusal("oidc.unknown-key", "The ID token is signed with a key the provider does not publish: " + kid);
        }
        return key;
    }

    private void reload() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(jwksUri).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new OidcRefusal("oidc.provider-unavailable", "The provider's keys could not be read: " + response.statusCode());
            }
            for (JsonNode jwk : json.readTree(response.body()).path("keys")) {
                if ("RSA".equals(jwk.path("kty").asText()) && !"enc".equals(jwk.path("use").asText())) {
                    RSAPublicKeySpec spec = new RSAPublicKeySpec(new BigInteger(1, Base64Url.decode(jwk.path("n").asText())),
                            new BigInteger(1, Base64Url.decode(jwk.path("e").asText())));
                    keys.put(jwk.path("kid").asText(), KeyFactory.getInstance("RSA").generatePublic(spec));
                }
            }
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new OidcRefusal("oidc.provider-unavailable", "The provider's keys could not be read: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcRefusal("oidc.provider-unavailable", "Interrupted while reading the provider's keys", e);
        }
    }
}
