package org.kontingent.registry.rest.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.kontingent.platform.api.rest.ApiDoc;
import org.kontingent.platform.api.rest.RestApi;
import org.kontingent.platform.api.security.Access;
import org.kontingent.platform.api.security.AccessJournal;
import org.kontingent.platform.api.security.Allowed;
import org.kontingent.platform.api.security.Caller;
import org.kontingent.platform.api.security.Permission;
import org.kontingent.registry.api.admin.RegistryAdministration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/admin/subordination/organizations/{id}} and {@code /api/v1/admin/subordination/authorities/{id}}:
 * which authority an organization or an authority is subordinate to. Both ends must lie in the
 * caller's scope; the persons' scopes follow at once. Every move is journaled.
 */
@Component(service = SubordinationResource.class)
@JaxrsResource
@JaxrsExtensionSelect({RestApi.JSON_EXTENSION_FILTER, RestApi.SECURITY_EXTENSION_FILTER})
@Path(RestApi.BASE + "/admin/subordination")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiDoc("Subordination")
@Allowed(Permission.MANAGE_SUBORDINATION)
public class SubordinationResource {
    private final RegistryAdministration administration;
    private final AccessJournal journal;

    @Activate
    public SubordinationResource(@Reference RegistryAdministration administration, @Reference AccessJournal journal) {
        this.administration = administration;
        this.journal = journal;
    }

    /** The authority an organization is to be subordinate to. */
    public record OrganizationMove(Long authorityId) {
    }

    /** The authority an authority is to be placed under; null: the top of the region. */
    public record AuthorityMove(Long parentId) {
    }

    @PUT
    @Path("organizations/{id}")
    @ApiDoc(value = "Makes an organization subordinate to another authority (authorityId); both in the caller's scope",
            responses = {"204 moved", "400 a missing authorityId", "404 the organization or the authority is not in the caller's scope"})
    public void subordinateOrganization(@PathParam("id") long id, OrganizationMove move, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        if (move == null || move.authorityId() == null) {
            throw QueryParameters.invalid("authorityId", null, "the id of the authority the organization is to be subordinate to");
        }
        administration.subordinateOrganization(id, move.authorityId(), caller.scope(), CallerSource.of(caller));
        journal.record(caller, Access.administration("PUT /api/v1/admin/subordination/organizations/" + id,
                "organization " + id + " made subordinate to authority " + move.authorityId()));
    }

    @PUT
    @Path("authorities/{id}")
    @ApiDoc(value = "Places an authority under another one (parentId), or at the top of the region (parentId null: a caller"
            + " of the whole region only); the authority strictly inside the caller's scope, the parent inside it",
            responses = {"204 moved", "404 the authority or the parent is not in the caller's scope",
                    "422 the parent is the authority itself or subordinate to it"})
    public void subordinateAuthority(@PathParam("id") long id, AuthorityMove move, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        Long parent = move == null ? null : move.parentId();
        administration.subordinateAuthority(id, parent, caller.scope(), CallerSource.of(caller));
        journal.record(caller, Access.administration("PUT /api/v1/admin/subordination/authorities/" + id,
                "authority " + id + (parent == null ? " placed at the top of the region" : " placed under authority " + parent)));
    }
}
