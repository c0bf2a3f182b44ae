package org.kontingent.signin.esia.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small OpenID provider on a local port, for the tests: it signs the person in at once,
 * remembers the nonce and code challenge of each code, checks the client's secret and the code
 * verifier at the token endpoint, and signs ID tokens RS256 with a key it publishes. Each of its
 * fields can be set to misbehave the way a test needs.
 */
final class LocalOidcProvider implements AutoCloseable {
    static final String CLIENT_ID = "kontingent-test";
    static final String CLIENT_SECRET = "client-secret-for-tests";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final KeyPair key = rsa();
    private final KeyPair otherKey = rsa();
    private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();

    /** What the next tokens say or how they are made; the defaults are a correct provider. */
    volatile String snils = "112-233-445 95";
    volatile boolean snilsInUserInfoOnly;
    volatile String issuerOverride;
    volatile String audience = CLIENT_ID;
    volatile long lifetimeSeconds = 300;
    volatile String nonceOverride;
    volatile boolean signWithUnpublishedKey;
    volatile String algorithm = "RS256";

    LocalOidcProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", this::jwks);
        server.createContext("/userinfo", this::userinfo);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String issuer() {
        return base() + "/";
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        codes.put(code, query);
        exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code + "&state=" + query.get("state"));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Map<String, String> asked = codes.remove(form.get("code"));
        if (asked == null || !CLIENT_SECRET.equals(form.get("client_secret")) || !CLIENT_ID.equals(form.get("client_id"))
                || !asked.get("code_challenge").equals(OidcFlow.challenge(form.getOrDefault("code_verifier", "")))
                || !asked.get("redirect_uri").equals(form.get("redirect_uri"))) {
            answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        ObjectNode claims = JSON.createObjectNode();
        claims.put("iss", issuerOverride != null ? issuerOverride : issuer());
        claims.put("sub", "person-1");
        claims.put("aud", audience);
        long now = Instant.now().getEpochSecond();
        claims.put("iat", now);
        claims.put("exp", now + lifetimeSeconds);
        claims.put("nonce", nonceOverride != null ? nonceOverride : asked.get("nonce"));
        if (snils != null && !snilsInUserInfoOnly) {
            claims.put("snils", snils);
        }
        answer(exchange, 200, JSON.createObjectNode().put("id_token", sign(claims)).put("access_token", "access-" + now)
                .put("token_type", "Bearer").toString());
    }

    private void jwks(HttpExchange exchange) throws IOException {
        RSAPublicKey publicKey = (RSAPublicKey) key.getPublic();
        ObjectNode jwk = JSON.createObjectNode().put("kty", "RSA").put("kid", "k1").put("use", "sig").put("alg", "RS256")
                .put("n", Base64Url.encode(unsigned(publicKey.getModulus().toByteArray())))
                .put("e", Base64Url.encode(publicKey.getPublicExponent().toByteArray()));
        ObjectNode set = JSON.createObjectNode();
        set.putArray("keys").add(jwk);
        answer(exchange, 200, set.toString());
    }

    private void userinfo(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer access-")) {
            answer(exchange, 401, "{}");
            return;
        }
        answer(exchange, 200, JSON.createObjectNode().put("sub", "person-1").put("snils", snils).toString());
    }

    private String sign(ObjectNode claims) {
        String header = Base64Url.encode(JSON.createObjectNode().put("alg", algorithm).put("kid", "k1").put("typ", "JWT")
                .toString().getBytes(StandardCharsets.UTF_8));
        String body = Base64Url.encode(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign((signWithUnpublishedKey ? otherKey : key).getPrivate());
            signature.update((header + "." + body).getBytes(StandardCharsets.US_ASCII));
            return header + "." + body + "." + Base64Url.encode(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Follows the authorization URI the way a browser would, up to the redirect back: its code and state. */
    Map<String, String> signInAt(URI authorization) throws IOException, InterruptedException {
        java.net.http.HttpResponse<Void> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(authorization).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        URI back = URI.create(response.headers().firstValue("Location").orElseThrow());
        return parse(back.getRawQuery());
    }

    static Map<String, String> parse(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return values;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] unsigned(byte[] twosComplement) {
        return twosComplement[0] == 0 ? java.util.Arrays.copyOfRange(twosComplement, 1, twosComplement.length) : twosComplement;
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
