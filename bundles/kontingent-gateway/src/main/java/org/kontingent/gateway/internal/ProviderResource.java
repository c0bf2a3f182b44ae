package org.kontingent.gateway.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.platform.api.rest.ApiDoc;
import org.kontingent.platform.api.rest.ApiError;
import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.platform.api.rest.RestApi;
import org.kontingent.platform.api.security.Access;
import org.kontingent.platform.api.security.AccessJournal;
import org.kontingent.platform.api.security.Allowed;
import org.kontingent.platform.api.security.Caller;
import org.kontingent.platform.api.security.Permission;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.batch.RegistryBatches;
import org.kontingent.registry.api.query.RegistryQueries;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/gateway/providers}: the registry of data providers — each regional system with
 * its operator, contacts and interaction passport, the organizations it writes to with its
 * priority in each, and its suspension. Its systems sign their requests with the API keys of
 * the provider's representatives ({@code /api/v1/admin/users/{id}/keys}).
 */
@Component(service = ProviderResource.class)
@JaxrsResource
@JaxrsExtensionSelect({RestApi.JSON_EXTENSION_FILTER, RestApi.SECURITY_EXTENSION_FILTER})
@Path(RestApi.BASE + "/gateway/providers")
@Produces(MediaType.APPLICATION_JSON)
@ApiDoc("Gateway")
public class ProviderResource {
    private static final String CODE = "[a-z0-9][a-z0-9-]{1,62}";

    private final ProviderStore providers;
    private final ProviderAccess access;
    private final RegistryQueries registry;
    private final RegistryBatches batches;
    private final AccessJournal actions;

