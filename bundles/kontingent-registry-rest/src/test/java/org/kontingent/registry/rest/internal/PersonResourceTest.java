package org.kontingent.registry.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.platform.api.security.Access;
import org.kontingent.platform.api.security.Caller;
import org.kontingent.platform.api.security.Permission;
import org.kontingent.platform.api.security.Role;
import org.kontingent.platform.api.security.Scope;
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
 * A person's card against a fake of the registry's person queries: the sections a caller's
 * permissions let them see, the health section only with READ_HEALTH, and the journal — the view
 * of the card and, on its own, each section shown under a permission.
 */
class PersonResourceTest {
    private static final long PERSON = 7;
    private final List<Access> journal = new ArrayList<>();
    private final FakePersons persons = new FakePersons();
    private final PersonResource resource = new PersonResource(persons, (caller, access) -> journal.add(access));

    private PersonCard card(Role role) {
        return resource.card(PERSON, "2026-11-23", DuplicateResourceTest.context(new Caller(1, "user", "user", role,
                Scope.authority(2), "127.0.0.1")));
    }

    @Test
    void anAuthorityAdministratorSeesTheHealthSectionAndItsReadIsJournaledOnItsOwn() {
        PersonCard card = card(Role.AUTHORITY_ADMINISTRATOR);

        assertEquals(List.of("general", "health"), List.copyOf(card.sections().keySet()));
        assertEquals(Map.of("healthGroup", 2, "peGroup", "basic"), card.sections().get("health"));
        assertEquals(Role.AUTHORITY_ADMINISTRATOR.permissions(), persons.asked.get(0), "asked with the caller's permissions");
        assertEquals(List.of(new Access(Access.Action.VIEW, "GET /api/v1/persons/7", List.of(PERSON), null),
                new Access(Access.Action.VIEW, "GET /api/v1/persons/7", List.of(PERSON), "section health shown (READ_HEALTH)")),
                journal);
    }

    @Test
    void anEmployeeGetsTheCardWithoutTheHealthSectionAndNoSuchEntry() {
        PersonCard card = card(Role.EMPLOYEE);

        assertEquals(List.of("general"), List.copyOf(card.sections().keySet()));
        assertEquals(Role.EMPLOYEE.permissions(), persons.asked.get(0));
        assertEquals(List.of(Access.view("GET /api/v1/persons/7", PERSON)), journal, "the card's view only");
        assertEquals("***-***-445 95", card.person().snils(), "an employee's card is masked as before");
    }

    @Test
    void aPersonOutsideTheScopeIsNotFoundAndNothingIsJournaled() {
        ApiException missing = assertThrows(ApiException.class, () -> resource.card(8, null, DuplicateResourceTest.context(
                new Caller(1, "user", "user", Role.SYSTEM_ADMINISTRATOR, Scope.region(), "127.0.0.1"))));
        assertEquals(404, missing.status());
        assertEquals(List.of(), journal);
        assertEquals(List.of(), persons.asked, "no section read");
    }

    /** Person 7 only, with the section general for everyone and health for READ_HEALTH. */
    private static final class FakePersons implements PersonQueries {
        final List<Set<Permission>> asked = new ArrayList<>();

        @Override
        public Optional<PersonPortfolio> person(long id, LocalDate asOf, Scope scope) {
            return id != PERSON ? Optional.empty() : Optional.of(new PersonPortfolio(id, "Здоровьева", "Анна", null,
                    LocalDate.of(2015, 5, 5), "F", "11223344595", null, null, null, null, null, null, List.of(), List.of(),
                    List.of(), List.of(), asOf));
        }

        @Override
        public PortfolioSections sections(long personId, LocalDate asOf, Set<Permission> permissions) {
            asked.add(Set.copyOf(permissions));
            Map<String, Map<String, Object>> shown = new LinkedHashMap<>();
            shown.put("general", Map.of("grade", 5));
            if (permissions.contains(Permission.READ_HEALTH)) {
                shown.put("health", Map.of("healthGroup", 2, "peGroup", "basic"));
                return new PortfolioSections(shown, Map.of("health", Permission.READ_HEALTH));
            }
            return new PortfolioSections(shown, Map.of());
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
        public Page<PersonSummary> learnersOf(long organizationId, LocalDate asOf, PageRequest page, Scope scope) {
            throw new UnsupportedOperationException();
        }
    }
}
