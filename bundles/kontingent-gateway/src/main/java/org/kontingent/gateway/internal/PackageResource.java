package org.kontingent.gateway.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.PackageFormat;
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
import org.kontingent.registry.api.query.Page;
import org.kontingent.registry.api.query.RegistryQueries;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/gateway/packages}: a provider sends a package (stored whole at once, answered
 * 202 with its id, applied by the workers), follows its status and error packet, and replays it
 * corrected; officials read the load journal of the providers of their part of the region.
 */
@Component(service = PackageResource.class, configurationPid = GatewayConfiguration.PID)
@JaxrsResource
@JaxrsExtensionSelect({RestApi.JSON_EXTENSION_FILTER, RestApi.SECURITY_EXTENSION_FILTER})
@Path(RestApi.BASE + "/gateway")
@Produces(MediaType.APPLICATION_JSON)
@ApiDoc("Gateway")
public class PackageResource {
    private static final int ERRORS_SHOWN = 1000;
    private static final int REQUEST_SHOWN = 256 * 1024;

    private final PackageStore packages;
    private final ProviderStore providers;
    private final LoadJournal journal;
    private final ProviderAccess access;
    private final Connectors connectors;
    private final PackageWorkers workers;
    private final AccessJournal actions;
    private final long maxBytes;

