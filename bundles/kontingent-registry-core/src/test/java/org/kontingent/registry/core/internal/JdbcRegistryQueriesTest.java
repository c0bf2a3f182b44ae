package org.kontingent.registry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.extension.OrganizationSection;
import org.kontingent.registry.api.query.AuthorityPortfolio;
import org.kontingent.registry.api.query.AuthoritySummary;
import org.kontingent.registry.api.query.DictionaryEntry;
import org.kontingent.registry.api.query.OrganizationPortfolio;
import org.kontingent.registry.api.query.OrganizationSearch;
import org.kontingent.registry.api.query.OrganizationSummary;
import org.kontingent.registry.api.query.Page;
import org.kontingent.registry.api.query.PageRequest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The registry's queries on a real PostgreSQL with {@link SmallRegion}.
 */
class JdbcRegistryQueriesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static EmbeddedPostgres postgres;
    private static JdbcRegistryQueries registry;

    @BeforeAll
    static void region() throws Exception {
        postgres = SmallRegion.start();
        registry = new JdbcRegistryQueries(postgres.getPostgresDatabase(), SmallRegion.SCHEMA);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void listsSortByTheColumnAskedAndRefuseOthersNamingThem() {
        OrganizationSearch all = OrganizationSearch.all();
        assertEquals(List.of(10L, 12L, 11L), registry.organizations(all, new PageRequest(0, 10, "-type"), Scope.region())
                .items().stream().map(OrganizationSummary::id).toList(), "secondary-school, then kindergarten; id breaks the tie");
        assertEquals(List.of(10L, 11L, 12L), registry.organizations(all, new PageRequest(0, 10, "district"), Scope.region())
                .items().stream().map(OrganizationSummary::id).toList());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> registry.organizations(all, new PageRequest(0, 10, "inn; DROP TABLE x"), Scope.region()));
        assertTrue(refused.getMessage().contains("[district, level, name, settlement, type]"), refused.getMessage());
        assertEquals(List.of(3L, 2L), registry.authorities(1L, new PageRequest(0, 10, "-oktmo"), Scope.region()).items()
                .stream().map(AuthoritySummary::id).toList());
    }

    @Test
    void anOrganizationsSubjectsShowTheirMasterSubject() throws Exception {
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("INSERT INTO registry.organization_subject (organization_id, local_name, subject_code) VALUES"
                    + " (10, 'Русский язык и культура речи', 'russian-language'), (10, 'Краеведение', NULL)");
        }
        assertEquals(List.of(new OrganizationPortfolio.Subject("Русский язык и культура речи", "russian-language", "Русский язык"),
                new OrganizationPortfolio.Subject("Краеведение", null, null)),
                registry.organization(10, "2026-2027", TODAY, Scope.region()).orElseThrow().subjects());
    }

    @Test
    void anOrganizationsSectionsComeFromTheExtensionsPresentInsideTheScopeOnly() {
        OrganizationSection specialties = section("vocational", (id, day) -> Optional.of(Map.of("organization", id, "day", day)));
        OrganizationSection broken = section("additional", (id, day) -> {
            throw new IllegalStateException("the additional tables are gone");
        });
        registry.addSection(specialties);
        registry.addSection(broken);
        try {
            Map<String, Map<String, Object>> shown = registry.organizationSections(10, TODAY, Scope.authority(2)).orElseThrow();
            assertEquals(List.of("additional", "vocational"), List.copyOf(shown.keySet()));
            assertEquals(Map.of("organization", 10L, "day", TODAY), shown.get("vocational"));
            assertEquals(Map.of("unavailable", "the additional tables are gone"), shown.get("additional"));
            assertEquals(Optional.empty(), registry.organizationSections(10, TODAY, Scope.authority(3)),
                    "an organization of another district");
            registry.removeSection(broken);
            assertEquals(List.of("vocational"), List.copyOf(registry.organizationSections(10, TODAY, Scope.region()).orElseThrow()
                    .keySet()));
        } finally {
            registry.removeSection(specialties);
            registry.removeSection(broken);
        }
    }

    private static OrganizationSection section(String id, BiFunction<Long, LocalDate, Optional<Map<String, Object>>> content) {
        return new OrganizationSection() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Optional<Map<String, Object>> section(long organizationId, LocalDate asOf) {
                return content.apply(organizationId, asOf);
            }
        };
    }

    @Test
    void dictionariesAreListedAndReadInTheirOrder() {
        assertTrue(registry.dictionaries().containsAll(List.of("document-type", "subject", "leaving-reason")));
        assertEquals(List.of("birth-certificate", "passport", "foreign-document", "other"),
                registry.dictionary("document-type").stream().map(DictionaryEntry::code).toList());
        assertEquals(List.of(), registry.dictionary("no-such-dictionary"));
    }

    @Test
    void authoritiesAreListedLevelByLevelWithPaging() {
        Page<AuthoritySummary> top = registry.authorities(null, PageRequest.first(10), Scope.region());
        assertEquals(1, top.total());
        assertEquals("regional", top.items().get(0).level());

        Page<AuthoritySummary> districts = registry.authorities(1L, PageRequest.first(10), Scope.region());
        assertEquals(2, districts.total());
        assertEquals(List.of(3L, 2L), districts.items().stream().map(AuthoritySummary::id).toList());
        assertEquals(List.of(), registry.authorities(1L, new PageRequest(10, 10), Scope.region()).items());
    }

    @Test
    void anAuthorityCountsEverythingUnderItOnADay() {
        AuthorityPortfolio ministry = registry.authority(1, TODAY, Scope.region()).orElseThrow();
        assertEquals(2, ministry.subordinateAuthorities());
        assertEquals(3, ministry.subordinateOrganizations());
        assertEquals(3, ministry.learners());
        assertEquals("2225000000", ministry.requisites().inn());

        assertEquals(3, registry.authority(1, LocalDate.of(2026, 6, 1), Scope.region()).orElseThrow().learners());
        assertEquals(2, registry.authority(2, TODAY, Scope.region()).orElseThrow().learners());
        assertTrue(registry.authority(999, TODAY, Scope.region()).isEmpty());
    }

    @Test
    void organizationsAreFoundByEveryCriterion() {
        assertEquals(3, registry.organizations(OrganizationSearch.all(), PageRequest.first(10), Scope.region()).total());
        assertEquals(List.of(10L, 12L), ids(new OrganizationSearch("сош", null, null, null, null, null, null)));
        assertEquals(List.of(10L), ids(new OrganizationSearch(null, 2L, null, null, null, null, null)));
        assertEquals(List.of(11L, 12L), ids(new OrganizationSearch(null, 3L, null, null, null, null, null)));
        assertEquals(List.of(11L), ids(new OrganizationSearch(null, null, null, null, null, "preschool", null)));
        assertEquals(List.of(10L), ids(new OrganizationSearch(null, null, null, null, null, null, "01601")));
        assertEquals(List.of(11L, 12L), ids(new OrganizationSearch(null, null, "город Барнаул", null, null, null, null)));
        assertEquals(List.of(12L), ids(new OrganizationSearch("50_%", null, null, null, null, null, null)),
                "LIKE's own characters are taken literally");
        assertEquals(List.of(), ids(new OrganizationSearch("_", null, null, null, "kindergarten", null, null)));
    }

    @Test
    void anOrganizationsCardShowsItsClassesAndLearnersOnADay() {
        OrganizationPortfolio school = registry.organization(10, "2026-2027", TODAY, Scope.region()).orElseThrow();

        assertEquals("Алейская СОШ", school.organization().shortName());
        assertEquals(2L, school.authority().id());
        assertEquals("1022200000013", school.requisites().ogrn());
        assertEquals(List.of("Филиал в с. Кашино"), school.branches().stream().map(OrganizationPortfolio.Branch::name).toList());
        assertEquals(List.of("5А", "5Б"), school.classes().stream().map(OrganizationPortfolio.ClassSummary::name).toList());
        assertEquals(List.of(1L, 0L), school.classes().stream().map(OrganizationPortfolio.ClassSummary::learners).toList());
        assertEquals(2, school.learners());
        assertEquals(2, registry.organization(10, "2025-2026", LocalDate.of(2026, 3, 1), Scope.region()).orElseThrow().learners());
        assertTrue(registry.organization(999, "2026-2027", TODAY, Scope.region()).isEmpty());
    }

    private static List<Long> ids(OrganizationSearch search) {
        return registry.organizations(search, PageRequest.first(10), Scope.region()).items().stream().map(OrganizationSummary::id).toList();
    }
}