    @Activate
    public ProviderResource(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=kontingent-gateway)") MigratedSchema schema,
            @Reference RegistryQueries registry, @Reference RegistryBatches batches, @Reference AccessJournal actions) {
        Jdbc jdbc = new Jdbc(dataSource);
        this.providers = new ProviderStore(jdbc);
        this.access = new ProviderAccess(providers, new PackageStore(jdbc), registry);
        this.registry = registry;
        this.batches = batches;
        this.actions = actions;
    }

    @GET
    @Allowed(Permission.READ_LOAD_JOURNAL)
    @ApiDoc("The providers of the caller's part of the region (a provider's account: its own)")
    public List<Provider> list(@Context SecurityContext security) {
        Set<Long> visible = access.visible(Caller.of(security.getUserPrincipal()));
        return providers.all().stream().filter(p -> visible == null || visible.contains(p.id())).toList();
    }

    @GET
    @Path("{id}")
    @Allowed(Permission.READ_LOAD_JOURNAL)
    @ApiDoc(value = "A provider with its passport and organizations", responses = "404 no such provider in the caller's scope")
    public Provider get(@PathParam("id") long id, @Context SecurityContext security) {
        return visible(Caller.of(security.getUserPrincipal()), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Permission.MANAGE_PROVIDERS)
    @ApiDoc(value = "Registers a provider: code (lower-case letters, digits, hyphens), name of its system, operator,"
            + " contacts, passport", responses = {"201 registered", "409 the code is taken", "422 a field is wrong"})
    public Response create(ProviderStore.Details details, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        check(details);
        long id = unique(details.code(), () -> providers.create(details));
        actions.record(caller, Access.administration("POST /api/v1/gateway/providers", "registered provider " + details.code()));
        return Response.created(URI.create(RestApi.BASE + "/gateway/providers/" + id)).entity(providers.find(id)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Permission.MANAGE_PROVIDERS)
    @ApiDoc(value = "Changes a provider's details and passport", responses = {"404 no such provider", "409 the code is taken",
            "422 a field is wrong"})
    public Provider update(@PathParam("id") long id, ProviderStore.Details details, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        check(details);
        if (!unique(details.code(), () -> providers.update(id, details))) {
            throw notFound(id);
        }
        actions.record(caller, Access.administration("PUT /api/v1/gateway/providers/" + id, "changed provider " + details.code()));
        return providers.find(id);
    }

    @PUT
    @Path("{id}/organizations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Permission.MANAGE_PROVIDERS)
    @ApiDoc(value = "Sets the organizations a provider writes to: each with the code the provider names it by and the"
            + " provider's priority there (higher wins)", responses = {"404 no such provider", "422 an unknown organization"
                    + " or a repeated code"})
    public Provider organizations(@PathParam("id") long id, List<Provider.Organization> organizations,
            @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        if (providers.find(id) == null) {
            throw notFound(id);
        }
        List<ApiError.Violation> violations = new ArrayList<>();
        LocalDate today = LocalDate.now();
        Set<String> codes = new HashSet<>();
        Set<Long> ids = new HashSet<>();
        List<Provider.Organization> given = organizations == null ? List.of() : organizations;
        for (int i = 0; i < given.size(); i++) {
            Provider.Organization o = given.get(i);
            String record = "organizations[" + i + "]";
            if (o.code() == null || o.code().isBlank() || o.code().length() > 100) {
                violations.add(new ApiError.Violation(record, "code", o.code(), "required, at most 100 characters"));
            } else if (!codes.add(o.code())) {
                violations.add(new ApiError.Violation(record, "code", o.code(), "the code is given twice"));
            }
            if (!ids.add(o.organizationId())) {
                violations.add(new ApiError.Violation(record, "organizationId", Long.toString(o.organizationId()),
                        "the organization is given twice"));
            } else if (registry.organization(o.organizationId(), academicYear(today), today, Scope.region()).isEmpty()) {
                violations.add(new ApiError.Violation(record, "organizationId", Long.toString(o.organizationId()),
                        "there is no such organization in the registry"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiException(422, new ApiError("gateway.invalid-organizations", "The organizations of provider " + id
                    + " were not changed", violations));
        }
        providers.organizations(id, given);
        Provider changed = providers.find(id);
        batches.prioritize(changed.source(), changed.priorities());
        actions.record(caller, Access.administration("PUT /api/v1/gateway/providers/" + id + "/organizations",
                given.size() + " organizations"));
        return changed;
    }

    /** Why a provider is suspended. */
    public record Suspension(String reason) {
    }

    @POST
    @Path("{id}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Permission.MANAGE_PROVIDERS)
    @ApiDoc(value = "Suspends a provider, saying why: its packages are refused until the suspension is lifted",
            responses = {"404 no such provider", "409 already suspended", "422 no reason"})
    public Provider suspend(@PathParam("id") long id, Suspension suspension, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        if (suspension == null || suspension.reason() == null || suspension.reason().isBlank()) {
            throw new ApiException(422, new ApiError("gateway.reason-required", "Say why the provider is suspended",
                    List.of(new ApiError.Violation(null, "reason", null, "required"))));
        }
        if (providers.find(id) == null) {
            throw notFound(id);
        }
        if (!providers.suspend(id, suspension.reason().strip())) {
            throw new ApiException(409, "gateway.already-suspended", "Provider " + id + " is already suspended");
        }
        actions.record(caller, Access.administration("POST /api/v1/gateway/providers/" + id + "/suspension", suspension.reason()));
        return providers.find(id);
    }

    @DELETE
    @Path("{id}/suspension")
    @Allowed(Permission.MANAGE_PROVIDERS)
    @ApiDoc(value = "Lifts a provider's suspension", responses = {"404 no such provider", "409 not suspended"})
    public Provider resume(@PathParam("id") long id, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        if (providers.find(id) == null) {
            throw notFound(id);
        }
        if (!providers.resume(id)) {
            throw new ApiException(409, "gateway.not-suspended", "Provider " + id + " is not suspended");
        }
        actions.record(caller, Access.administration("DELETE /api/v1/gateway/providers/" + id + "/suspension", "lifted"));
        return providers.find(id);
    }

    /** The academic year a day falls in, written 2026-2027. */
    private static String academicYear(LocalDate day) {
        int start = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return start + "-" + (start + 1);
    }

    private Provider visible(Caller caller, long id) {
        Provider provider = providers.find(id);
        if (provider == null || !access.sees(caller, id)) {
            throw notFound(id);
        }
        return provider;
    }

    private static ApiException notFound(long id) {
        return new ApiException(404, "gateway.provider-not-found", "There is no provider " + id + " in your part of the region");
    }

    private static void check(ProviderStore.Details d) {
        List<ApiError.Violation> violations = new ArrayList<>();
        if (d == null) {
            throw new ApiException(422, new ApiError("gateway.invalid-provider", "Send the provider's details", List.of()));
        }
        if (d.code() == null || !d.code().matches(CODE)) {
            violations.add(new ApiError.Violation("provider", "code", d.code(),
                    "2 to 63 lower-case Latin letters, digits and hyphens, starting with a letter or digit"));
        }
        if (d.name() == null || d.name().isBlank() || d.name().length() > 300) {
            violations.add(new ApiError.Violation("provider", "name", d.name(), "required, at most 300 characters"));
        }
        if (!violations.isEmpty()) {
            throw new ApiException(422, new ApiError("gateway.invalid-provider", "The provider's details are not valid",
                    violations));
        }
    }

    private interface Write<T> {
        T run();
    }

    private static <T> T unique(String code, Write<T> write) {
        try {
            return write.run();
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                throw new ApiException(409, "gateway.code-taken", "The provider code " + code + " is taken");
            }
            throw e;
        }
    }
}
