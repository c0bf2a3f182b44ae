package org.kontingent.security.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.kontingent.platform.api.rest.ApiError;
import org.kontingent.platform.api.rest.ApiDoc;
import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.platform.api.rest.RestApi;
import org.kontingent.platform.api.security.Access;
import org.kontingent.platform.api.security.Allowed;
import org.kontingent.platform.api.security.Caller;
import org.kontingent.platform.api.security.Permission;
import org.kontingent.platform.api.security.Role;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.query.RegistryQueries;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/admin/users}: the accounts an administrator may manage ({@link AccountAccess}),
 * new accounts and new one-time passwords (generated, shown once, changed at the first sign-in),
 * changes of name, role, scope and activity. Every change is journaled.
 */
@Component(service = UserResource.class)
@JaxrsResource
@JaxrsExtensionSelect({RestApi.JSON_EXTENSION_FILTER, RestApi.SECURITY_EXTENSION_FILTER})
@Path(RestApi.BASE + "/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@ApiDoc("Users")
@Allowed(Permission.MANAGE_USERS)
public class UserResource {
    private static final int MAX_LISTED = 10_000;

    private final Authenticator authenticator;
    private final AccountStore accounts;
    private final AccountAccess access;
    private final JdbcAccessJournal journal;

    @Activate
    public UserResource(@Reference Authenticator authenticator, @Reference RegistryQueries registry,
            @Reference JdbcAccessJournal journal) {
        this.authenticator = authenticator;
        this.accounts = authenticator.accounts();
        this.access = new AccountAccess(accounts, registry);
        this.journal = journal;
    }

    /** An account as administrators see it: whether it has a СНИЛС (for ЕСИА), not the number. */
    public record UserView(long id, String login, String displayName, Role role, Scope scope, boolean active,
            boolean passwordChangeRequired, boolean locked, boolean snilsGiven) {
    }

    /** A new account. */
    public record NewUser(String login, String displayName, Role role, Scope scope, String snils) {
    }

    /**
     * What an administrator may change of an account: all of it but the login. A СНИЛС left out
     * (null) keeps the account's; an empty one removes it.
     */
    public record UserUpdate(String displayName, Role role, Scope scope, String snils, boolean active) {
    }

    /** An account and its new one-time password, shown once. */
    public record CreatedUser(UserView user, String oneTimePassword) {
    }

    @GET
    @ApiDoc(value = "The accounts inside the caller's scope, by login; 10, 25, 50 or 100 a page", responses = "400 a wrong page")
    public List<UserView> list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
            @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        int from = offset == null ? 0 : offset;
        int size = limit == null ? 10 : limit;
        if (from < 0 || !List.of(10, 25, 50, 100).contains(size)) {
            throw new ApiException(400, "request.invalid-parameter", "offset must be 0 or more and limit one of 10, 25, 50, 100");
        }
        journal.record(caller, Access.administration("GET /api/v1/admin/users", "listed accounts"));
        Map<Scope, Boolean> managed = new HashMap<>();
        return accounts.list(0, MAX_LISTED).stream()
                .filter(a -> managed.computeIfAbsent(a.scope(), scope -> access.manages(caller, scope)))
                .skip(from).limit(size).map(UserResource::view).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(value = "Creates an account with a one-time password that must be changed at the first sign-in",
            responses = {"201 created", "400 a wrong field", "403 a role or scope beyond the caller's", "409 the login is taken"})
    public Response create(NewUser user, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        String login = checked(user);
        checked(user.displayName(), user.role(), user.scope(), user.snils());
        access.requireGivable(caller, user.role(), user.scope());
        if (accounts.byLogin(login).isPresent()) {
            throw new ApiException(409, "security.login-taken", "The login '" + login + "' is taken");
        }
        String password = authenticator.generatedPassword();
        long id = accounts.create(login, user.displayName().strip(), user.role(), user.scope(), user.snils(),
                authenticator.hash(password), true);
        journal.record(caller, Access.administration("POST /api/v1/admin/users",
                "created account " + login + " (" + user.role() + ", " + user.scope() + ")"));
        return Response.status(201).entity(new CreatedUser(view(accounts.byId(id).orElseThrow()), password)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(value = "Changes an account's name, role, scope, СНИЛС (left out: kept; empty: removed) or whether it is"
            + " active; a deactivated account's sessions end", responses = {"400 a wrong field", "403 a role or scope beyond the caller's",
                    "404 no such user in the caller's scope", "409 one's own role, scope or activity"})
    public UserView update(@PathParam("id") long id, UserUpdate update, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        Account account = access.managed(caller, id);
        if (update == null) {
            throw invalid("body", null, "displayName, role, scope, snils, active");
        }
        String snils = update.snils() == null ? account.snils() : update.snils().isEmpty() ? null : update.snils();
        checked(update.displayName(), update.role(), update.scope(), snils);
        access.requireGivable(caller, update.role(), update.scope());
        if (id == caller.accountId() && (update.role() != account.role() || !update.scope().equals(account.scope())
                || !update.active())) {
            throw new ApiException(409, "security.own-account", "Nobody changes their own role, scope or activity");
        }
        accounts.update(id, update.displayName().strip(), update.role(), update.scope(), snils, update.active());
        if (!update.active()) {
            authenticator.signOutEverywhere(id);
        }
        journal.record(caller, Access.administration("PUT /api/v1/admin/users/" + id, "account " + account.login() + ": "
                + update.role() + ", " + update.scope() + (update.active() ? "" : ", deactivated")));
        return view(accounts.byId(id).orElseThrow());
    }

    @POST
    @Path("{id}/password")
    @ApiDoc(value = "Gives an account a new one-time password (its sessions end, a lockout is lifted)",
            responses = "404 no such user in the caller's scope")
    public CreatedUser resetPassword(@PathParam("id") long id, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        Account account = access.managed(caller, id);
        String password = authenticator.generatedPassword();
        accounts.setPassword(id, authenticator.hash(password), true);
        authenticator.signOutEverywhere(id);
        journal.record(caller, Access.administration("POST /api/v1/admin/users/" + id + "/password",
                "one-time password for " + account.login()));
        return new CreatedUser(view(accounts.byId(id).orElseThrow()), password);
    }

    /** The normal login of a well-formed new account; 400 naming the wrong field otherwise. */
    private static String checked(NewUser user) {
        if (user == null) {
            throw invalid("body", null, "an account: login, displayName, role, scope");
        }
        String login = user.login() == null ? "" : user.login().strip().toLowerCase(Locale.ROOT);
        if (!login.matches("[a-z0-9._@-]{3,64}")) {
            throw invalid("login", user.login(), "3 to 64 Latin letters, digits or . _ @ -");
        }
        return login;
    }

    /** 400 naming the first wrong field of an account's name, role, scope and СНИЛС. */
    private static void checked(String displayName, Role role, Scope scope, String snils) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw invalid("displayName", displayName, "1 to 200 characters");
        }
        if (role == null) {
            throw invalid("role", null, "one of " + List.of(Role.values()));
        }
        if (scope == null) {
            throw invalid("scope", null, "a kind (REGION, AUTHORITY, ORGANIZATION, PROVIDER) and, but for REGION, an id");
        }
        if (role == Role.SYSTEM_ADMINISTRATOR && !scope.wholeRegion()
                || (role == Role.PROVIDER_REPRESENTATIVE) != (scope.kind() == Scope.Kind.PROVIDER)) {
            throw invalid("scope", scope.toString(), "a system administrator's scope is the region; a provider"
                    + " representative's, and only theirs, is a provider");
        }
        if (snils != null && !snils.matches("[0-9]{11}")) {
            throw invalid("snils", snils, "11 digits");
        }
    }

    private static ApiException invalid(String field, String value, String rule) {
        return new ApiException(400, new ApiError("request.invalid-field", "The field '" + field + "' is invalid: " + rule,
                List.of(new ApiError.Violation("new account", field, value, rule))));
    }

    static UserView view(Account a) {
        return new UserView(a.id(), a.login(), a.displayName(), a.role(), a.scope(), a.active(), a.passwordChangeRequired(),
                a.lockedAt(Instant.now()), a.snils() != null);
    }
}
