package org.kontingent.registry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.query.AuthoritySummary;
import org.kontingent.registry.api.query.OrganizationSearch;
import org.kontingent.registry.api.query.OrganizationSummary;
import org.kontingent.registry.api.query.PageRequest;
import org.kontingent.registry.api.query.PersonSearch;
import org.kontingent.registry.api.query.PersonSearch.Who;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Every read of the registry kept inside a scope, on {@link SmallRegion}: the Алейский district's
 * authority (2) manages school 10; Barnaul's (3) manages kindergarten 11 and school 12; the
 * ministry (1) is above both.
 */
class ScopeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Scope ALEYSK = Scope.authority(2);
    private static final Scope BARNAUL = Scope.authority(3);
    private static EmbeddedPostgres postgres;
    private static JdbcPersonQueries persons;
    private static JdbcRegistryQueries registry;

    @BeforeAll
    static void region() throws Exception {
        postgres = SmallRegion.start();
        persons = new JdbcPersonQueries(postgres.getPostgresDatabase(), SmallRegion.SCHEMA);
        registry = new JdbcRegistryQueries(postgres.getPostgresDatabase(), SmallRegion.SCHEMA);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void aCardIsFoundInsideTheScopeOnly() {
        assertTrue(persons.person(1000, TODAY, ALEYSK).isPresent(), "a learner of school 10");
        assertTrue(persons.person(1003, TODAY, ALEYSK).isPresent(), "the mother of a learner of school 10");
        assertTrue(persons.person(1002, TODAY, ALEYSK).isEmpty(), "a learner of Barnaul's school 12");
        assertTrue(persons.person(1002, TODAY, BARNAUL).isPresent());
        assertTrue(persons.person(1002, TODAY, Scope.authority(1)).isPresent(), "the ministry sees every district");
        assertTrue(persons.person(1002, TODAY, Scope.organization(12)).isPresent());
        assertTrue(persons.person(1000, TODAY, Scope.organization(12)).isEmpty());
        assertTrue(persons.person(1000, TODAY, Scope.provider(1)).isEmpty(), "a provider's scope holds no persons");
        assertTrue(persons.person(1004, TODAY, ALEYSK).isPresent(), "enrolled from a later day");
    }

    @Test
    void aLeaverStaysInScopeForAYear() {
        assertTrue(persons.person(1001, TODAY, ALEYSK).isPresent(), "graduated on 2026-06-26");
        assertTrue(persons.person(1001, LocalDate.of(2027, 6, 25), ALEYSK).isPresent(), "its last day was 2026-06-25");
        assertTrue(persons.person(1001, LocalDate.of(2027, 6, 26), ALEYSK).isEmpty());
        assertTrue(persons.person(1001, LocalDate.of(2027, 6, 26), Scope.region()).isPresent());
    }

    @Test
    void searchAndSnilsFindOnlyInsideTheScope() {
        PersonSearch ivanovs = PersonSearch.everyone().withNames("Ив", null, null).within(Who.ALL, null, null, TODAY);
        assertEquals(List.of(1000L, 1003L), ids(ivanovs, ALEYSK));
        assertEquals(List.of(), ids(ivanovs, BARNAUL));
        assertEquals(List.of(1002L), ids(PersonSearch.everyone().within(Who.LEARNERS, null, null, TODAY), BARNAUL));
        assertEquals(0, persons.search(ivanovs, PageRequest.first(10), null, BARNAUL).total());
        assertEquals(List.of(), ids(ivanovs, Scope.provider(1)));

        assertTrue(persons.bySnils("112-233-445 95", ALEYSK).isPresent());
        assertTrue(persons.bySnils("112-233-445 95", BARNAUL).isEmpty());
    }

    @Test
    void learnersOfAnOrganizationOutsideTheScopeAreNone() {
        assertEquals(1, persons.learnersOf(12, TODAY, PageRequest.first(10), BARNAUL).total());
        assertEquals(0, persons.learnersOf(12, TODAY, PageRequest.first(10), ALEYSK).total());
        assertEquals(List.of(), persons.learnersOf(12, TODAY, PageRequest.first(10), ALEYSK).items());
    }

    @Test
    void organizationsAndAuthoritiesInsideTheScope() {
        OrganizationSearch all = new OrganizationSearch(null, null, null, null, null, null, null);
        assertEquals(List.of(11L, 12L), registry.organizations(all, PageRequest.first(10), BARNAUL).items().stream()
                .map(OrganizationSummary::id).sorted().toList());
        assertEquals(List.of(10L), registry.organizations(all, PageRequest.first(10), Scope.organization(10)).items().stream()
                .map(OrganizationSummary::id).toList());
        assertEquals(0, registry.organizations(all, PageRequest.first(10), Scope.provider(1)).total());
        assertTrue(registry.organization(10, "2026-2027", TODAY, BARNAUL).isEmpty());
        assertTrue(registry.organization(10, "2026-2027", TODAY, ALEYSK).isPresent());

        assertEquals(List.of(2L), authorityIds(null, ALEYSK), "the top of a district's scope is its own authority");
        assertEquals(List.of(1L), authorityIds(null, Scope.region()));
        assertEquals(List.of(2L), authorityIds(1L, ALEYSK), "the ministry's subordinates inside the scope");
        assertEquals(List.of(), authorityIds(null, Scope.organization(10)));
        assertTrue(registry.authority(3, TODAY, ALEYSK).isEmpty());
        assertEquals(3, registry.authority(1, TODAY, Scope.authority(1)).orElseThrow().subordinateOrganizations());
    }

    @Test
    void coversTellsWhetherOneScopeLiesInsideAnother() {
        assertTrue(registry.covers(Scope.region(), Scope.organization(12)));
        assertTrue(registry.covers(Scope.region(), Scope.region()));
        assertFalse(registry.covers(Scope.region(), Scope.organization(999)), "no such organization");
        assertFalse(registry.covers(Scope.region(), Scope.authority(999)), "no such authority");
        assertTrue(registry.covers(Scope.authority(1), Scope.organization(12)));
        assertTrue(registry.covers(Scope.authority(1), BARNAUL));
        assertTrue(registry.covers(BARNAUL, BARNAUL));
        assertFalse(registry.covers(ALEYSK, Scope.organization(12)));
        assertFalse(registry.covers(ALEYSK, Scope.authority(1)), "not the authority above");
        assertFalse(registry.covers(ALEYSK, Scope.region()));
        assertTrue(registry.covers(Scope.organization(10), Scope.organization(10)));
        assertFalse(registry.covers(Scope.organization(10), Scope.organization(12)));
        assertFalse(registry.covers(Scope.organization(10), ALEYSK));
        assertTrue(registry.covers(Scope.provider(4), Scope.provider(4)));
        assertFalse(registry.covers(ALEYSK, Scope.provider(4)));
        assertTrue(registry.covers(Scope.region(), Scope.provider(4)), "providers are the region's administrators' to give");
    }

    private static List<Long> ids(PersonSearch criteria, Scope scope) {
        return persons.search(criteria, PageRequest.first(10), null, scope).items().stream().map(m -> m.person().id())
                .sorted().toList();
    }

    private static List<Long> authorityIds(Long parent, Scope scope) {
        return registry.authorities(parent, PageRequest.first(10), scope).items().stream().map(AuthoritySummary::id).toList();
    }
}
