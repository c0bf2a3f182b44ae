package org.kontingent.registry.rest.internal;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.kontingent.platform.api.rest.ApiError;
import org.kontingent.platform.api.rest.RestApi;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * A write the registry refused: 422 with the record and, for each broken rule, the field, the
 * value as received, the rule's code and plain words. Nothing of the write was stored.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("kontingent.registry.invalid-record")
@JaxrsExtensionSelect(RestApi.JSON_EXTENSION_FILTER)
public class InvalidRecordMapper implements ExceptionMapper<InvalidRecordException> {

    @Override
    public Response toResponse(InvalidRecordException refused) {
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE).entity(error(refused)).build();
    }

    static ApiError error(InvalidRecordException refused) {
        return new ApiError("registry.invalid-record", refused.getMessage(), refused.violations().stream()
                .map(v -> new ApiError.Violation(refused.record(), v.field(), v.value(), v.rule(), v.message())).toList());
    }
}
