package org.kontingent.registry.rest.internal;

import java.time.LocalDate;
import java.util.Map;

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
import org.kontingent.platform.api.security.Access;
import org.kontingent.platform.api.security.AccessJournal;
import org.kontingent.platform.api.security.Allowed;
import org.kontingent.platform.api.security.Caller;
import org.kontingent.platform.api.security.Permission;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.query.OrganizationPortfolio;
import org.kontingent.registry.api.query.OrganizationSearch;
import org.kontingent.registry.api.query.OrganizationSummary;
import org.kontingent.registry.api.query.Page;
import org.kontingent.registry.api.query.PersonQueries;
import org.kontingent.registry.api.query.PersonSummary;
import org.kontingent.registry.api.query.RegistryQueries;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/organizations}: the organization search of the console, and each one's card.
 */
@Component(service = OrganizationResource.class)
@JaxrsResource
@JaxrsExtensionSelect({RestApi.JSON_EXTENSION_FILTER, RestApi.SECURITY_EXTENSION_FILTER})
@Path(RestApi.BASE + "/organizations")
@Produces(MediaType.APPLICATION_JSON)
@ApiDoc("Organizations")
@Allowed(Permission.READ_REGISTRY)
public class OrganizationResource {
    private final RegistryQueries registry;
    private final PersonQueries persons;
    private final AccessJournal journal;

    @Activate
    public OrganizationResource(@Reference RegistryQueries registry, @Reference PersonQueries persons,
            @Reference AccessJournal journal) {
        this.registry = registry;
        this.persons = persons;
        this.journal = journal;
    }

    @GET
    @ApiDoc(value = "Organizations of the caller's scope by name fragment, managing authority (with its subordinates), district, settlement,"
            + " type, education level and ОКТМО prefix; 10, 25, 50 or 100 a page; sort by name, district, settlement, type or level"
            + " (-column: descending)", responses = "400 a wrong page or sort")
    public Page<OrganizationSummary> search(@QueryParam("name") String name, @QueryParam("authority") Long authority,
            @QueryParam("district") String district, @QueryParam("settlement") String settlement,
            @QueryParam("type") String type, @QueryParam("level") String level, @QueryParam("oktmo") String oktmo,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @QueryParam("sort") String sort,
            @Context SecurityContext security) {
        return QueryParameters.refusing(() -> registry.organizations(new OrganizationSearch(name, authority, district,
                settlement, type, level, oktmo), QueryParameters.page(offset, limit, sort),
                Caller.of(security.getUserPrincipal()).scope()));
    }

    @GET
    @Path("{id}")
    @ApiDoc(value = "An organization's card with its classes of an academic year (year, default the current one) and"
            + " learners on a day (asOf, default today)", responses = {"400 a wrong date or year", "404 no such organization"})
    public OrganizationPortfolio card(@PathParam("id") long id, @QueryParam("year") String year,
            @QueryParam("asOf") String asOf, @Context SecurityContext security) {
        LocalDate day = QueryParameters.day("asOf", asOf);
        return registry.organization(id, QueryParameters.academicYear("year", year, day), day,
                Caller.of(security.getUserPrincipal()).scope())
                .orElseThrow(() -> QueryParameters.notFound("organization", id));
    }

    @GET
    @Path("{id}/sections")
    @ApiDoc(value = "The sections the installed extensions add to an organization's card on a day (asOf, default today), by"
            + " section id: a college's specialties with its students by course (vocational), the orientations of the"
            + " programmes held with their programmes and learners (additional)",
            responses = {"400 a wrong date", "404 no such organization in the caller's scope"})
    public Map<String, Map<String, Object>> sections(@PathParam("id") long id, @QueryParam("asOf") String asOf,
            @Context SecurityContext security) {
        return registry.organizationSections(id, QueryParameters.day("asOf", asOf), Caller.of(security.getUserPrincipal()).scope())
                .orElseThrow(() -> QueryParameters.notFound("organization", id));
    }

    @GET
    @Path("{id}/learners")
    @Allowed({Permission.READ_REGISTRY, Permission.READ_PERSONS})
    @ApiDoc(value = "The learners of an organization on a day (asOf, default today), by name or sorted by name,"
            + " birthDate or sex (-column: descending); 10, 25, 50 or 100 a page", responses = {"400 a wrong date, page or sort", "404 no such organization in the caller's scope"})
    public Page<PersonSummary> learners(@PathParam("id") long id, @QueryParam("asOf") String asOf,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @QueryParam("sort") String sort,
            @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        if (!registry.covers(caller.scope(), Scope.organization(id))) {
            throw QueryParameters.notFound("organization", id);
        }
        LocalDate day = QueryParameters.day("asOf", asOf);
        Page<PersonSummary> learners = QueryParameters.refusing(() -> persons.learnersOf(id, day,
                QueryParameters.page(offset, limit, sort), caller.scope()));
        journal.record(caller, Access.search("GET /api/v1/organizations/" + id + "/learners",
                learners.items().stream().map(PersonSummary::id).toList(), "asOf=" + day));
        return learners;
    }
}
