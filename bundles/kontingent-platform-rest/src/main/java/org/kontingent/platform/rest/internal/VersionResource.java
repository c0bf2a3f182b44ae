package org.kontingent.platform.rest.internal;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.kontingent.platform.api.rest.ApiDoc;
import org.kontingent.platform.api.rest.RestApi;
import org.kontingent.platform.api.security.Public;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/v1/version}.
 */
@Component(service = VersionResource.class)
@JaxrsResource
@JaxrsExtensionSelect(RestApi.JSON_EXTENSION_FILTER)
@Path(RestApi.BASE + "/version")
@ApiDoc("Health")
@Public
public class VersionResource {
    private final VersionInfo version;

    @Activate
    public VersionResource(@Reference VersionInfo version) {
        this.version = version;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @ApiDoc("Versions of the platform and what it runs on")
    public Map<String, String> version() {
        return version.components();
    }
}
