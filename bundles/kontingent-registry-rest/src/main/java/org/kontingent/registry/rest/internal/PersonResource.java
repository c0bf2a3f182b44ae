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
import org.kontingent.platform.api.security.Access;
import org.kontingent.platform.api.security.AccessJournal;
import org.kontingent.platform.api.security.Allowed;
import org.kontingent.platform.api.security.Caller;
import org.kontingent.platform.api.security.Permission;
import org.kontingent.registry.api.query.PersonMatch;
import org.kontingent.registry.api.query.PersonPortfolio;
import org.kontingent.registry.api.query.PersonQueries;
import org.kontingent.registry.api.query.PersonSearch;
import org.kontingent.registry.api.query.PortfolioSections;
import org.kontingent.registry.api.query.SearchPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/learners} (the search of the «Контингент» registry) and
 * {@code /api/v1/persons/{id}} (a person's card): personal data, so each answer is limited to
 * the caller's scope and journaled — a search with the criteria and the persons it showed, a
 * card with its person, and each portfolio section of health data shown with the card (only to a
 * role that holds the permission the section requires) — before it is given. A person outside the
 * scope is not found, whether or not they exist.
 */
@Component(service = PersonResource.class)
@JaxrsResource
@JaxrsExtensionSelect({RestApi.JSON_EXTENSION_FILTER, RestApi.SECURITY_EXTENSION_FILTER})
@Path(RestApi.BASE)
@Produces(MediaType.APPLICATION_JSON)
@ApiDoc("Persons")
@Allowed(Permission.READ_PERSONS)
public class PersonResource {
    private final PersonQueries persons;
    private final AccessJournal journal;

    @Activate
    public PersonResource(@Reference PersonQueries persons, @Reference AccessJournal journal) {
        this.persons = persons;
        this.journal = journal;
    }

    @GET
    @Path("learners")
    @ApiDoc(value = "Persons of the caller's scope by surname, name, patronymic (whole, start, fragment, one typo), birth"
            + " date, age, document, sex, who (LEARNERS by default, REPRESENTATIVES, STAFF, ALL), authority or organization"
            + " on a day; closest first, 10, 25, 50 or 100 a page, deep pages after the cursor `after`",
            responses = "400 a wrong parameter or cursor")
    public SearchPage<PersonMatch> search(@QueryParam("surname") String surname, @QueryParam("name") String name,
            @QueryParam("patronymic") String patronymic, @QueryParam("birthDate") String birthDate,
            @QueryParam("age") Integer age, @QueryParam("documentType") String documentType,
            @QueryParam("documentSeries") String documentSeries, @QueryParam("documentNumber") String documentNumber,
            @QueryParam("sex") String sex, @QueryParam("who") String who, @QueryParam("authority") Long authority,
            @QueryParam("organization") Long organization, @QueryParam("asOf") String asOf,
            @QueryParam("typos") Boolean typos, @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
            @QueryParam("after") String after, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        PersonSearch criteria = PersonCriteria.of(surname, name, patronymic, birthDate, age, documentType, documentSeries,
                documentNumber, sex, who, authority, organization, asOf, typos);
        SearchPage<PersonMatch> page = QueryParameters.refusing(() -> persons.search(criteria, QueryParameters.page(offset, limit),
                after, caller.scope()));
        journal.record(caller, Access.search("GET /api/v1/learners",
                page.items().stream().map(m -> m.person().id()).toList(), PersonCriteria.describe(criteria)));
        return page;
    }

    @GET
    @Path("persons/{id}")
    @ApiDoc(value = "A person's card on a day (asOf, default today): details, documents, representatives, memberships,"
            + " and the sections of installed extensions; СНИЛС and document numbers masked for roles without"
            + " READ_IDENTIFIERS, and sections of health data (`health`) only for roles with READ_HEALTH, each such"
            + " section shown journaled on its own", responses = {"400 a wrong date", "404 no such person in the caller's scope"})
    public PersonCard card(@PathParam("id") long id, @QueryParam("asOf") String asOf, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        LocalDate day = QueryParameters.day("asOf", asOf);
        PersonPortfolio person = persons.person(id, day, caller.scope())
                .orElseThrow(() -> QueryParameters.notFound("person", id));
        PortfolioSections sections = persons.sections(id, day, caller.role().permissions());
        String target = "GET /api/v1/persons/" + id;
        journal.record(caller, Access.view(target, id));
        sections.restricted().forEach((section, permission) ->
                journal.record(caller, Access.sectionView(target, id, section, permission)));
        return new PersonCard(caller.has(Permission.READ_IDENTIFIERS) ? person : PersonCard.masked(person),
                sections.shown());
    }
}
