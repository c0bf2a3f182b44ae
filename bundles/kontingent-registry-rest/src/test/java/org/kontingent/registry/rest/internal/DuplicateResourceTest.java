package org.kontingent.registry.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.platform.api.security.Access;
import org.kontingent.platform.api.security.AccessJournal;
import org.kontingent.platform.api.security.Caller;
import org.kontingent.platform.api.security.Permission;
import org.kontingent.platform.api.security.Role;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.command.NoSuchRecordException;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.identity.DuplicateCandidate;
import org.kontingent.registry.api.identity.DuplicateCandidate.Reason;
import org.kontingent.registry.api.identity.Identification;
import org.kontingent.registry.api.identity.IdentityKey;
import org.kontingent.registry.api.identity.Merge;
import org.kontingent.registry.api.identity.PersonIdentity;
import org.kontingent.registry.api.query.Page;
import org.kontingent.registry.api.query.PageRequest;
import org.kontingent.registry.api.query.PersonMatch;
import org.kontingent.registry.api.query.PersonPortfolio;
import org.kontingent.registry.api.query.PersonQueries;
import org.kontingent.registry.api.query.PersonSearch;
import org.kontingent.registry.api.query.PersonSummary;
import org.kontingent.registry.api.query.PortfolioSections;
import org.kontingent.registry.api.query.SearchPage;

/**
 * The duplicate review API against fakes of the registry's services: what each scope sees, what
 * it may merge, dismiss and undo, what is journaled, and which input is refused naming its field.
 */
class DuplicateResourceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Scope DISTRICT = Scope.authority(9002);
    private static final Scope OTHER_DISTRICT = Scope.authority(9003);

    private final FakeRegistry registry = new FakeRegistry();
    private final List<Access> journal = new ArrayList<>();
    private final DuplicateResource resource = new DuplicateResource(registry, registry, (caller, access) -> journal.add(access),
            () -> TODAY);

    DuplicateResourceTest() {
        // 1 and 2 in the district, 3 and 4 in the other one, 5 in both (a learner of one, a parent in the other)
        registry.person(1, "Скоупова", "Ольга", "11223344595", DISTRICT);
        registry.person(2, "Скоупова", "Олга", null, DISTRICT);
        registry.person(3, "Абрамов", "Иван", null, OTHER_DISTRICT);
        registry.person(4, "Абрамов", "Иван", null, OTHER_DISTRICT);
        registry.person(5, "Воронина", "Анна", null, DISTRICT, OTHER_DISTRICT);
        registry.pair(3, 4, 98, Reason.SAME_NAME, Reason.SAME_BIRTH_DATE);
        registry.pair(1, 2, 90, Reason.NAME_ONE_TYPO, Reason.SAME_BIRTH_DATE);
        registry.pair(2, 3, 60, Reason.SAME_BIRTH_DATE);
        registry.pair(1, 5, 55, Reason.SAME_BIRTH_DATE);
    }

    @Test
    void theWholeRegionSeesEveryPairBestFirstWithBothCardsAndTheListIsJournaled() {
        Page<DuplicatePair> page = resource.list(null, null, null, as(Role.SYSTEM_ADMINISTRATOR, Scope.region()));

        assertEquals(4, page.total());
        assertEquals(List.of(98, 90, 60, 55), page.items().stream().map(DuplicatePair::score).toList());
        DuplicatePair first = page.items().get(0);
        assertEquals(3, first.first().id());
        assertEquals("Абрамов", first.second().surname());
        assertEquals(List.of(Reason.SAME_NAME, Reason.SAME_BIRTH_DATE), first.reasons());
        assertEquals(1, first.first().memberships().size(), "the memberships to decide by");
        assertEquals("11223344595", page.items().get(1).first().snils(), "an administrator sees the СНИЛС whole, as on the card");

        Access listed = single(Access.Action.SEARCH);
        assertEquals("GET /api/v1/duplicates", listed.target());
        assertEquals(List.of(3L, 4L, 1L, 2L, 5L), listed.personIds());
    }

    @Test
    void anAuthoritySeesOnlyPairsWhoseBothPersonsAreInsideItsScope() {
        Page<DuplicatePair> page = resource.list(0, 10, null, as(Role.AUTHORITY_ADMINISTRATOR, DISTRICT));

        assertEquals(2, page.total(), "1–2 and 1–5; 3–4 and 2–3 have a person elsewhere");
        assertEquals(List.of(List.of(1L, 2L), List.of(1L, 5L)), page.items().stream()
                .map(p -> List.of(p.first().id(), p.second().id())).toList());
        assertEquals(List.of(1L, 2L, 5L), single(Access.Action.SEARCH).personIds(), "only the persons shown are journaled");

        Page<DuplicatePair> other = resource.list(0, 10, null, as(Role.AUTHORITY_ADMINISTRATOR, OTHER_DISTRICT));
        assertEquals(List.of(98), other.items().stream().map(DuplicatePair::score).toList());
    }

    @Test
    void pairsAreSortedByTheFirstPersonsNameOrScoreAndAnUnknownSortIsRefusedNamingIt() {
        Page<DuplicatePair> byName = resource.list(0, 10, "name", as(Role.SYSTEM_ADMINISTRATOR, Scope.region()));
        assertEquals(List.of("Абрамов", "Скоупова", "Скоупова", "Скоупова"), byName.items().stream()
                .map(p -> p.first().surname()).toList());
        Page<DuplicatePair> worstFirst = resource.list(0, 10, "score", as(Role.SYSTEM_ADMINISTRATOR, Scope.region()));
        assertEquals(List.of(55, 60, 90, 98), worstFirst.items().stream().map(DuplicatePair::score).toList());
        Page<DuplicatePair> second = resource.list(1, 10, "-score", as(Role.AUTHORITY_ADMINISTRATOR, DISTRICT));
        assertEquals(List.of(55), second.items().stream().map(DuplicatePair::score).toList());
        assertEquals(2, second.total());

        ApiException sort = assertThrows(ApiException.class, () -> resource.list(0, 10, "snils",
                as(Role.SYSTEM_ADMINISTRATOR, Scope.region())));
        assertEquals(400, sort.status());
        assertEquals("sort", sort.error().violations().get(0).field());
        ApiException limit = assertThrows(ApiException.class, () -> resource.list(0, 20, null,
                as(Role.SYSTEM_ADMINISTRATOR, Scope.region())));
        assertEquals("limit", limit.error().violations().get(0).field());
    }

    @Test
    void aRoleWithoutReadIdentifiersSeesThemMasked() {
        Page<DuplicatePair> page = resource.list(0, 10, null, as(Role.EMPLOYEE, DISTRICT));
        assertEquals("***-***-445 95", page.items().get(0).first().snils());
        assertEquals("****12", page.items().get(0).first().documents().get(0).number());
    }

    @Test
    void anAuthorityMergesAPairOfItsScopeAndTheMergeIsJournaledWithBothPersons() {
        Merge merge = resource.merge(1, new DuplicateResource.MergeRequest(2L), as(Role.AUTHORITY_ADMINISTRATOR, DISTRICT));

        assertEquals(List.of(List.of(1L, 2L)), registry.merged);
        assertEquals(1, merge.keptId());
        assertEquals("district.admin", registry.lastSource.reference());
        Access change = single(Access.Action.CHANGE);
        assertEquals("POST /api/v1/persons/1/merge", change.target());
        assertEquals(List.of(1L, 2L), change.personIds());
        assertTrue(change.details().contains("merge " + merge.id()));
    }

    @Test
    void aMergeWithAPersonOutsideTheScopeIsNotFoundAndJournaledAsRefused() {
        ApiException refused = assertThrows(ApiException.class, () -> resource.merge(2, new DuplicateResource.MergeRequest(3L),
                as(Role.AUTHORITY_ADMINISTRATOR, DISTRICT)));

        assertEquals(404, refused.status());
        assertEquals("registry.not-found", refused.error().code());
        assertTrue(registry.merged.isEmpty());
        assertEquals("POST /api/v1/persons/2/merge", single(Access.Action.DENIED).target());
        assertEquals(404, assertThrows(ApiException.class, () -> resource.merge(3, new DuplicateResource.MergeRequest(4L),
                as(Role.AUTHORITY_ADMINISTRATOR, DISTRICT))).status(), "a pair wholly elsewhere neither");
    }

    @Test
    void aMergeNamesAMissingOrWrongMergedId() {
        ApiException missing = assertThrows(ApiException.class, () -> resource.merge(1, new DuplicateResource.MergeRequest(null),
                as(Role.SYSTEM_ADMINISTRATOR, Scope.region())));
        assertEquals(400, missing.status());
        assertEquals("mergedId", missing.error().violations().get(0).field());
        ApiException noBody = assertThrows(ApiException.class, () -> resource.merge(1, null, as(Role.SYSTEM_ADMINISTRATOR,
                Scope.region())));
        assertEquals("mergedId", noBody.error().violations().get(0).field());
        ApiException self = assertThrows(ApiException.class, () -> resource.merge(1, new DuplicateResource.MergeRequest(1L),
                as(Role.SYSTEM_ADMINISTRATOR, Scope.region())));
        assertEquals("mergedId", self.error().violations().get(0).field());
        assertEquals("1", self.error().violations().get(0).value());
        assertTrue(registry.merged.isEmpty());
    }

    @Test
    void anAuthorityUndoesItsOwnMergeButNoMergeItCannotPlace() {
        Caller district = caller(Role.AUTHORITY_ADMINISTRATOR, DISTRICT);
        Merge merge = resource.merge(1, new DuplicateResource.MergeRequest(2L), context(district));
        journal.clear();

        Merge undone = resource.undo(merge.id(), context(district));
        assertEquals(List.of(merge.id()), registry.undone);
        assertEquals(List.of(1L, 2L), single(Access.Action.CHANGE).personIds());
        assertEquals(merge.id(), undone.id());

        journal.clear();
        ApiException unknown = assertThrows(ApiException.class, () -> resource.undo(4711, context(district)));
        assertEquals(404, unknown.status());
        assertEquals("POST /api/v1/merges/4711/undo", single(Access.Action.DENIED).target());

        Merge elsewhere = resource.merge(3, new DuplicateResource.MergeRequest(4L), as(Role.SYSTEM_ADMINISTRATOR, Scope.region()));
        assertEquals(404, assertThrows(ApiException.class, () -> resource.undo(elsewhere.id(), context(district))).status(),
                "a merge of persons elsewhere");
        assertEquals(List.of(merge.id()), registry.undone);
        resource.undo(elsewhere.id(), as(Role.SYSTEM_ADMINISTRATOR, Scope.region()));
        assertEquals(List.of(merge.id(), elsewhere.id()), registry.undone, "the whole region undoes any merge");
    }

    @Test
    void anAuthorityUndoesAMergeOfItsPersonsWhoeverMadeIt() {
        Merge byRegion = resource.merge(1, new DuplicateResource.MergeRequest(2L), as(Role.SYSTEM_ADMINISTRATOR, Scope.region()));
        resource.undo(byRegion.id(), context(caller(Role.AUTHORITY_ADMINISTRATOR, DISTRICT)));
        assertEquals(List.of(byRegion.id()), registry.undone);
    }

    @Test
    void aScanNamesAMissingOrWrongDateAndAnswersThePairsWaitingInTheScope() {
        SecurityContext district = as(Role.AUTHORITY_ADMINISTRATOR, DISTRICT);
        ApiException missing = assertThrows(ApiException.class, () -> resource.scan(new DuplicateResource.ScanRequest(null,
                "2016-01-01"), district));
        assertEquals("bornFrom", missing.error().violations().get(0).field());
        assertEquals("bornFrom", assertThrows(ApiException.class, () -> resource.scan(null, district)).error().violations().get(0)
                .field());
        ApiException wrong = assertThrows(ApiException.class, () -> resource.scan(new DuplicateResource.ScanRequest("2015-01-01",
                "01.01.2016"), district));
        assertEquals("bornBefore", wrong.error().violations().get(0).field());
        assertEquals("01.01.2016", wrong.error().violations().get(0).value());
        ApiException backwards = assertThrows(ApiException.class, () -> resource.scan(new DuplicateResource.ScanRequest(
                "2016-01-01", "2016-01-01"), district));
        assertEquals("bornBefore", backwards.error().violations().get(0).field());
        assertTrue(registry.scans.isEmpty());

        DuplicateResource.ScanResult scanned = resource.scan(new DuplicateResource.ScanRequest("2015-01-01", "2016-01-01"), district);
        assertEquals(List.of(List.of(LocalDate.of(2015, 1, 1), LocalDate.of(2016, 1, 1))), registry.scans);
        assertEquals(2, scanned.waiting(), "the pairs of the district only");
        assertEquals(Access.Action.ADMINISTRATION, journal.get(0).action());
        assertEquals(4, resource.scan(new DuplicateResource.ScanRequest("2015-01-01", "2016-01-01"),
                as(Role.SYSTEM_ADMINISTRATOR, Scope.region())).waiting());
    }

    @Test
    void aPairIsDismissedInsideTheScopeOnly() {
        SecurityContext district = as(Role.AUTHORITY_ADMINISTRATOR, DISTRICT);
        assertEquals(404, assertThrows(ApiException.class, () -> resource.dismiss(new DuplicateResource.DismissRequest(2L, 3L),
                district)).status());
        assertEquals("secondId", assertThrows(ApiException.class, () -> resource.dismiss(new DuplicateResource.DismissRequest(2L,
                null), district)).error().violations().get(0).field());
        assertEquals("secondId", assertThrows(ApiException.class, () -> resource.dismiss(new DuplicateResource.DismissRequest(2L,
                2L), district)).error().violations().get(0).field());
        assertTrue(registry.dismissed.isEmpty());
        journal.clear();

        resource.dismiss(new DuplicateResource.DismissRequest(2L, 1L), district);
        assertEquals(List.of(List.of(2L, 1L)), registry.dismissed);
        assertEquals(List.of(2L, 1L), single(Access.Action.CHANGE).personIds());
        assertEquals(List.of(List.of(1L, 5L)), resource.list(0, 10, null, district).items().stream()
                .map(p -> List.of(p.first().id(), p.second().id())).toList());
    }

    @Test
    void theWholeRegionLeavesAnUnknownPersonToTheRegistry() {
        assertThrows(NoSuchRecordException.class, () -> resource.merge(1, new DuplicateResource.MergeRequest(99L),
                as(Role.SYSTEM_ADMINISTRATOR, Scope.region())));
    }

    private Access single(Access.Action action) {
        List<Access> found = journal.stream().filter(a -> a.action() == action).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private static Caller caller(Role role, Scope scope) {
        String login = scope.wholeRegion() ? "admin" : "district.admin";
        return new Caller(1, login, login, role, scope, "127.0.0.1");
    }

    private static SecurityContext as(Role role, Scope scope) {
        return context(caller(role, scope));
    }

    static SecurityContext context(Caller caller) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return caller;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return "session";
            }
        };
    }

    /** Persons with the scopes they are inside, the pairs waiting, and what was merged, undone and dismissed. */
    private static final class FakeRegistry implements PersonIdentity, PersonQueries {
        private final Map<Long, PersonPortfolio> cards = new HashMap<>();
        private final Map<Long, Set<Scope>> scopes = new HashMap<>();
        private final List<DuplicateCandidate> pairs = new ArrayList<>();
        final List<List<Long>> merged = new ArrayList<>();
        final List<Long> undone = new ArrayList<>();
        final List<List<Long>> dismissed = new ArrayList<>();
        final List<List<LocalDate>> scans = new ArrayList<>();
        private final Map<Long, Merge> merges = new HashMap<>();
        Source lastSource;

        void person(long id, String surname, String name, String snils, Scope... inside) {
            cards.put(id, new PersonPortfolio(id, surname, name, null, LocalDate.of(2015, 5, 5), "F", snils, null, null, null, null,
                    null, null, List.of(new PersonPortfolio.Document("birth-certificate", "I-ТО", "6543" + id + "2", null, null)),
                    List.of(), List.of(), List.of(new PersonPortfolio.Membership(100 + id, 9200 + id, "СОШ № " + id,
                            "secondary-school", null, "learner", LocalDate.of(2025, 9, 1), null, null, null, null, null, null, "1А",
                            true)), TODAY));
            scopes.put(id, Set.of(inside));
        }

        void pair(long first, long second, int score, Reason... reasons) {
            pairs.add(new DuplicateCandidate(summary(first), summary(second), score, List.of(reasons)));
            pairs.sort(Comparator.comparingInt(DuplicateCandidate::score).reversed());
        }

        private PersonSummary summary(long id) {
            PersonPortfolio p = cards.get(id);
            return new PersonSummary(id, p.surname(), p.name(), p.patronymic(), p.birthDate(), p.sex(), null);
        }

        @Override
        public Optional<PersonPortfolio> person(long id, LocalDate asOf, Scope scope) {
            assertEquals(TODAY, asOf);
            PersonPortfolio card = cards.get(id);
            return card != null && (scope.wholeRegion() || scopes.get(id).contains(scope)) ? Optional.of(card) : Optional.empty();
        }

        @Override
        public Page<DuplicateCandidate> candidates(PageRequest page) {
            return candidates(page, Scope.region(), TODAY);
        }

        /** The pairs both of whose persons are inside the scope, sorted as the registry sorts them. */
        @Override
        public Page<DuplicateCandidate> candidates(PageRequest page, Scope scope, LocalDate asOf) {
            assertEquals(TODAY, asOf);
            List<DuplicateCandidate> visible = new ArrayList<>(pairs.stream()
                    .filter(p -> inside(p.first().id(), scope) && inside(p.second().id(), scope)).toList());
            if (page.sort() != null) {
                Comparator<DuplicateCandidate> order = switch (page.sortColumn()) {
                    case "score" -> Comparator.comparingInt(DuplicateCandidate::score);
                    case "name" -> Comparator.comparing((DuplicateCandidate c) -> c.first().surname());
                    default -> throw new IllegalArgumentException("sort " + page.sort());
                };
                visible.sort(page.descending() ? order.reversed() : order);
            }
            int from = Math.min(visible.size(), page.offset());
            int to = Math.min(visible.size(), page.offset() + page.limit());
            return new Page<>(visible.subList(from, to), visible.size(), page.offset(), page.limit());
        }

        private boolean inside(long id, Scope scope) {
            return scope.wholeRegion() || scopes.get(id).contains(scope);
        }

        @Override
        public long scan(LocalDate bornFrom, LocalDate bornBefore) {
            scans.add(List.of(bornFrom, bornBefore));
            return pairs.size();
        }

        @Override
        public void dismiss(long firstId, long secondId, Source source) {
            dismissed.add(List.of(firstId, secondId));
            pairs.removeIf(p -> Set.of(p.first().id(), p.second().id()).equals(Set.of(firstId, secondId)));
        }

        @Override
        public Merge merge(long keptId, long mergedId, Source source) {
            if (!cards.containsKey(keptId) || !cards.containsKey(mergedId)) {
                throw new NoSuchRecordException("person", cards.containsKey(keptId) ? mergedId : keptId);
            }
            lastSource = source;
            merged.add(List.of(keptId, mergedId));
            Merge merge = new Merge(500 + merges.size(), keptId, mergedId, OffsetDateTime.now(), Map.of("membership", 1), null);
            merges.put(merge.id(), merge);
            return merge;
        }

        @Override
        public Merge undo(long mergeId, Source source) {
            Merge merge = merges.get(mergeId);
            if (merge == null) {
                throw new NoSuchRecordException("merge", mergeId);
            }
            undone.add(mergeId);
            return new Merge(mergeId, merge.keptId(), merge.mergedId(), merge.mergedAt(), merge.moved(), OffsetDateTime.now());
        }

        @Override
        public Optional<Merge> findMerge(long mergeId) {
            return Optional.ofNullable(merges.get(mergeId));
        }

        @Override
        public Identification identify(IdentityKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DuplicateCandidate> duplicatesOf(long personId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Long> bySnils(String snils, Scope scope) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SearchPage<PersonMatch> search(PersonSearch criteria, PageRequest page, String after, Scope scope) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PortfolioSections sections(long personId, LocalDate asOf, Set<Permission> permissions) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<PersonSummary> learnersOf(long organizationId, LocalDate asOf, PageRequest page, Scope scope) {
            throw new UnsupportedOperationException();
        }
    }
}
