package org.kontingent.signin.esia.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.CookieParam;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.kontingent.platform.api.Plugin;
import org.kontingent.platform.api.rest.ApiDoc;
import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.platform.api.rest.RestApi;
import org.kontingent.platform.api.security.ExternalSignIn;
import org.kontingent.platform.api.security.Public;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.service.metatype.annotations.Designate;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code /api/v1/session/esia}: the console's «Войти через Госуслуги». The browser is sent to the
 * provider with the state also set in a short-lived cookie, so that the answer is accepted only
 * in the browser that asked; the callback then opens the session of the account with the
 * СНИЛС the provider vouches for. Served only while {@code etc/org.kontingent.signin.esia.cfg}
 * exists.
 */
@Plugin(kind = "sign-in", id = EsiaResource.PLUGIN_ID, name = "Вход через ЕСИА")
@Component(service = EsiaResource.class, configurationPid = EsiaConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = EsiaConfiguration.class)
@JaxrsResource
@JaxrsExtensionSelect({RestApi.JSON_EXTENSION_FILTER, RestApi.SECURITY_EXTENSION_FILTER})
@Path(RestApi.BASE + "/session/esia")
@Produces(MediaType.APPLICATION_JSON)
@ApiDoc("Session")
@Public
public class EsiaResource {
    static final String PLUGIN_ID = "kontingent-signin-esia";
    static final String STATE_COOKIE = "KONTINGENT_OIDC_STATE";
    static final String PROVIDER = "esia";

    private final OidcFlow flow;
    private final ExternalSignIn signIn;
    private final EsiaConfiguration config;

    @Context
    HttpServletRequest http;

    @Activate
    public EsiaResource(@Reference ExternalSignIn signIn, EsiaConfiguration config) {
        this(new OidcFlow(config, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), new ObjectMapper(),
                Clock.systemUTC()), signIn, config);
    }

    EsiaResource(OidcFlow flow, ExternalSignIn signIn, EsiaConfiguration config) {
        this.flow = flow;
        this.signIn = signIn;
        this.config = config;
    }

    @GET
    @ApiDoc(value = "Begins a sign-in through ЕСИА: a redirect to the provider", responses = "303 to the provider")
    public Response begin() {
        OidcFlow.Authorization authorization = flow.begin();
        return Response.seeOther(authorization.location()).header("Set-Cookie", stateCookie(authorization.state(),
                (int) OidcFlow.PENDING_FOR.toSeconds())).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("callback")
    @ApiDoc(value = "Where the provider sends the browser back: opens the session and goes on to the console",
            responses = {"303 to the console, signed in", "400 the provider's error, or a state of another browser",
                    "401 the sign-in is refused: the token does not verify or nobody has this СНИЛС here"})
    public Response callback(@QueryParam("state") String state, @QueryParam("code") String code,
            @QueryParam("error") String error, @CookieParam(STATE_COOKIE) String boundState) {
        if (error != null) {
            throw new ApiException(400, "oidc.provider-error", "The provider did not sign the person in: " + error);
        }
        if (state == null || !state.equals(boundState)) {
            throw new ApiException(400, "oidc.state-mismatch", "This sign-in was begun in another browser or has expired");
        }
        String snils;
        try {
            snils = flow.complete(state, code);
        } catch (OidcRefusal refused) {
            throw new ApiException(401, refused.code(), refused.getMessage());
        }
        ExternalSignIn.Session session = signIn.signIn(snils, PROVIDER, http == null ? null : http.getRemoteAddr());
        return Response.seeOther(URI.create(config.afterSignIn())).header("Set-Cookie", session.setCookie())
                .header("Set-Cookie", stateCookie("", 0)).header("Cache-Control", "no-store").build();
    }

    /** Lax, not Strict: it must come along when the provider sends the browser back. */
    private static String stateCookie(String state, int maxAge) {
        return STATE_COOKIE + "=" + state + "; Path=" + RestApi.BASE + "/session/esia; HttpOnly; Secure; SameSite=Lax; Max-Age="
                + maxAge;
    }
}
