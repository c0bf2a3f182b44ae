package org.kontingent.registry.rest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.kontingent.registry.api.identity.DuplicateCandidate;
import org.kontingent.registry.api.identity.Merge;
import org.kontingent.registry.api.identity.PersonIdentity;
import org.kontingent.registry.api.query.Page;
import org.kontingent.registry.api.query.PageRequest;
import org.kontingent.registry.api.query.PersonPortfolio;
import org.kontingent.registry.api.query.PersonQueries;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Duplicate persons, reviewed and merged: {@code /api/v1/duplicates} (the pairs waiting for
 * review, a scan of a birth period, a pair dismissed as two people), {@code
 * /api/v1/persons/{id}/merge} and {@code /api/v1/merges/{id}/undo}. Outside the whole region a
 * caller sees, merges and dismisses only pairs both of whose persons are inside their scope
 * ({@link PersonIdentity#candidates(PageRequest, org.kontingent.platform.api.security.Scope, LocalDate)});
 * any other person is not found, whether or not they exist. Every
 * list of pairs is journaled with the persons it showed, every merge, undo and dismissal with its
 * two persons, and a write refused for the scope as a refusal.
 */
@Component(service = DuplicateResource.class)
@JaxrsResource
@JaxrsExtensionSelect({RestApi.JSON_EXTENSION_FILTER, RestApi.SECURITY_EXTENSION_FILTER})
@Path(RestApi.BASE)
@Produces(MediaType.APPLICATION_JSON)
@ApiDoc("Duplicates")
@Allowed(Permission.MERGE_PERSONS)
public class DuplicateResource {
    /** The columns a list of pairs is sorted by (the first person's); -column: descending. */
    static final List<String> SORTS = List.of("score", "name", "birthDate");
    /** The registry's own order: the best first. */
    static final String BEST_FIRST = "-score";
    private final PersonIdentity identity;
    private final PersonQueries persons;
    private final AccessJournal journal;
    private final Supplier<LocalDate> today;

    @Activate
    public DuplicateResource(@Reference PersonIdentity identity, @Reference PersonQueries persons,
            @Reference AccessJournal journal) {
        this(identity, persons, journal, LocalDate::now);
    }

    DuplicateResource(PersonIdentity identity, PersonQueries persons, AccessJournal journal, Supplier<LocalDate> today) {
        this.identity = identity;
        this.persons = persons;
        this.journal = journal;
        this.today = today;
    }

    /** A birth period to look for duplicates in: from the first day, before the second (ISO dates). */
    public record ScanRequest(String bornFrom, String bornBefore) {
    }

    /**
     * What a scan left for review.
     *
     * @param waiting the pairs waiting for review that the caller may see, after the scan
     */
    public record ScanResult(LocalDate bornFrom, LocalDate bornBefore, long waiting) {
    }

    /** Two persons who are two different people. */
    public record DismissRequest(Long firstId, Long secondId) {
    }

    /** The person merged into the one of the address, who is kept. */
    public record MergeRequest(Long mergedId) {
    }

    @GET
    @Path("duplicates")
    @ApiDoc(value = "The pairs of persons waiting for review inside the caller's scope (both persons in it), the best"
            + " first: each person's card on today (СНИЛС and document numbers masked for roles without READ_IDENTIFIERS),"
            + " the score and the reasons; 10, 25, 50 or 100 a page; sort by score, name or birthDate of the first person"
            + " (-column: descending; default -score)", responses = "400 a wrong page or sort")
    public Page<DuplicatePair> list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
            @QueryParam("sort") String sort, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        String column = sort == null || sort.isBlank() ? null : sort.strip();
        if (column != null && !SORTS.contains(column.startsWith("-") ? column.substring(1) : column)) {
            throw QueryParameters.invalid("sort", sort, "one of " + SORTS + ", or -column for descending");
        }
        PageRequest request = QueryParameters.page(offset, limit, column);
        LocalDate day = today.get();
        Page<DuplicateCandidate> page = identity.candidates(request, caller.scope(), day);
        List<DuplicatePair> items = new ArrayList<>();
        Set<Long> shown = new LinkedHashSet<>();
        for (DuplicateCandidate pair : page.items()) {
            // read again in the caller's scope: a pair whose person has left it since is not shown
            Optional<PersonPortfolio> first = persons.person(pair.first().id(), day, caller.scope());
            Optional<PersonPortfolio> second = first.isEmpty() ? Optional.empty()
                    : persons.person(pair.second().id(), day, caller.scope());
            if (first.isPresent() && second.isPresent()) {
                items.add(new DuplicatePair(shown(caller, first.get()), shown(caller, second.get()), pair.score(), pair.reasons()));
                shown.add(pair.first().id());
                shown.add(pair.second().id());
            }
        }
        journal.record(caller, Access.search("GET /api/v1/duplicates", List.copyOf(shown), "duplicate pairs, offset="
                + request.offset() + ", limit=" + request.limit() + ", sort=" + (request.sort() == null ? BEST_FIRST
                        : request.sort())));
        return new Page<>(items, page.total(), page.offset(), page.limit());
    }

    @POST
    @Path("duplicates/scan")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(value = "Looks for duplicates among the persons born in a period, bornFrom (inclusive) to bornBefore (exclusive),"
            + " ISO dates, and keeps the pairs for review (a pair reviewed already stays as it was); answers how many pairs"
            + " inside the caller's scope are waiting", responses = "400 a missing or wrong date, or a period that ends before it starts")
    public ScanResult scan(ScanRequest request, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        if (request == null) {
            throw QueryParameters.invalid("bornFrom", null, "a birth period: bornFrom and bornBefore, e.g. 2015-01-01 and 2016-01-01");
        }
        LocalDate from = date("bornFrom", request.bornFrom());
        LocalDate before = date("bornBefore", request.bornBefore());
        if (!from.isBefore(before)) {
            throw QueryParameters.invalid("bornBefore", request.bornBefore(), "a day after bornFrom (" + from + ")");
        }
        identity.scan(from, before);
        long waiting = identity.candidates(PageRequest.first(10), caller.scope(), today.get()).total();
        journal.record(caller, Access.administration("POST /api/v1/duplicates/scan", "duplicates looked for among persons born"
                + " from " + from + " before " + before + "; " + waiting + " pairs waiting in the caller's scope"));
        return new ScanResult(from, before, waiting);
    }

    @POST
    @Path("duplicates/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(value = "Marks two persons of the caller's scope as two different people: the pair is not offered again",
            responses = {"204 dismissed", "400 a missing id, or the same person twice", "404 no such person in the caller's scope"})
    public void dismiss(DismissRequest request, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        long first = id("firstId", request == null ? null : request.firstId());
        long second = id("secondId", request == null ? null : request.secondId());
        if (first == second) {
            throw QueryParameters.invalid("secondId", Long.toString(second), "another person than firstId");
        }
        String target = "POST /api/v1/duplicates/dismiss";
        requireInside(caller, target, first);
        requireInside(caller, target, second);
        identity.dismiss(first, second, CallerSource.of(caller));
        journal.record(caller, new Access(Access.Action.CHANGE, target, List.of(first, second),
                "persons " + first + " and " + second + " dismissed as two different people"));
    }

    @POST
    @Path("persons/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(value = "Merges a person (mergedId) into the person of the address, who is kept: memberships, documents,"
            + " representatives, completed programmes and extension data move to the kept person; both must be inside"
            + " the caller's scope. Answers the merge, whose id undoes it",
            responses = {"400 a missing mergedId, or the kept person's own id", "404 no such person in the caller's scope",
                    "422 the registry refuses the merge (overlapping memberships, a person merged already)"})
    public Merge merge(@PathParam("id") long keptId, MergeRequest request, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        long mergedId = id("mergedId", request == null ? null : request.mergedId());
        if (mergedId == keptId) {
            throw QueryParameters.invalid("mergedId", Long.toString(mergedId), "another person than the one kept (" + keptId + ")");
        }
        String target = "POST /api/v1/persons/" + keptId + "/merge";
        requireInside(caller, target, keptId);
        requireInside(caller, target, mergedId);
        Merge merge = identity.merge(keptId, mergedId, CallerSource.of(caller));
        journal.record(caller, new Access(Access.Action.CHANGE, target, List.of(keptId, mergedId), "merge " + merge.id()
                + ": person " + mergedId + " merged into person " + keptId + ", moved " + merge.moved()));
        return merge;
    }

    @POST
    @Path("merges/{id}/undo")
    @ApiDoc(value = "Undoes a merge: what it moved goes back and the merged person is a person again. Outside the whole"
            + " region, a merge whose kept person is inside the caller's scope", responses = {"404 no such merge in the caller's reach", "422 undone already, or its kept"
                    + " person has been merged on since"})
    public Merge undo(@PathParam("id") long mergeId, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        String target = "POST /api/v1/merges/" + mergeId + "/undo";
        if (!caller.scope().wholeRegion()) {
            Optional<Merge> known = identity.findMerge(mergeId);
            if (known.isEmpty() || persons.person(known.get().keptId(), today.get(), caller.scope()).isEmpty()) {
                journal.record(caller, new Access(Access.Action.DENIED, target, List.of(), "merge " + mergeId
                        + " is not one of the caller's scope"));
                throw new ApiException(404, "registry.not-found", "There is no merge " + mergeId + " whose kept person is"
                        + " in your scope");
            }
        }
        Merge undone = identity.undo(mergeId, CallerSource.of(caller));
        journal.record(caller, new Access(Access.Action.CHANGE, target, List.of(undone.keptId(), undone.mergedId()),
                "merge " + mergeId + " undone: person " + undone.mergedId() + " separated from person " + undone.keptId()));
        return undone;
    }

    /** The person's card as the caller may see it: identifiers masked for a role without READ_IDENTIFIERS. */
    private static PersonPortfolio shown(Caller caller, PersonPortfolio person) {
        return caller.has(Permission.READ_IDENTIFIERS) ? person : PersonCard.masked(person);
    }

    /**
     * 404 for a person outside the caller's scope (or nowhere): a write the caller may not make,
     * journaled as refused.
     */
    private void requireInside(Caller caller, String target, long person) {
        if (!caller.scope().wholeRegion() && persons.person(person, today.get(), caller.scope()).isEmpty()) {
            journal.record(caller, new Access(Access.Action.DENIED, target, List.of(), "person " + person
                    + " is not inside the caller's scope " + caller.scope()));
            throw QueryParameters.notFound("person", person);
        }
    }

    private static long id(String field, Long value) {
        if (value == null) {
            throw QueryParameters.invalid(field, null, "a person's id");
        }
        if (value <= 0) {
            throw QueryParameters.invalid(field, value.toString(), "a person's id, a positive number");
        }
        return value;
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw QueryParameters.invalid(field, value, "a date as YYYY-MM-DD, e.g. 2015-01-01");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw QueryParameters.invalid(field, value, "a date as YYYY-MM-DD, e.g. 2015-01-01");
        }
    }
}
