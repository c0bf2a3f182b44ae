package org.kontingent.signin.esia.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The authorization code flow against a real local OpenID provider: the sign-in, and each way it is refused. */
class OidcFlowTest {
    private LocalOidcProvider provider;
    private OidcFlow flow;

    @BeforeEach
    void start() throws Exception {
        provider = new LocalOidcProvider();
        flow = flow(provider, "", Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    @Test
    void theProviderSignsThePersonInAndTheirSnilsComesBack() throws Exception {
        OidcFlow.Authorization authorization = flow.begin();
        String query = authorization.location().getRawQuery();
        assertTrue(query.contains("code_challenge_method=S256") && query.contains("nonce=") && query.contains("scope=openid+snils"),
                query);
        Map<String, String> back = provider.signInAt(authorization.location());
        assertEquals(authorization.state(), back.get("state"));
        assertEquals("112-233-445 95", flow.complete(back.get("state"), back.get("code")));
    }

    @Test
    void aStateIsUsedOnceAndOnlyIfThisFlowIssuedIt() throws Exception {
        OidcFlow.Authorization authorization = flow.begin();
        Map<String, String> back = provider.signInAt(authorization.location());
        assertEquals("oidc.unknown-state", refusal(() -> flow.complete("made-up-state", back.get("code"))));
        flow.complete(back.get("state"), back.get("code"));
        assertEquals("oidc.unknown-state", refusal(() -> flow.complete(back.get("state"), back.get("code"))), "replayed");
        assertEquals("oidc.unknown-state", refusal(() -> flow.complete(null, back.get("code"))));
    }

    @Test
    void aStateExpiresAfterTenMinutes() throws Exception {
        MovingClock clock = new MovingClock();
        OidcFlow slow = flow(provider, "", clock);
        OidcFlow.Authorization authorization = slow.begin();
        Map<String, String> back = provider.signInAt(authorization.location());
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertEquals("oidc.state-expired", refusal(() -> slow.complete(back.get("state"), back.get("code"))));
    }

    @Test
    void aCodeIsExchangedOnlyWithItsOwnVerifier() throws Exception {
        OidcFlow.Authorization first = flow.begin();
        OidcFlow.Authorization second = flow.begin();
        Map<String, String> backFirst = provider.signInAt(first.location());
        provider.signInAt(second.location());
        assertEquals("oidc.token-refused", refusal(() -> flow.complete(second.state(), backFirst.get("code"))),
                "the other sign-in's verifier does not fit the code's challenge");
    }

    @Test
    void aTokenWithAnotherNonceIssuerAudienceKeyOrAlgorithmOrExpiredIsRefused() throws Exception {
        provider.nonceOverride = "nonce-of-another-sign-in";
        assertEquals("oidc.nonce", signInRefusal());
        provider.nonceOverride = null;
        provider.issuerOverride = "https://impostor.example/";
        assertEquals("oidc.issuer", signInRefusal());
        provider.issuerOverride = null;
        provider.audience = "another-client";
        assertEquals("oidc.audience", signInRefusal());
        provider.audience = LocalOidcProvider.CLIENT_ID;
        provider.lifetimeSeconds = -120;
        assertEquals("oidc.expired", signInRefusal());
        provider.lifetimeSeconds = 300;
        provider.signWithUnpublishedKey = true;
        assertEquals("oidc.signature", signInRefusal());
        provider.signWithUnpublishedKey = false;
        provider.algorithm = "none";
        assertEquals("oidc.algorithm", signInRefusal());
        provider.algorithm = "RS256";
        assertEquals("112-233-445 95", signIn(flow));
    }

    @Test
    void theSnilsComesFromUserInfoWhenTheTokenLacksIt() throws Exception {
        provider.snilsInUserInfoOnly = true;
        assertEquals("oidc.no-snils", signInRefusal());
        OidcFlow withUserInfo = flow(provider, provider.base() + "/userinfo", Clock.systemUTC());
        assertEquals("112-233-445 95", signIn(withUserInfo));
    }

    private String signInRefusal() {
        return refusal(() -> signIn(flow));
    }

    private String signIn(OidcFlow flow) {
        try {
            OidcFlow.Authorization authorization = flow.begin();
            Map<String, String> back = provider.signInAt(authorization.location());
            return flow.complete(back.get("state"), back.get("code"));
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String refusal(Runnable action) {
        return assertThrows(OidcRefusal.class, action::run).code();
    }

    static OidcFlow flow(LocalOidcProvider provider, String userinfo, Clock clock) {
        return new OidcFlow(configuration(provider, userinfo), HttpClient.newHttpClient(), new ObjectMapper(), clock);
    }

    static EsiaConfiguration configuration(LocalOidcProvider provider, String userinfo) {
        return new EsiaConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EsiaConfiguration.class;
            }

            @Override
            public String issuer() {
                return provider.issuer();
            }

            @Override
            public String authorizationEndpoint() {
                return provider.base() + "/authorize";
            }

            @Override
            public String tokenEndpoint() {
                return provider.base() + "/token";
            }

            @Override
            public String jwksUri() {
                return provider.base() + "/jwks";
            }

            @Override
            public String userinfoEndpoint() {
                return userinfo;
            }

            @Override
            public String clientId() {
                return LocalOidcProvider.CLIENT_ID;
            }

            @Override
            public String clientSecret() {
                return LocalOidcProvider.CLIENT_SECRET;
            }

            @Override
            public String redirectUri() {
                return "https://kontingent.example/api/v1/session/esia/callback";
            }

            @Override
            public String scope() {
                return "openid snils";
            }

            @Override
            public String snilsClaim() {
                return "snils";
            }

            @Override
            public String afterSignIn() {
                return "/";
            }

            @Override
            public int clockSkewSeconds() {
                return 60;
            }
        };
    }

    private static final class MovingClock extends Clock {
        Instant now = Instant.now();

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
