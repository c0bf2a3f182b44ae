package org.kontingent.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.kontingent.platform.api.rest.ApiDoc;
import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.platform.api.rest.RestApi;
import org.kontingent.platform.api.security.Access;
import org.kontingent.platform.api.security.Allowed;
import org.kontingent.platform.api.security.Caller;
import org.kontingent.platform.api.security.Permission;
import org.kontingent.platform.api.security.Role;
import org.kontingent.registry.api.query.RegistryQueries;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/admin/users/{id}/keys}: the API keys of a data provider's representative — the
 * credentials its system calls the API with ({@code Authorization: Bearer <key>}). A key's
 * secret is shown once, when it is issued; rotating is issuing a new key and revoking the old
 * one once the system uses the new.
 */
@Component(service = ApiKeyResource.class)
@JaxrsResource
@JaxrsExtensionSelect({RestApi.JSON_EXTENSION_FILTER, RestApi.SECURITY_EXTENSION_FILTER})
@Path(RestApi.BASE + "/admin/users/{id}/keys")
@Produces(MediaType.APPLICATION_JSON)
@ApiDoc("Users")
@Allowed(Permission.MANAGE_PROVIDERS)
public class ApiKeyResource {
    private static final int MAX_VALID_DAYS = 730;

    private final Authenticator authenticator;
    private final AccountAccess access;
    private final JdbcAccessJournal journal;

    @Activate
    public ApiKeyResource(@Reference Authenticator authenticator, @Reference RegistryQueries registry,
            @Reference JdbcAccessJournal journal) {
        this.authenticator = authenticator;
        this.access = new AccountAccess(authenticator.accounts(), registry);
        this.journal = journal;
    }

    /** How long a new key is valid; a year when not given. */
    public record KeyRequest(Integer validDays) {
    }

    /** A new key: the credential to configure in the provider's system, shown this once. */
    public record IssuedKey(String keyId, String credential, Instant expiresAt) {
    }

    @GET
    @ApiDoc(value = "The keys of a data provider's representative, live and revoked, without their secrets",
            responses = "404 no such user in the caller's scope")
    public List<ApiKeyStore.Key> list(@PathParam("id") long id, @Context SecurityContext security) {
        return authenticator.keys().of(providerAccount(Caller.of(security.getUserPrincipal()), id).id());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(value = "Issues a key (valid validDays, at most 730, a year by default); its credential is shown only now",
            responses = {"201 issued", "400 a wrong validity", "404 no such user", "409 not a provider's representative"})
    public Response issue(@PathParam("id") long id, KeyRequest request, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        Account account = providerAccount(caller, id);
        int days = request == null || request.validDays() == null ? 365 : request.validDays();
        if (days < 1 || days > MAX_VALID_DAYS) {
            throw new ApiException(400, "request.invalid-field", "validDays " + days + " is not between 1 and " + MAX_VALID_DAYS);
        }
        Instant expires = authenticator.now().plus(Duration.ofDays(days));
        String credential = authenticator.issueKey(id, expires);
        String keyId = credential.substring(0, credential.indexOf('.'));
        journal.record(caller, Access.administration("POST /api/v1/admin/users/" + id + "/keys",
                "key " + keyId + " for " + account.login() + " until " + expires));
        return Response.status(201).entity(new IssuedKey(keyId, credential, expires)).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("{keyId}")
    @ApiDoc(value = "Revokes a key at once", responses = "404 no such user or live key")
    public void revoke(@PathParam("id") long id, @PathParam("keyId") String keyId, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        Account account = providerAccount(caller, id);
        if (!authenticator.keys().revoke(id, keyId, authenticator.now())) {
            throw new ApiException(404, "security.no-such-key", "The user " + account.login() + " has no live key " + keyId);
        }
        journal.record(caller, Access.administration("DELETE /api/v1/admin/users/" + id + "/keys/" + keyId,
                "key " + keyId + " of " + account.login() + " revoked"));
    }

    private Account providerAccount(Caller caller, long id) {
        Account account = access.managed(caller, id);
        if (account.role() != Role.PROVIDER_REPRESENTATIVE) {
            throw new ApiException(409, "security.not-a-provider", "Only a data provider's representative has API keys; "
                    + account.login() + " is " + account.role());
        }
        return account;
    }
}
