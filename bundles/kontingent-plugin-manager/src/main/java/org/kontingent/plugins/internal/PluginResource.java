package org.kontingent.plugins.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.kontingent.platform.api.PluginKind;
import org.kontingent.platform.api.rest.ApiDoc;
import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.platform.api.rest.RestApi;
import org.kontingent.platform.api.security.Allowed;
import org.kontingent.platform.api.security.Permission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/plugins}: the plugins of this installation, and their installation,
 * upgrade and removal at runtime.
 */
@Component(service = PluginResource.class)
@JaxrsResource
@JaxrsExtensionSelect({RestApi.JSON_EXTENSION_FILTER, RestApi.SECURITY_EXTENSION_FILTER})
@Path(RestApi.BASE + "/plugins")
@Produces(MediaType.APPLICATION_JSON)
@ApiDoc("Plugins")
@Allowed(Permission.MANAGE_PLUGINS)
public class PluginResource {
    private final PluginManager manager;

    @Activate
    public PluginResource(@Reference PluginManager manager) {
        this.manager = manager;
    }

    /**
     * What to install.
     *
     * @param id the plugin id
     * @param version the version; absent for the newest available
     */
    public record InstallRequest(String id, String version) {
    }

    @GET
    @ApiDoc(value = "Installed and available plugins", description = "kind: connector, report, extension or sign-in; absent for all",
            responses = "400 unknown kind")
    public List<PluginView> list(@QueryParam("kind") String kind) {
        PluginKind parsed = kind == null || kind.isBlank() ? null : parseKind(kind);
        return call(() -> manager.list(parsed));
    }

    private static PluginKind parseKind(String kind) {
        try {
            return PluginKind.parse(kind);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "plugin.kind-unknown", e.getMessage());
        }
    }

    @GET
    @Path("{id}")
    @ApiDoc(value = "One plugin", responses = "404 no such plugin")
    public PluginView get(@PathParam("id") String id) {
        return call(() -> manager.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(value = "Install a plugin, or upgrade it to another version",
            description = "Installs the feature of the plugin at runtime; when another version is installed it is replaced in one step.",
            responses = {"400 no plugin id given", "404 no such plugin or version",
                    "409 the plugin cannot be resolved: the missing requirement is named", "500 the installation failed"})
    public PluginView install(InstallRequest request) {
        if (request == null || request.id() == null || request.id().isBlank()) {
            throw new ApiException(400, "plugin.id-missing", "The request must name the plugin: {\"id\": \"...\"}");
        }
        return call(() -> manager.install(request.id().trim(), request.version()));
    }

    @DELETE
    @Path("{id}")
    @ApiDoc(value = "Uninstall a plugin; its data stays in the database",
            responses = {"404 no such plugin", "409 the plugin is not installed"})
    public void uninstall(@PathParam("id") String id) {
        call(() -> {
            manager.uninstall(id);
            return null;
        });
    }

    private interface Operation<T> {
        T run() throws PluginException;
    }

    private static <T> T call(Operation<T> operation) {
        try {
            return operation.run();
        } catch (PluginException e) {
            throw switch (e.reason()) {
                case NOT_FOUND -> new ApiException(404, "plugin.not-found", e.getMessage());
                case NOT_INSTALLED -> new ApiException(409, "plugin.not-installed", e.getMessage());
                case UNRESOLVABLE -> new ApiException(409, "plugin.unresolvable", e.getMessage());
                case FAILED -> new ApiException(500, "plugin.failed", e.getMessage());
            };
        }
    }
}
