package org.kontingent.registry.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.kontingent.platform.api.rest.ApiDoc;
import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.platform.api.rest.RestApi;
import org.kontingent.platform.api.security.Allowed;
import org.kontingent.platform.api.security.Permission;
import org.kontingent.registry.api.query.DictionaryEntry;
import org.kontingent.registry.api.query.RegistryQueries;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/dictionaries}: the registry's dictionaries and their values.
 */
@Component(service = DictionaryResource.class)
@JaxrsResource
@JaxrsExtensionSelect({RestApi.JSON_EXTENSION_FILTER, RestApi.SECURITY_EXTENSION_FILTER})
@Path(RestApi.BASE + "/dictionaries")
@Produces(MediaType.APPLICATION_JSON)
@ApiDoc("Dictionaries")
@Allowed(Permission.READ_REGISTRY)
public class DictionaryResource {
    private final RegistryQueries registry;

    @Activate
    public DictionaryResource(@Reference RegistryQueries registry) {
        this.registry = registry;
    }

    @GET
    @ApiDoc("The names of the dictionaries")
    public List<String> names() {
        return registry.dictionaries();
    }

    @GET
    @Path("{name}")
    @ApiDoc(value = "The values of one dictionary, in their order", responses = "404 no such dictionary")
    public List<DictionaryEntry> entries(@PathParam("name") String name) {
        List<DictionaryEntry> entries = registry.dictionary(name);
        if (entries.isEmpty()) {
            throw new ApiException(404, "dictionary.not-found", "There is no dictionary '" + name + "'; the dictionaries are "
                    + registry.dictionaries());
        }
        return entries;
    }
}
