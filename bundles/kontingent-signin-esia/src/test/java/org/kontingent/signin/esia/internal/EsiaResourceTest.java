package org.kontingent.signin.esia.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.platform.api.security.Caller;
import org.kontingent.platform.api.security.ExternalSignIn;
import org.kontingent.platform.api.security.Role;
import org.kontingent.platform.api.security.Scope;

/** The two endpoints of the ЕСИА sign-in: the state bound to the browser, the session opened for the СНИЛС. */
class EsiaResourceTest {
    private LocalOidcProvider provider;
    private final List<String> signedIn = new ArrayList<>();
    private EsiaResource resource;

    @BeforeEach
    void start() throws Exception {
        provider = new LocalOidcProvider();
        ExternalSignIn platform = (snils, name, address) -> {
            signedIn.add(name + " " + snils);
            return new ExternalSignIn.Session("KONTINGENT_SESSION=t; Path=/; HttpOnly; SameSite=Strict; Secure",
                    new Caller(1, "petrova", "Петрова", Role.EMPLOYEE, Scope.authority(2), address));
        };
        resource = new EsiaResource(OidcFlowTest.flow(provider, "", Clock.systemUTC()), platform,
                OidcFlowTest.configuration(provider, ""));
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    @Test
    void theCallbackOpensTheSessionAndGoesOnToTheConsole() throws Exception {
        Response begun = resource.begin();
        assertEquals(303, begun.getStatus());
        String stateCookie = begun.getHeaderString("Set-Cookie");
        assertTrue(stateCookie.contains("HttpOnly") && stateCookie.contains("SameSite=Lax"), stateCookie);
        Map<String, String> back = provider.signInAt(begun.getLocation());
        String state = stateCookie.substring(stateCookie.indexOf('=') + 1, stateCookie.indexOf(';'));

        Response done = resource.callback(back.get("state"), back.get("code"), null, state);
        assertEquals(303, done.getStatus());
        assertEquals(URI.create("/"), done.getLocation());
        assertTrue(done.getHeaders().get("Set-Cookie").toString().contains("KONTINGENT_SESSION=t"));
        assertEquals(List.of("esia 112-233-445 95"), signedIn);
    }

    @Test
    void aCallbackInAnotherBrowserOrWithTheProvidersErrorIsRefused() throws Exception {
        Response begun = resource.begin();
        Map<String, String> back = provider.signInAt(begun.getLocation());
        ApiException otherBrowser = assertThrows(ApiException.class,
                () -> resource.callback(back.get("state"), back.get("code"), null, "state-of-this-browser"));
        assertEquals("oidc.state-mismatch", otherBrowser.error().code());
        assertEquals(400, assertThrows(ApiException.class,
                () -> resource.callback(null, null, "access_denied", null)).status());
        ApiException forged = assertThrows(ApiException.class, () -> resource.callback("forged", "code", null, "forged"));
        assertEquals(401, forged.status());
        assertEquals("oidc.unknown-state", forged.error().code());
        assertEquals(List.of(), signedIn);
    }
}
