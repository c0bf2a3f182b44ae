package org.kontingent.gateway.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.kontingent.connector.api.exchange.ExchangePackage;
import org.kontingent.platform.api.rest.ApiDoc;
import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.platform.api.rest.RestApi;
import org.kontingent.platform.api.security.Allowed;
import org.kontingent.registry.api.extension.ExtensionData;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/gateway/schemas}: what a connector vendor writes packages against — the exchange
 * model's JSON Schema and XSD, and the JSON Schema of each entity of every installed
 * education-level extension (the {@code data} of its {@code extensions} records). Extensions come
 * and go: the list is always the installed ones.
 */
@Component(service = SchemaResource.class)
@JaxrsResource
@JaxrsExtensionSelect({RestApi.JSON_EXTENSION_FILTER, RestApi.SECURITY_EXTENSION_FILTER})
@Path(RestApi.BASE + "/gateway/schemas")
@Produces(MediaType.APPLICATION_JSON)
@ApiDoc("Gateway")
public class SchemaResource {
    static final String EXCHANGE_JSON = "exchange-" + ExchangePackage.VERSION + ".schema.json";
    static final String EXCHANGE_XSD = "exchange-" + ExchangePackage.VERSION + ".xsd";
    private static final String BASE = RestApi.BASE + "/gateway/schemas/";

    private final List<ExtensionData> extensions = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addExtension(ExtensionData extension) {
        extensions.add(extension);
    }

    void removeExtension(ExtensionData extension) {
        extensions.remove(extension);
    }

    /** The schemas to write packages against. */
    public record Schemas(String exchangeVersion, URI exchange, URI exchangeXsd, List<ExtensionView> extensions) {
    }

    /** An installed extension and the schema of each of its entities. */
    public record ExtensionView(String id, List<EntityView> entities) {
    }

    /** An entity of an extension: what {@code entity} names in an extensions record, and the schema of its data. */
    public record EntityView(String entity, URI schema) {
    }

    @GET
    @Allowed
    @ApiDoc("The exchange model's schemas and those of the installed extensions' entities, each with where to download it")
    public Schemas list() {
        List<ExtensionView> installed = extensions.stream().sorted(Comparator.comparing(ExtensionData::id))
                .map(e -> new ExtensionView(e.id(), e.entities().keySet().stream()
                        .map(entity -> new EntityView(entity, URI.create(BASE + "extensions/" + e.id() + "/" + entity))).toList()))
                .toList();
        return new Schemas(ExchangePackage.VERSION, URI.create(BASE + EXCHANGE_JSON), URI.create(BASE + EXCHANGE_XSD), installed);
    }

    @GET
    @Path("{file}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
    @Allowed
    @ApiDoc(value = "The exchange model's JSON Schema (exchange-<version>.schema.json) or XSD (exchange-<version>.xsd)",
            responses = "404 no such schema")
    public Response exchange(@PathParam("file") String file) {
        if (!file.equals(EXCHANGE_JSON) && !file.equals(EXCHANGE_XSD)) {
            throw new ApiException(404, "gateway.schema-not-found", "The gateway reads exchange model "
                    + ExchangePackage.VERSION + ": its schemas are " + EXCHANGE_JSON + " and " + EXCHANGE_XSD);
        }
        URL resource = ExchangePackage.class.getResource(file);
        return Response.ok(read(resource, file), file.endsWith(".xsd") ? MediaType.APPLICATION_XML : MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("extensions/{extension}/{entity}")
    @Allowed
    @ApiDoc(value = "The JSON Schema of the data of an installed extension's entity",
            responses = "404 no such extension installed, or no such entity of it")
    public Response extension(@PathParam("extension") String id, @PathParam("entity") String entity) {
        ExtensionData extension = extensions.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new ApiException(404, "gateway.extension-not-installed", "The extension " + id
                        + " is not installed; installed: " + String.join(", ", extensions.stream().map(ExtensionData::id).sorted()
                                .toList())));
        Map<String, URL> entities = extension.entities();
        URL schema = entities.get(entity);
        if (schema == null) {
            throw new ApiException(404, "gateway.schema-not-found", "The extension " + id + " takes "
                    + String.join(", ", entities.keySet()) + ", not " + entity);
        }
        return Response.ok(read(schema, id + "/" + entity), MediaType.APPLICATION_JSON).build();
    }

    private static byte[] read(URL resource, String name) {
        if (resource == null) {
            throw new IllegalStateException("The schema " + name + " is missing from its bundle");
        }
        try (InputStream in = resource.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("The schema " + name + " could not be read", e);
        }
    }
}
