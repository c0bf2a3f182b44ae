package org.kontingent.registry.rest.internal;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.kontingent.platform.api.rest.ApiError;
import org.kontingent.platform.api.rest.RestApi;
import org.kontingent.registry.api.command.NoSuchRecordException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** A write or identity operation on a record that is not in the registry: 404 naming it. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("kontingent.registry.no-such-record")
@JaxrsExtensionSelect(RestApi.JSON_EXTENSION_FILTER)
public class NoSuchRecordMapper implements ExceptionMapper<NoSuchRecordException> {

    @Override
    public Response toResponse(NoSuchRecordException missing) {
        return Response.status(404).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of("registry.not-found", missing.getMessage())).build();
    }
}
