package org.kontingent.registry.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.kontingent.platform.api.rest.ApiDoc;
import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.platform.api.rest.RestApi;
import org.kontingent.platform.api.security.Access;
import org.kontingent.platform.api.security.AccessJournal;
import org.kontingent.platform.api.security.Allowed;
import org.kontingent.platform.api.security.Caller;
import org.kontingent.platform.api.security.Permission;
import org.kontingent.registry.api.admin.LocalSubject;
import org.kontingent.registry.api.admin.MasterSubject;
import org.kontingent.registry.api.admin.RegistryAdministration;
import org.kontingent.registry.api.admin.SubjectSearch;
import org.kontingent.registry.api.query.Page;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/admin/subjects}: the master subject dictionary (the region's: changed only by a
 * caller of the whole region) and {@code /api/v1/admin/subjects/names}: the names organizations of
 * the caller's scope give their subjects, mapped to it. Every change is journaled.
 */
@Component(service = SubjectResource.class)
@JaxrsResource
@JaxrsExtensionSelect({RestApi.JSON_EXTENSION_FILTER, RestApi.SECURITY_EXTENSION_FILTER})
@Path(RestApi.BASE + "/admin/subjects")
@Produces(MediaType.APPLICATION_JSON)
@ApiDoc("Subjects")
@Allowed(Permission.MANAGE_DICTIONARIES)
public class SubjectResource {
    private final RegistryAdministration administration;
    private final AccessJournal journal;

    @Activate
    public SubjectResource(@Reference RegistryAdministration administration, @Reference AccessJournal journal) {
        this.administration = administration;
        this.journal = journal;
    }

    /** A master subject's name and, optionally, its place in lists. */
    public record MasterSubjectRequest(String name, Integer sortOrder) {
    }

    /**
     * A subject name mapped to a master subject (subjectCode null: not mapped) in every organization
     * of the caller's scope that uses it, or in one (organizationId).
     */
    public record MappingRequest(String localName, Long organizationId, String subjectCode) {
    }

    /** How many organizations' names a mapping changed. */
    public record MappingResult(String localName, String subjectCode, int changed) {
    }

    @GET
    @ApiDoc("The master subjects in their order, each with how many names and organizations of the caller's scope are"
            + " mapped to it")
    public List<MasterSubject> masterSubjects(@Context SecurityContext security) {
        return administration.masterSubjects(Caller.of(security.getUserPrincipal()).scope());
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(value = "Adds a master subject (code: lower-case Latin words joined by hyphens) or renames one; a new one goes"
            + " last unless sortOrder is given", responses = {"403 a caller whose scope is narrower than the region",
                    "422 a wrong code or an empty name, naming the field"})
    public MasterSubject putMasterSubject(@PathParam("code") String code, MasterSubjectRequest request,
            @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        String target = "PUT /api/v1/admin/subjects/" + code;
        if (!caller.scope().wholeRegion()) {
            journal.record(caller, new Access(Access.Action.DENIED, target, List.of(),
                    "the master subject dictionary is the region's; scope " + caller.scope()));
            throw new ApiException(403, "security.forbidden", "The master subject dictionary is kept by the region's"
                    + " administrators");
        }
        MasterSubject subject = administration.putMasterSubject(code, request == null ? null : request.name(),
                request == null ? null : request.sortOrder(), caller.scope(), CallerSource.of(caller));
        journal.record(caller, Access.administration(target, "master subject " + subject.code() + " «" + subject.name()
                + "», order " + subject.sortOrder()));
        return subject;
    }

    @GET
    @Path("names")
    @ApiDoc(value = "The names organizations of the caller's scope give their subjects, one row per name and mapping with"
            + " the number of organizations: text (a part of the name), mapped (true/false), organization, subject (a master"
            + " code); sort by name, organizations or subject (-column: descending)", responses = "400 a wrong page or sort")
    public Page<LocalSubject> localSubjects(@QueryParam("text") String text, @QueryParam("mapped") Boolean mapped,
            @QueryParam("organization") Long organization, @QueryParam("subject") String subject,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @QueryParam("sort") String sort,
            @Context SecurityContext security) {
        return QueryParameters.refusing(() -> administration.localSubjects(new SubjectSearch(text, mapped, organization,
                subject == null || subject.isBlank() ? null : subject.strip()), QueryParameters.page(offset, limit, sort),
                Caller.of(security.getUserPrincipal()).scope()));
    }

    @PUT
    @Path("names/mapping")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(value = "Maps a subject name to a master subject (subjectCode; null removes the mapping) in the organizations of"
            + " the caller's scope that use it, or in one (organizationId); answers how many were changed",
            responses = {"404 the organization is not in the caller's scope or has no subject of that name",
                    "422 a missing name or an unknown master subject"})
    public MappingResult map(MappingRequest request, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        if (request == null) {
            throw QueryParameters.invalid("localName", null, "the subject's name as the organizations write it");
        }
        String code = request.subjectCode() == null || request.subjectCode().isBlank() ? null : request.subjectCode().strip();
        int changed = administration.mapSubject(request.localName(), request.organizationId(), code, caller.scope(),
                CallerSource.of(caller));
        journal.record(caller, Access.administration("PUT /api/v1/admin/subjects/names/mapping", "subject name «"
                + request.localName() + "» " + (code == null ? "unmapped" : "mapped to " + code) + " in "
                + (request.organizationId() == null ? "the organizations of scope " + caller.scope()
                        : "organization " + request.organizationId()) + ": " + changed + " changed"));
        return new MappingResult(request.localName(), code, changed);
    }
}
