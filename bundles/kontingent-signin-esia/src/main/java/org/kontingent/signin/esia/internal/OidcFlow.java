package org.kontingent.signin.esia.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The authorization code flow of OpenID Connect with PKCE: {@link #begin} sends the browser to
 * the provider with a fresh state, nonce and code challenge; {@link #complete} takes the code
 * back, once, for a state this flow issued less than ten minutes ago, exchanges it with the
 * code verifier, verifies the ID token and answers the СНИЛС it (or the UserInfo endpoint)
 * vouches for.
 */
final class OidcFlow {
    static final Duration PENDING_FOR = Duration.ofMinutes(10);

    private final EsiaConfiguration config;
    private final HttpClient http;
    private final ObjectMapper json;
    private final IdTokenVerifier verifier;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Sign-ins begun and not yet completed, by state; kept in memory, so a sign-in ends on the node it began on. */
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    private record Pending(String nonce, String codeVerifier, Instant expires) {
    }

    /** Where to send the browser, and the state to bind to it (in a cookie). */
    record Authorization(URI location, String state) {
    }

    OidcFlow(EsiaConfiguration config, HttpClient http, ObjectMapper json, Clock clock) {
        this.config = config;
        this.http = http;
        this.json = json;
        this.clock = clock;
        this.verifier = new IdTokenVerifier(new SigningKeys(URI.create(config.jwksUri()), http, json), json, config.issuer(),
                config.clientId(), Duration.ofSeconds(config.clockSkewSeconds()));
    }

    Authorization begin() {
        Instant now = clock.instant();
        pending.values().removeIf(p -> p.expires().isBefore(now));
        String state = Base64Url.random(random);
        String nonce = Base64Url.random(random);
        String codeVerifier = Base64Url.random(random);
        pending.put(state, new Pending(nonce, codeVerifier, now.plus(PENDING_FOR)));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", config.clientId());
        query.put("redirect_uri", config.redirectUri());
        query.put("scope", config.scope());
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", challenge(codeVerifier));
        query.put("code_challenge_method", "S256");
        String endpoint = config.authorizationEndpoint();
        return new Authorization(URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + form(query)), state);
    }

    /**
     * @return the СНИЛС of the person the provider signed in, as the provider wrote it
     * @throws OidcRefusal naming what is wrong: an unknown, used or expired state, a refused code,
     *         an ID token that does not verify, no СНИЛС
     */
    String complete(String state, String code) {
        Pending begun = state == null ? null : pending.remove(state);
        if (begun == null) {
            throw new OidcRefusal("oidc.unknown-state", "This sign-in was not begun here, or was already completed");
        }
        if (begun.expires().isBefore(clock.instant())) {
            throw new OidcRefusal("oidc.state-expired", "This sign-in took longer than " + PENDING_FOR.toMinutes() + " minutes");
        }
        if (code == null || code.isBlank()) {
            throw new OidcRefusal("oidc.no-code", "The provider sent no authorization code");
        }
        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("code", code);
        exchange.put("redirect_uri", config.redirectUri());
        exchange.put("client_id", config.clientId());
        exchange.put("client_secret", config.clientSecret());
        exchange.put("code_verifier", begun.codeVerifier());
        JsonNode tokens = send(HttpRequest.newBuilder(URI.create(config.tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(exchange))), "oidc.token-refused");
        JsonNode claims = verifier.verify(tokens.path("id_token").asText(null), begun.nonce(), clock.instant());
        String snils = claims.path(config.snilsClaim()).asText("");
        if (snils.isEmpty() && !config.userinfoEndpoint().isEmpty()) {
            JsonNode info = send(HttpRequest.newBuilder(URI.create(config.userinfoEndpoint()))
                    .header("Authorization", "Bearer " + tokens.path("access_token").asText()).GET(), "oidc.userinfo-refused");
            if (!claims.path("sub").asText().equals(info.path("sub").asText())) {
                throw new OidcRefusal("oidc.userinfo-subject", "The UserInfo answer is about another subject");
            }
            snils = info.path(config.snilsClaim()).asText("");
        }
        if (snils.isEmpty()) {
            throw new OidcRefusal("oidc.no-snils", "The provider did not give the person's СНИЛС (claim " + config.snilsClaim() + ")");
        }
        return snils;
    }

    private JsonNode send(HttpRequest.Builder request, String refusal) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new OidcRefusal(refusal, "The provider answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(200, response.body().length())));
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new OidcRefusal("oidc.provider-unavailable", "The provider could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcRefusal("oidc.provider-unavailable", "Interrupted while asking the provider", e);
        }
    }

    static String challenge(String codeVerifier) {
        try {
            return Base64Url.encode(MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
