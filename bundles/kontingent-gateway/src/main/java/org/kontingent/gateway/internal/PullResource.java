package org.kontingent.gateway.internal;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

import org.kontingent.connector.api.pull.LearnerQuery;
import org.kontingent.connector.api.pull.SourceUnavailableException;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/gateway/pulls/{provider id}}: providers whose systems the gateway asks for
 * changes — which connector's source, how often, with which settings (secrets never shown back)
 * — and {@code .../lookup}: asking such a system about one learner. (Not under
 * {@code /gateway/providers/{id}}: JAX-RS picks one root resource per request, and that path
 * belongs to the providers' resource.)
 */
@Component(service = PullResource.class)
@JaxrsResource
@JaxrsExtensionSelect({RestApi.JSON_EXTENSION_FILTER, RestApi.SECURITY_EXTENSION_FILTER})
@Path(RestApi.BASE + "/gateway/pulls/{id}")
@Produces(MediaType.APPLICATION_JSON)
@ApiDoc("Gateway")
@Allowed(Permission.MANAGE_PROVIDERS)
public class PullResource {
    private static final List<String> SECRET_WORDS = List.of("token", "password", "secret", "key");
    private static final String MASK = "••••";

    private final PullStore pulls;
    private final ProviderStore providers;
    private final Connectors connectors;
    private final PullScheduler scheduler;
    private final AccessJournal actions;

    @Activate
    public PullResource(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=kontingent-gateway)") MigratedSchema schema,
            @Reference Connectors connectors, @Reference PullScheduler scheduler, @Reference AccessJournal actions) {
        Jdbc jdbc = new Jdbc(dataSource);
        this.pulls = new PullStore(jdbc);
        this.providers = new ProviderStore(jdbc);
        this.connectors = connectors;
        this.scheduler = scheduler;
        this.actions = actions;
    }

    /** A provider's pull as administrators see it: secrets masked. */
    public record PullView(String source, boolean sourceInstalled, int intervalMinutes, Map<String, String> settings,
            boolean enabled, String watermark, OffsetDateTime nextAt, OffsetDateTime lastAt, String lastError,
            Long lastPackageId) {
    }

    @GET
    @ApiDoc(value = "How the provider's system is asked for changes, and how the last call went",
            responses = "404 no such provider, or it is not pulled")
    public PullView get(@PathParam("id") long id) {
        PullStore.Pull pull = pulls.find(id);
        if (pull == null) {
            throw new ApiException(404, "gateway.pull-not-found", "Provider " + id + " is not asked for changes");
        }
        return view(pull);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(value = "Asks the provider's system for changes with an installed connector's source (source, intervalMinutes,"
            + " settings, enabled); a settings value sent as •••• keeps the stored one", responses = {"404 no such provider",
                    "422 a wrong field"})
    public PullView configure(@PathParam("id") long id, PullStore.Settings settings, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        provider(id);
        if (settings == null || settings.source() == null || !settings.source().matches("[a-z0-9][a-z0-9-]{1,62}")
                || settings.intervalMinutes() < 1 || settings.intervalMinutes() > 10080) {
            throw new ApiException(422, new ApiError("gateway.invalid-pull", "The pull of provider " + id + " was not set",
                    List.of(new ApiError.Violation("pull", "source", settings == null ? null : settings.source(),
                            "an installed pull source's id (" + connectors.sources().stream().map(s -> s.id()).toList()
                                    + "), and intervalMinutes from 1 to 10080"))));
        }
        PullStore.Pull before = pulls.find(id);
        Map<String, String> merged = new LinkedHashMap<>(settings.settings() == null ? Map.of() : settings.settings());
        merged.replaceAll((k, v) -> MASK.equals(v) && before != null && before.settings().containsKey(k) ? before.settings().get(k) : v);
        pulls.configure(id, new PullStore.Settings(settings.source(), settings.intervalMinutes(), merged, settings.enabled()));
        actions.record(caller, Access.administration("PUT /api/v1/gateway/pulls/" + id, "pulled with "
                + settings.source() + " every " + settings.intervalMinutes() + " min"));
        scheduler.wake();
        return view(pulls.find(id));
    }

    @DELETE
    @ApiDoc(value = "Stops asking the provider's system for changes", responses = "404 no such provider, or it is not pulled")
    public Response remove(@PathParam("id") long id, @Context SecurityContext security) {
        if (!pulls.remove(id)) {
            throw new ApiException(404, "gateway.pull-not-found", "Provider " + id + " is not asked for changes");
        }
        actions.record(Caller.of(security.getUserPrincipal()),
                Access.administration("DELETE /api/v1/gateway/pulls/" + id, "no longer pulled"));
        return Response.noContent().build();
    }

    @POST
    @Path("now")
    @ApiDoc(value = "Asks the provider's system for its changes now", responses = {"202 asked", "404 not pulled"})
    public Response now(@PathParam("id") long id) {
        if (!pulls.now(id)) {
            throw new ApiException(404, "gateway.pull-not-found", "Provider " + id + " is not asked for changes");
        }
        scheduler.wake();
        return Response.accepted().build();
    }

    @POST
    @Path("lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(value = "Asks the provider's system about one learner (by snils, or surname, name, patronymic and birthDate);"
            + " its answer is kept and applied as a package", responses = {"202 the answer is stored; follow href",
                    "404 the system does not know the learner", "409 the provider is not pulled or its connector is not"
                            + " installed", "503 the system cannot be reached"})
    public Response lookup(@PathParam("id") long id, LearnerQuery query, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        provider(id);
        if (query == null || (query.snils() == null && (query.surname() == null || query.birthDate() == null))) {
            throw new ApiException(422, new ApiError("gateway.invalid-lookup", "Ask by snils, or by surname and birthDate",
                    List.of(new ApiError.Violation("query", "snils", null, "snils, or surname with birthDate"))));
        }
        Optional<Long> stored;
        try {
            stored = scheduler.lookup(id, query);
        } catch (IllegalStateException e) {
            throw new ApiException(409, "gateway.pull-not-ready", e.getMessage());
        } catch (SourceUnavailableException e) {
            throw new ApiException(503, "gateway.source-unavailable", e.getMessage());
        }
        actions.record(caller, Access.administration("POST /api/v1/gateway/pulls/" + id + "/lookup", "asked about a learner"
                + stored.map(p -> ", package " + p).orElse(", not known")));
        if (stored.isEmpty()) {
            throw new ApiException(404, "gateway.learner-unknown-to-source", "The provider's system does not know the learner");
        }
        URI href = URI.create(RestApi.BASE + "/gateway/packages/" + stored.get());
        return Response.accepted(new PackageResource.Receipt(stored.get(), PackageStore.RECEIVED, false, href)).location(href)
                .build();
    }

    private PullView view(PullStore.Pull pull) {
        Map<String, String> masked = new LinkedHashMap<>(pull.settings());
        masked.replaceAll((k, v) -> SECRET_WORDS.stream().anyMatch(w -> k.toLowerCase(Locale.ROOT).contains(w)) ? MASK : v);
        return new PullView(pull.source(), connectors.source(pull.source()) != null, pull.intervalMinutes(), masked,
                pull.enabled(), pull.watermark(), pull.nextAt(), pull.lastAt(), pull.lastError(), pull.lastPackageId());
    }

    private Provider provider(long id) {
        Provider provider = providers.find(id);
        if (provider == null) {
            throw new ApiException(404, "gateway.provider-not-found", "There is no provider " + id);
        }
        return provider;
    }
}
