package org.kontingent.security.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.StringJoiner;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.kontingent.platform.api.rest.ApiDoc;
import org.kontingent.platform.api.rest.ApiError;
import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.platform.api.rest.RestApi;
import org.kontingent.platform.api.security.Access;
import org.kontingent.platform.api.security.Allowed;
import org.kontingent.platform.api.security.Caller;
import org.kontingent.platform.api.security.Permission;
import org.kontingent.registry.api.query.PersonQueries;
import org.kontingent.registry.api.query.RegistryQueries;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/admin/journal}: the journal of user actions, newest first — all of it for the
 * region's administrators; for an authority's administrator the actions on one person of their
 * scope ("who accessed this learner's data") or of one user they manage. Reading the journal is
 * itself journaled.
 */
@Component(service = JournalResource.class)
@JaxrsResource
@JaxrsExtensionSelect({RestApi.JSON_EXTENSION_FILTER, RestApi.SECURITY_EXTENSION_FILTER})
@Path(RestApi.BASE + "/admin/journal")
@Produces(MediaType.APPLICATION_JSON)
@ApiDoc("Action journal")
@Allowed(Permission.READ_ACTION_JOURNAL)
public class JournalResource {
    private static final ZoneId REGION_TIME = ZoneId.systemDefault();

    private final JdbcAccessJournal journal;
    private final PersonQueries persons;
    private final AccountStore accounts;
    private final AccountAccess access;

    @Activate
    public JournalResource(@Reference JdbcAccessJournal journal, @Reference PersonQueries persons,
            @Reference RegistryQueries registry, @Reference Authenticator authenticator) {
        this.journal = journal;
        this.persons = persons;
        this.accounts = authenticator.accounts();
        this.access = new AccountAccess(accounts, registry);
    }

    /** A page of entries; {@code next} is the {@code before} of the page after it, null on the last. */
    public record JournalPage(List<JournalEntry> entries, Long next) {
    }

    /** The outcome of walking the hash chain. */
    public record Verification(boolean intact, Long firstBrokenEntry) {
    }

    @GET
    @ApiDoc(value = "Journal entries newest first by login, action, person, day from and to (inclusive) and before an"
            + " entry number; 10, 25, 50 or 100 a page. Outside the whole region, give a person or a login of the scope",
            responses = {"400 a wrong parameter", "403 neither a person nor a user of the caller's scope given"})
    public JournalPage search(@QueryParam("login") String login, @QueryParam("action") String action,
            @QueryParam("person") Long person, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("before") Long before, @QueryParam("limit") Integer limit, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        int size = limit == null ? 25 : limit;
        if (!List.of(10, 25, 50, 100).contains(size)) {
            throw invalid("limit", String.valueOf(limit), "one of 10, 25, 50, 100");
        }
        if (action != null && Arrays.stream(Access.Action.values()).noneMatch(a -> a.name().equals(action))) {
            throw invalid("action", action, "one of " + Arrays.toString(Access.Action.values()));
        }
        requireInScope(caller, login, person);
        List<JournalEntry> entries = journal.search(blank(login), action, person, day("from", from, 0), day("to", to, 1),
                before, size + 1);
        Long next = entries.size() > size ? entries.get(size - 1).seq() : null;
        journal.record(caller, new Access(Access.Action.ADMINISTRATION, "GET /api/v1/admin/journal",
                person == null ? List.of() : List.of(person), describe(Map.of("login", String.valueOf(login),
                        "action", String.valueOf(action), "from", String.valueOf(from), "to", String.valueOf(to)))));
        return new JournalPage(entries.subList(0, Math.min(size, entries.size())), next);
    }

    @GET
    @Path("verification")
    @ApiDoc(value = "Walks the whole hash chain: whether every entry is as written and none is missing",
            responses = "403 not an administrator of the whole region")
    public Verification verify(@Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        if (!caller.scope().wholeRegion()) {
            throw new ApiException(403, "security.scope-beyond-own", "Only the whole region's administrators verify the journal");
        }
        OptionalLong broken = journal.verify();
        journal.record(caller, Access.administration("GET /api/v1/admin/journal/verification",
                broken.isPresent() ? "broken at entry " + broken.getAsLong() : "intact"));
        return new Verification(broken.isEmpty(), broken.isPresent() ? broken.getAsLong() : null);
    }

    private void requireInScope(Caller caller, String login, Long person) {
        if (caller.scope().wholeRegion()) {
            return;
        }
        boolean personInScope = person != null && persons.person(person, LocalDate.now(REGION_TIME), caller.scope()).isPresent();
        boolean userInScope = login != null && accounts.byLogin(login.strip()).filter(a -> access.manages(caller, a.scope())).isPresent();
        if (person != null && !personInScope || login != null && !userInScope || person == null && login == null) {
            throw new ApiException(403, "security.scope-beyond-own", "Outside the whole region, the journal is read for a"
                    + " person or a user of the caller's scope " + caller.scope());
        }
    }

    private static OffsetDateTime day(String field, String value, int plusDays) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).plusDays(plusDays).atStartOfDay(REGION_TIME).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw invalid(field, value, "a date as YYYY-MM-DD");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    private static String describe(Map<String, String> given) {
        StringJoiner joined = new StringJoiner(", ");
        given.entrySet().stream().filter(e -> !e.getValue().equals("null")).sorted(Map.Entry.comparingByKey())
                .forEach(e -> joined.add(e.getKey() + "=" + e.getValue()));
        return joined.toString();
    }

    private static ApiException invalid(String field, String value, String rule) {
        return new ApiException(400, new ApiError("request.invalid-parameter",
                "The parameter '" + field + "' = '" + value + "' is invalid: " + rule,
                List.of(new ApiError.Violation(null, field, value, rule))));
    }
}
