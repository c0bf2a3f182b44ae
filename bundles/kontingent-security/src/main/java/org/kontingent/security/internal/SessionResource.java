package org.kontingent.security.internal;

import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.kontingent.platform.api.rest.ApiDoc;
import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.platform.api.rest.RestApi;
import org.kontingent.platform.api.security.Allowed;
import org.kontingent.platform.api.security.Caller;
import org.kontingent.platform.api.security.Permission;
import org.kontingent.platform.api.security.Public;
import org.kontingent.platform.api.security.Role;
import org.kontingent.platform.api.security.Scope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/session}: signing in with a login and password (the session's token goes into
 * an HttpOnly, SameSite=Strict cookie, the CSRF token into the answer), who is signed in,
 * changing one's password, signing out.
 */
@Component(service = SessionResource.class)
@JaxrsResource
@JaxrsExtensionSelect({RestApi.JSON_EXTENSION_FILTER, RestApi.SECURITY_EXTENSION_FILTER})
@Path(RestApi.BASE + "/session")
@Produces(MediaType.APPLICATION_JSON)
@ApiDoc("Session")
public class SessionResource {
    private final Authenticator authenticator;

    @Context
    HttpServletRequest http;

    @Activate
    public SessionResource(@Reference Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** What a client may send to sign in. */
    public record Credentials(String login, String password) {
    }

    /** What a client may send to change its password. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** The signed-in user as the console shows it. */
    public record SessionView(String login, String displayName, Role role, Scope scope, Set<Permission> permissions,
            String csrfToken, boolean passwordChangeRequired) {

        static SessionView of(Caller caller, String csrfToken, boolean passwordChangeRequired) {
            return new SessionView(caller.login(), caller.displayName(), caller.role(), caller.scope(), caller.role().permissions(),
                    csrfToken, passwordChangeRequired);
        }
    }

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(value = "Signs in with a login and password; the session cookie comes with the answer",
            responses = {"400 no login or password", "401 wrong login or password, or the account is locked"})
    public Response signIn(Credentials credentials) {
        if (credentials == null || credentials.login() == null || credentials.password() == null) {
            throw new ApiException(400, "security.credentials-missing", "Give both login and password");
        }
        Authenticator.SignedIn signedIn = authenticator.signIn(credentials.login(), credentials.password(), http.getRemoteAddr());
        Authenticator.Session session = signedIn.session();
        return Response.ok(SessionView.of(session.caller(), session.csrfToken(), session.passwordChangeRequired()))
                .header("Set-Cookie", authenticator.sessionCookie(signedIn.token(), -1)).header("Cache-Control", "no-store").build();
    }

    @GET
    @Allowed
    @ApiDoc(value = "Who is signed in, with their role, scope, permissions and the session's CSRF token (none for an"
            + " API key)", responses = "401 not signed in")
    public Response current(@Context SecurityContext security,
            @CookieParam(SecurityFilter.SESSION_COOKIE) String token) {
        Caller caller = Caller.of(security.getUserPrincipal());
        if (SecurityFilter.API_KEY.equals(security.getAuthenticationScheme())) {
            return Response.ok(SessionView.of(caller, null, false)).header("Cache-Control", "no-store").build();
        }
        Authenticator.Session session = authenticator.session(token, caller.address()).orElseThrow(
                () -> new ApiException(401, "security.not-signed-in", "The session has ended; sign in again"));
        return Response.ok(SessionView.of(caller, session.csrfToken(), session.passwordChangeRequired()))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("password")
    @Allowed
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(value = "Changes one's own password (the one-time password first of all); other sessions of the account end",
            responses = {"400 the new password breaks the policy", "403 the current password is wrong"})
    public Response changePassword(@Context SecurityContext security, @CookieParam(SecurityFilter.SESSION_COOKIE) String token,
            PasswordChange change) {
        if (change == null) {
            throw new ApiException(400, "security.credentials-missing", "Give currentPassword and newPassword");
        }
        Caller caller = Caller.of(security.getUserPrincipal());
        authenticator.changePassword(caller, token, change.currentPassword(), change.newPassword());
        String csrf = authenticator.csrfToken(token).orElseThrow();
        return Response.ok(SessionView.of(caller, csrf, false)).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Allowed
    @ApiDoc("Signs out: the session ends and its cookie is cleared")
    public Response signOut(@Context SecurityContext security, @CookieParam(SecurityFilter.SESSION_COOKIE) String token) {
        authenticator.signOut(token, Caller.of(security.getUserPrincipal()));
        return Response.noContent().header("Set-Cookie", authenticator.sessionCookie("", 0)).build();
    }
}