    @Activate
    public PackageResource(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=kontingent-gateway)") MigratedSchema schema,
            @Reference RegistryQueries registry, @Reference Connectors connectors, @Reference PackageWorkers workers,
            @Reference AccessJournal actions, GatewayConfiguration configuration) {
        Jdbc jdbc = new Jdbc(dataSource);
        this.packages = new PackageStore(jdbc);
        this.providers = new ProviderStore(jdbc);
        this.journal = new LoadJournal(jdbc);
        this.access = new ProviderAccess(providers, packages, registry);
        this.connectors = connectors;
        this.workers = workers;
        this.actions = actions;
        this.maxBytes = configuration.maxPackageMegabytes() * 1024L * 1024L;
    }

    /** The answer to a package sent: where to follow it. */
    public record Receipt(long id, String status, boolean repeated, URI href) {
    }

    @POST
    @Path("packages")
    @Consumes(MediaType.WILDCARD)
    @Allowed(Permission.SUBMIT_PACKAGES)
    @ApiDoc(value = "Sends a package in the exchange model (application/json) or in a format an installed connector reads"
            + " (its media type); stored at once and applied in the background. Idempotency-Key: a package sent again with"
            + " the same key is the same package. X-File-Name (percent-encoded UTF-8) names it in the load journal. The"
            + " region's administrator"
            + " names the provider (?provider=code)", responses = {"202 stored; follow href", "200 sent before under the"
                    + " same Idempotency-Key", "400 no provider named, or a wrong Idempotency-Key or X-File-Name", "403 the provider is suspended",
                    "413 larger than the gateway takes", "415 no installed connector reads the media type"})
    public Response submit(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String mediaType,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @HeaderParam("X-File-Name") String fileName,
            @QueryParam("provider") String providerCode, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        Provider provider = access.sender(caller, providerCode);
        return store(caller, provider, read(body), mediaType, Parameters.idempotencyKey(idempotencyKey),
                Parameters.fileName(fileName), null, null);
    }

    @POST
    @Path("packages/{id}/replay")
    @Consumes(MediaType.WILDCARD)
    @Allowed(Permission.SUBMIT_PACKAGES)
    @ApiDoc(value = "Sends a package again, as it was or corrected (a body with its Content-Type); the new package names"
            + " the one it replays", responses = {"202 stored", "403 the provider is suspended", "404 no such package of"
                    + " the caller's provider", "415 no installed connector reads the media type"})
    public Response replay(@PathParam("id") long id, InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String mediaType,
            @HeaderParam("X-File-Name") String fileName, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        PackageStore.Summary original = visible(caller, id);
        byte[] corrected = read(body);
        Provider provider = providers.find(original.providerId());
        PackageStore.Body stored = packages.body(id);
        Scope uploaderScope = packages.uploaderScope(id);
        if (corrected.length == 0) {
            return store(caller, provider, stored.bytes(), stored.mediaType(), null, stored.fileName(), id, uploaderScope);
        }
        String name = fileName == null ? stored.fileName() : Parameters.fileName(fileName);
        return store(caller, provider, corrected, mediaType, null, name, id, uploaderScope);
    }

    @POST
    @Path("uploads")
    @Consumes(MediaType.WILDCARD)
    @Allowed(Permission.UPLOAD_DATA)
    @ApiDoc(value = "Uploads a file by hand (an Excel template filled in, an XML file): stored at once and applied in the"
            + " background like a provider's package, to organizations (named by their registry number) within the"
            + " uploader's part of the region only. X-File-Name (percent-encoded UTF-8) names it in the load journal",
            responses = {"202 stored; follow href", "413 larger than the gateway takes",
                    "415 no installed connector reads the media type"})
    public Response upload(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String mediaType,
            @HeaderParam("X-File-Name") String fileName, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        Provider manual = providers.byCode(ProviderAccess.MANUAL_UPLOAD);
        return store(caller, manual, read(body), mediaType, null, Parameters.fileName(fileName), null, caller.scope());
    }

    private Response store(Caller caller, Provider provider, byte[] bytes, String mediaType, String idempotencyKey,
            String fileName, Long replayOf, Scope uploaderScope) {
        if (provider.suspended()) {
            throw new ApiException(403, new ApiError("gateway.provider-suspended", "Provider " + provider.code()
                    + " is suspended (error " + ErrorCode.PROVIDER_SUSPENDED.number() + "): " + provider.statusReason(), List.of()));
        }
        PackageFormat format = connectors.find(mediaType);
        if (format == null) {
            throw new ApiException(415, "gateway.unsupported-format", "No installed connector reads '" + mediaType + "' (error "
                    + ErrorCode.UNSUPPORTED_FORMAT.number() + "); installed: " + connectors.all().stream()
                            .map(f -> f.id() + " " + f.mediaTypes()).toList());
        }
        PackageStore.Receipt receipt = packages.receive(new PackageStore.Incoming(provider.id(), idempotencyKey, mediaType,
                fileName, bytes, caller.login(), replayOf, uploaderScope));
        actions.record(caller, Access.administration("POST /api/v1/gateway/packages/" + receipt.id(), "package " + receipt.id()
                + " for provider " + provider.code() + ", " + bytes.length + " bytes" + (replayOf == null ? "" : ", replaying "
                        + replayOf)));
        workers.wake();
        String status = receipt.repeated() ? packages.summary(receipt.id()).status() : PackageStore.RECEIVED;
        URI href = URI.create(RestApi.BASE + "/gateway/packages/" + receipt.id());
        return Response.status(receipt.repeated() ? 200 : 202).location(href)
                .entity(new Receipt(receipt.id(), status, receipt.repeated(), href)).build();
    }

    private byte[] read(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try (InputStream in = body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw new ApiException(413, "gateway.too-large", "The package is larger than " + maxBytes / (1024 * 1024)
                            + " MiB (error " + ErrorCode.TOO_LARGE.number() + "); send it in parts");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ApiException(400, "gateway.body-unreadable", "The package could not be received: " + e.getMessage());
        }
    }

    /** A package with its error packet: each finding with its code, record, field and value, and the request. */
    public record Report(PackageStore.Summary summary, long errorCount, List<PackageStore.ErrorRow> errors, String request,
            URI requestHref) {
    }

    @GET
    @Path("packages/{id}")
    @Allowed(Permission.READ_LOAD_JOURNAL)
    @ApiDoc(value = "A package's status and counts, and its error packet (the first " + ERRORS_SHOWN + " findings, with the"
            + " original request when it is text of at most 256 KiB)", responses = "404 no such package in the caller's scope")
    public Report report(@PathParam("id") long id, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        PackageStore.Summary summary = visible(caller, id);
        long errorCount = packages.errorCount(id);
        String request = null;
        if (errorCount > 0) {
            PackageStore.Body body = packages.body(id);
            if (body.bytes().length <= REQUEST_SHOWN && textual(body.mediaType())) {
                request = new String(body.bytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        if (errorCount > 0) {
            // the findings name records with their values: personal data; a package's status and counts alone are not
            actions.record(caller, Access.administration("GET /api/v1/gateway/packages/" + id, "error packet of package " + id));
        }
        return new Report(summary, errorCount, packages.errors(id, 0, ERRORS_SHOWN), request,
                URI.create(RestApi.BASE + "/gateway/packages/" + id + "/body"));
    }

    @GET
    @Path("packages/{id}/errors")
    @Allowed(Permission.READ_LOAD_JOURNAL)
    @ApiDoc(value = "The error packet of a package, a page at a time", responses = {"400 a wrong page",
            "404 no such package in the caller's scope"})
    public Page<PackageStore.ErrorRow> errors(@PathParam("id") long id, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        visible(caller, id);
        int from = Parameters.offset(offset);
        int size = Parameters.limit(limit, ERRORS_SHOWN);
        List<PackageStore.ErrorRow> errors = packages.errors(id, from, size);
        if (!errors.isEmpty()) {
            actions.record(caller, Access.administration("GET /api/v1/gateway/packages/" + id + "/errors",
                    "error packet of package " + id + " from " + from));
        }
        return new Page<>(errors, packages.errorCount(id), from, size);
    }

    @GET
    @Path("packages/{id}/body")
    @Produces(MediaType.WILDCARD)
    @Allowed(Permission.READ_LOAD_JOURNAL)
    @ApiDoc(value = "The package exactly as it was received, with its media type", responses = "404 no such package in the"
            + " caller's scope")
    public Response body(@PathParam("id") long id, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        visible(caller, id);
        PackageStore.Body body = packages.body(id);
        actions.record(caller, new Access(Access.Action.EXPORT, "GET /api/v1/gateway/packages/" + id + "/body", List.of(),
                "package " + id + " as received"));
        Response.ResponseBuilder answer = Response.ok(body.bytes(), body.mediaType());
        if (body.fileName() != null) {
            answer.header("Content-Disposition", Attachments.disposition(body.fileName()));
        }
        return answer.build();
    }

    @GET
    @Path("packages")
    @Allowed(Permission.READ_LOAD_JOURNAL)
    @ApiDoc(value = "The load journal: packages received, newest first, by provider, status and days (from, to), sorted by"
            + " receivedAt, provider, status or refused", responses = "400 a wrong parameter")
    public Page<PackageStore.Summary> list(@QueryParam("provider") Long provider, @QueryParam("status") String status,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @QueryParam("sort") String sort, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        if (status != null && !LoadJournal.STATUSES.contains(status)) {
            throw Parameters.invalid("status", status, "one of " + LoadJournal.STATUSES);
        }
        LoadJournal.Filter filter = new LoadJournal.Filter(access.visible(caller), access.visibleUploads(caller), provider, status,
                Parameters.day("from", from), Parameters.day("to", to));
        try {
            return journal.packages(filter, Parameters.offset(offset), Parameters.limit(limit, 100), sort);
        } catch (IllegalArgumentException e) {
            throw Parameters.invalid("sort", sort, e.getMessage());
        }
    }

    @GET
    @Path("load-dynamics")
    @Allowed(Permission.READ_LOAD_JOURNAL)
    @ApiDoc(value = "Packages and records per provider per day between two days (the last 30 by default)",
            responses = "400 a wrong day")
    public List<PackageStore.DayLoad> dynamics(@QueryParam("from") String from, @QueryParam("to") String to,
            @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        LocalDate last = Parameters.day("to", to);
        LocalDate end = last == null ? LocalDate.now() : last;
        LocalDate first = Parameters.day("from", from);
        return journal.dynamics(access.visible(caller), access.visibleUploads(caller), first == null ? end.minusDays(29) : first,
                end);
    }

    /** An installed package format. */
    public record FormatView(String id, Set<String> mediaTypes) {
    }

    @GET
    @Path("formats")
    @Allowed
    @ApiDoc("The package formats the installed connectors read")
    public List<FormatView> formats() {
        return connectors.all().stream().map(f -> new FormatView(f.id(), f.mediaTypes())).toList();
    }

    private PackageStore.Summary visible(Caller caller, long id) {
        PackageStore.Summary summary = packages.summary(id);
        if (summary == null || !access.sees(caller, summary, packages.uploaderScope(id))) {
            throw new ApiException(404, "gateway.package-not-found", "There is no package " + id + " in your part of the region");
        }
        return summary;
    }

    private static boolean textual(String mediaType) {
        String base = Connectors.base(mediaType);
        return base.startsWith("text/") || base.endsWith("json") || base.endsWith("xml") || base.endsWith("csv");
    }
}
