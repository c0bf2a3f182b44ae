package org.kontingent.gateway.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.kontingent.connector.api.format.TemplateProvider;
import org.kontingent.platform.api.rest.ApiDoc;
import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.platform.api.rest.RestApi;
import org.kontingent.platform.api.security.Allowed;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/v1/gateway/templates}: the blank files of the installed connectors, to fill in and upload. */
@Component(service = TemplateResource.class)
@JaxrsResource
@JaxrsExtensionSelect({RestApi.JSON_EXTENSION_FILTER, RestApi.SECURITY_EXTENSION_FILTER})
@Path(RestApi.BASE + "/gateway/templates")
@Produces(MediaType.APPLICATION_JSON)
@ApiDoc("Gateway")
public class TemplateResource {
    private final Connectors connectors;

    @Activate
    public TemplateResource(@Reference Connectors connectors) {
        this.connectors = connectors;
    }

    /** A template to download. */
    public record TemplateView(String format, String id, String title, String fileName, URI href) {
    }

    @GET
    @Allowed
    @ApiDoc("The templates of the installed connectors, each with where to download it")
    public List<TemplateView> list() {
        List<TemplateView> all = new ArrayList<>();
        for (TemplateProvider provider : connectors.templates()) {
            for (TemplateProvider.Template t : provider.templates()) {
                all.add(new TemplateView(provider.formatId(), t.id(), t.title(), t.fileName(),
                        URI.create(RestApi.BASE + "/gateway/templates/" + provider.formatId() + "/" + t.id())));
            }
        }
        return all;
    }

    @GET
    @Path("{format}/{id}")
    @Produces(MediaType.WILDCARD)
    @Allowed
    @ApiDoc(value = "Downloads a template", responses = "404 no such template among the installed connectors")
    public Response download(@PathParam("format") String format, @PathParam("id") String id) {
        for (TemplateProvider provider : connectors.templates()) {
            if (!provider.formatId().equals(format)) {
                continue;
            }
            for (TemplateProvider.Template t : provider.templates()) {
                if (t.id().equals(id)) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try {
                        provider.write(id, out);
                    } catch (IOException e) {
                        throw new IllegalStateException("The template " + format + "/" + id + " could not be written", e);
                    }
                    return Response.ok(out.toByteArray(), t.mediaType())
                            .header("Content-Disposition", Attachments.disposition(t.fileName())).build();
                }
            }
        }
        throw new ApiException(404, "gateway.template-not-found", "No installed connector has the template " + format + "/" + id);
    }
}
