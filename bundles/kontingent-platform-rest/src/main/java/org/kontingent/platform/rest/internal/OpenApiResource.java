package org.kontingent.platform.rest.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.kontingent.platform.api.rest.ApiDoc;
import org.kontingent.platform.api.rest.RestApi;
import org.kontingent.platform.api.security.Public;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.util.tracker.ServiceTracker;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3 document of every JAX-RS resource registered
 * right now, the platform's and the plugins'.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsExtensionSelect(RestApi.JSON_EXTENSION_FILTER)
@Path("/api/openapi.json")
@ApiDoc("API description")
@Public
public class OpenApiResource {
    private final VersionInfo version;
    private final Map<ServiceReference<Object>, Class<?>> resources = new ConcurrentHashMap<>();
    private final ServiceTracker<Object, Class<?>> tracker;

    @Activate
    public OpenApiResource(BundleContext context, @Reference VersionInfo version) throws InvalidSyntaxException {
        this.version = version;
        String filter = "(" + JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true)";
        this.tracker = new ServiceTracker<>(context, FrameworkUtil.createFilter(filter), null) {
            @Override
            public Class<?> addingService(ServiceReference<Object> reference) {
                Class<?> type = resourceClass(context, reference);
                if (type != null) {
                    resources.put(reference, type);
                }
                return type;
            }

            @Override
            public void removedService(ServiceReference<Object> reference, Class<?> type) {
                resources.remove(reference);
            }
        };
        tracker.open(true);
    }

    /**
     * The class of a resource service without getting the service: a DS component names its
     * implementation class; other registrations are asked for their object.
     */
    private static Class<?> resourceClass(BundleContext context, ServiceReference<Object> reference) {
        Object componentName = reference.getProperty("component.name");
        if (componentName instanceof String name && reference.getBundle() != null) {
            try {
                return reference.getBundle().loadClass(name);
            } catch (ClassNotFoundException e) {
                // a component named otherwise than its class: fall through
            }
        }
        Object service = context.getService(reference);
        if (service == null) {
            return null;
        }
        try {
            return service.getClass();
        } finally {
            context.ungetService(reference);
        }
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @ApiDoc("The OpenAPI 3 document of the REST API as it is deployed now")
    public Map<String, Object> document() {
        return OpenApiGenerator.generate(version.version(), resources.values());
    }
}
