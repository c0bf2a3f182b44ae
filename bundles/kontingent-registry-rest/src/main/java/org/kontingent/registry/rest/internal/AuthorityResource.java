package org.kontingent.registry.rest.internal;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.kontingent.platform.api.rest.ApiDoc;
import org.kontingent.platform.api.rest.RestApi;
import org.kontingent.platform.api.security.Allowed;
import org.kontingent.platform.api.security.Caller;
import org.kontingent.platform.api.security.Permission;
import org.kontingent.registry.api.query.AuthorityPortfolio;
import org.kontingent.registry.api.query.AuthoritySummary;
import org.kontingent.registry.api.query.Page;
import org.kontingent.registry.api.query.RegistryQueries;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/authorities}: education authorities level by level, and each one's card.
 */
@Component(service = AuthorityResource.class)
@JaxrsResource
@JaxrsExtensionSelect({RestApi.JSON_EXTENSION_FILTER, RestApi.SECURITY_EXTENSION_FILTER})
@Path(RestApi.BASE + "/authorities")
@Produces(MediaType.APPLICATION_JSON)
@ApiDoc("Authorities")
@Allowed(Permission.READ_REGISTRY)
public class AuthorityResource {
    private final RegistryQueries registry;

    @Activate
    public AuthorityResource(@Reference RegistryQueries registry) {
        this.registry = registry;
    }

    @GET
    @ApiDoc(value = "Authorities directly under one (parent), or the top ones of the caller's scope; sorted by name, or"
            + " by level or oktmo (-column: descending)", responses = "400 a wrong page or sort")
    public Page<AuthoritySummary> list(@QueryParam("parent") Long parent, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @QueryParam("sort") String sort, @Context SecurityContext security) {
        return QueryParameters.refusing(() -> registry.authorities(parent, QueryParameters.page(offset, limit, sort),
                Caller.of(security.getUserPrincipal()).scope()));
    }

    @GET
    @Path("{id}")
    @ApiDoc(value = "An authority with the authorities, organizations and learners under it on a day (asOf, default today)",
            responses = {"400 a wrong date", "404 no such authority"})
    public AuthorityPortfolio card(@PathParam("id") long id, @QueryParam("asOf") String asOf,
            @Context SecurityContext security) {
        LocalDate day = QueryParameters.day("asOf", asOf);
        return registry.authority(id, day, Caller.of(security.getUserPrincipal()).scope()).orElseThrow(() -> QueryParameters.notFound("authority", id));
    }
}
