package org.kontingent.security.internal;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;

import org.kontingent.platform.api.rest.ApiError;
import org.kontingent.platform.api.rest.RestApi;
import org.kontingent.platform.api.security.Access;
import org.kontingent.platform.api.security.Allowed;
import org.kontingent.platform.api.security.Caller;
import org.kontingent.platform.api.security.Permission;
import org.kontingent.platform.api.security.Public;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Every API request passes here after it is matched to its resource method: a {@link Public}
 * method goes through; any other needs a signed-in caller — a console session's cookie (with its
 * CSRF token on a request that changes something), or a data provider's API key in
 * {@code Authorization: Bearer <key id>.<secret>} — and that caller's role must hold each
 * permission the method's {@link Allowed} lists. A method with no rule at all is refused to
 * everyone. A refused request names what it lacked, and a signed-in caller's refusal is
 * journaled. The caller is then the request's user principal.
 *
 * <p>Every answer is marked as data, never a page: no MIME sniffing, a content security policy
 * that runs and frames nothing, no referrer; and an answer to a signed-in caller is not cached.
 * A name with markup in it is thus never run by a browser that opens the API.
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class})
@JaxrsExtension
@JaxrsName(RestApi.SECURITY_EXTENSION_NAME)
@JaxrsExtensionSelect(RestApi.JSON_EXTENSION_FILTER)
public class SecurityFilter implements ContainerRequestFilter, ContainerResponseFilter {
    static final String SESSION_COOKIE = "KONTINGENT_SESSION";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String API_KEY = "api-key";
    private static final String AUTHORIZATION = "Authorization";
    private static final String BEARER = "Bearer ";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Authenticator authenticator;
    private final JdbcAccessJournal journal;

    @Context
    ResourceInfo resource;
    @Context
    HttpServletRequest http;

    @Activate
    public SecurityFilter(@Reference Authenticator authenticator, @Reference JdbcAccessJournal journal) {
        this.authenticator = authenticator;
        this.journal = journal;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method != null && rule(method, Public.class).isPresent()) {
            return;
        }
        Optional<Allowed> allowed = method == null ? Optional.empty() : rule(method, Allowed.class);
        String target = request.getMethod() + " /" + request.getUriInfo().getPath();
        if (allowed.isEmpty()) {
            request.abortWith(refusal(403, "security.no-access-rule", "The endpoint " + target + " declares no access rule"));
            return;
        }
        String address = http.getRemoteAddr();
        String authorization = request.getHeaderString(AUTHORIZATION);
        Caller caller;
        String scheme;
        if (authorization != null && authorization.startsWith(BEARER)) {
            Optional<Caller> keyed = authenticator.apiKey(authorization.substring(BEARER.length()).strip(), address);
            if (keyed.isEmpty()) {
                request.abortWith(refusal(401, "security.invalid-api-key", "The API key is unknown, revoked or expired"));
                return;
            }
            caller = keyed.get();
            scheme = API_KEY;
        } else {
            Cookie cookie = request.getCookies().get(SESSION_COOKIE);
            Optional<Authenticator.Session> session = cookie == null ? Optional.empty()
                    : authenticator.session(cookie.getValue(), address);
            if (session.isEmpty()) {
                request.abortWith(refusal(401, "security.not-signed-in",
                        cookie == null ? "Sign in first" : "The session has ended; sign in again"));
                return;
            }
            caller = session.get().caller();
            scheme = "session";
            if (!SAFE_METHODS.contains(request.getMethod())
                    && !Tokens.same(request.getHeaderString(CSRF_HEADER), session.get().csrfToken())) {
                deny(request, caller, target, "security.csrf", "The request lacks the session's " + CSRF_HEADER + " header");
                return;
            }
            if (session.get().passwordChangeRequired() && method.getDeclaringClass() != SessionResource.class) {
                deny(request, caller, target, "security.password-change-required", "Change the one-time password first");
                return;
            }
        }
        for (Permission permission : allowed.get().value()) {
            if (!caller.has(permission)) {
                deny(request, caller, target, "security.permission-denied",
                        "The role " + caller.role() + " lacks the permission " + permission);
                return;
            }
        }
        request.setSecurityContext(new CallerContext(caller, scheme, http.isSecure()));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        headers.putSingle("Referrer-Policy", "no-referrer");
        if (request.getSecurityContext().getUserPrincipal() instanceof Caller && !headers.containsKey("Cache-Control")) {
            headers.putSingle("Cache-Control", "no-store");
        }
    }

    private void deny(ContainerRequestContext request, Caller caller, String target, String code, String message) {
        journal.record(caller, new Access(Access.Action.DENIED, target, List.of(), code));
        request.abortWith(refusal(403, code, message));
    }

    /** The rule of a method, or else of its class. */
    static <A extends java.lang.annotation.Annotation> Optional<A> rule(Method method, Class<A> kind) {
        A onMethod = method.getAnnotation(kind);
        return Optional.ofNullable(onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(kind));
    }

    static Response refusal(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ApiError.of(code, message)).build();
    }
}
