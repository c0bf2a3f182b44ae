package org.kontingent.registry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Permission;
import org.kontingent.platform.api.security.Role;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.extension.PortfolioSection;
import org.kontingent.registry.api.query.Page;
import org.kontingent.registry.api.query.PageRequest;
import org.kontingent.registry.api.query.PersonPortfolio;
import org.kontingent.registry.api.query.PersonSearch;
import org.kontingent.registry.api.query.PersonSummary;
import org.kontingent.registry.api.query.PortfolioSections;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Persons by СНИЛС, as cards and as learners of an organization, on {@link SmallRegion}. */
class JdbcPersonQueriesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static EmbeddedPostgres postgres;
    private static JdbcPersonQueries persons;

    @BeforeAll
    static void region() throws Exception {
        postgres = SmallRegion.start();
        persons = new JdbcPersonQueries(postgres.getPostgresDatabase(), SmallRegion.SCHEMA);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void aPersonIsFoundByTheirSnilsWrittenAnyWay() {
        assertEquals(Optional.of(1000L), persons.bySnils("112-233-445 95", Scope.region()));
        assertEquals(Optional.of(1000L), persons.bySnils("11223344595", Scope.region()));
        assertEquals(Optional.empty(), persons.bySnils("112-233-445 96", Scope.region()), "a wrong check number finds nobody");
        assertEquals(Optional.empty(), persons.bySnils(null, Scope.region()));
    }

    @Test
    void aLearnersCardHasDocumentsRepresentativesAndMemberships() {
        PersonPortfolio learner = persons.person(1000, TODAY, Scope.region()).orElseThrow();

        assertEquals("Сергеевич", learner.patronymic());
        assertEquals("11223344595", learner.snils());
        assertEquals(List.of("birth-certificate"), learner.documents().stream().map(PersonPortfolio.Document::typeCode).toList());
        assertEquals(1, learner.representatives().size());
        assertEquals("mother", learner.representatives().get(0).relationshipCode());
        assertEquals("Иванова", learner.representatives().get(0).person().surname());
        PersonPortfolio.Membership school = learner.memberships().get(0);
        assertEquals("Алейская средняя общеобразовательная школа", school.organizationName().replaceAll("МБОУ «|»", ""));
        assertEquals("5А", school.currentClass());
        assertTrue(school.current());

        assertEquals("4А", persons.person(1000, LocalDate.of(2026, 3, 1), Scope.region()).orElseThrow().memberships().get(0).currentClass());
    }

    @Test
    void aParentsCardListsWhomTheyRepresent() {
        PersonPortfolio mother = persons.person(1003, TODAY, Scope.region()).orElseThrow();

        assertEquals(List.of("Иванов"), mother.represented().stream().map(r -> r.person().surname()).toList());
        assertEquals("***-***-445 95", mother.represented().get(0).person().maskedSnils());
        assertEquals(List.of(), mother.memberships());
        assertTrue(persons.person(999_999, TODAY, Scope.region()).isEmpty());
    }

    @Test
    void aGraduatesMembershipIsHistory() {
        PersonPortfolio.Membership graduated = persons.person(1001, TODAY, Scope.region()).orElseThrow().memberships().get(0);

        assertEquals("graduation", graduated.leavingReasonCode());
        assertEquals(LocalDate.of(2026, 6, 26), graduated.endsOn());
        assertTrue(!graduated.current());
    }

    @Test
    void learnersOfAnOrganizationOnADayInAlphabeticalOrder() {
        Page<PersonSummary> today = persons.learnersOf(10, TODAY, PageRequest.first(10), Scope.region());
        assertEquals(2, today.total());
        assertEquals(List.of("Абрамов", "Иванов"), today.items().stream().map(PersonSummary::surname).toList());
        assertEquals("***-***-445 95", today.items().get(1).maskedSnils());

        assertEquals(List.of("Иванов", "Петрова"), persons.learnersOf(10, LocalDate.of(2026, 3, 1), PageRequest.first(10), Scope.region())
                .items().stream().map(PersonSummary::surname).toList());
        assertEquals(List.of(), persons.learnersOf(10, TODAY, new PageRequest(10, 10), Scope.region()).items());
    }

    @Test
    void extensionsContributeSectionsWhileTheyAreThere() {
        PortfolioSection preschool = section("preschool", (id, day) -> id == 1000
                ? Optional.of(Map.of("group", "Старшая группа", "asOf", day)) : Optional.empty());
        PortfolioSection broken = section("grades", (id, day) -> {
            throw new IllegalStateException("the grades table is being migrated");
        });
        persons.addSection(preschool);
        persons.addSection(broken);
        try {
            Map<String, Map<String, Object>> sections = persons.sections(1000, TODAY);

            assertEquals(List.of("grades", "preschool"), List.copyOf(sections.keySet()));
            assertEquals("Старшая группа", sections.get("preschool").get("group"));
            assertEquals(TODAY, sections.get("preschool").get("asOf"));
            assertEquals(Map.of("unavailable", "the grades table is being migrated"), sections.get("grades"));
            assertEquals(List.of("grades"), List.copyOf(persons.sections(1001, TODAY).keySet()), "nothing about 1001");
        } finally {
            persons.removeSection(preschool);
            persons.removeSection(broken);
        }
        assertTrue(persons.sections(1000, TODAY).isEmpty(), "the extensions are gone");
    }

    @Test
    void aSectionNeedingAPermissionIsShownOnlyWithItAndNamedForTheJournal() {
        List<Long> read = new ArrayList<>();
        PortfolioSection health = section("health", (id, day) -> {
            read.add(id);
            return id == 1000 ? Optional.of(Map.of("healthGroup", 2)) : Optional.empty();
        }, Permission.READ_HEALTH);
        PortfolioSection preschool = section("preschool", (id, day) -> Optional.of(Map.of("group", "Старшая группа")));
        PortfolioSection failing = section("broken", (id, day) -> {
            throw new IllegalStateException("the table is being migrated");
        }, Permission.READ_HEALTH);
        persons.addSection(health);
        persons.addSection(preschool);
        persons.addSection(failing);
        try {
            PortfolioSections employee = persons.sections(1000, TODAY, Role.EMPLOYEE.permissions());
            assertEquals(List.of("preschool"), List.copyOf(employee.shown().keySet()));
            assertEquals(Map.of(), employee.restricted());
            assertEquals(List.of(), read, "a section the caller may not see is not even read");
            assertEquals(List.of("preschool"), List.copyOf(persons.sections(1000, TODAY).keySet()),
                    "without permissions: the sections everyone sees");

            PortfolioSections administrator = persons.sections(1000, TODAY, Role.AUTHORITY_ADMINISTRATOR.permissions());
            assertEquals(List.of("broken", "health", "preschool"), List.copyOf(administrator.shown().keySet()));
            assertEquals(Map.of("healthGroup", 2), administrator.shown().get("health"));
            assertEquals(Map.of("unavailable", "the table is being migrated"), administrator.shown().get("broken"));
            assertEquals(Map.of("health", Permission.READ_HEALTH), administrator.restricted(),
                    "the health section was shown (journaled); the broken one showed nothing of the person");
            assertEquals(List.of(1000L), read);

            PortfolioSections nothing = persons.sections(1001, TODAY, Role.SYSTEM_ADMINISTRATOR.permissions());
            assertEquals(List.of("broken", "preschool"), List.copyOf(nothing.shown().keySet()), "nothing about 1001's health");
            assertEquals(Map.of(), nothing.restricted());
        } finally {
            persons.removeSection(health);
            persons.removeSection(preschool);
            persons.removeSection(failing);
        }
    }

    private static PortfolioSection section(String id, BiFunction<Long, LocalDate, Optional<Map<String, Object>>> content) {
        return section(id, content, null);
    }

    private static PortfolioSection section(String id, BiFunction<Long, LocalDate, Optional<Map<String, Object>>> content,
            Permission requires) {
        return new PortfolioSection() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Optional<Map<String, Object>> section(long personId, LocalDate asOf) {
                return content.apply(personId, asOf);
            }

            @Override
            public Optional<Permission> requires() {
                return Optional.ofNullable(requires);
            }
        };
    }

    @Test
    void learnersSortByBirthDateOrSexAndASearchRefusesToSort() {
        assertEquals(List.of(1004L, 1000L), persons.learnersOf(10, TODAY, PageRequest.first(10), Scope.region()).items()
                .stream().map(PersonSummary::id).toList(), "by name: Абрамов, Иванов");
        assertEquals(List.of(1000L, 1004L), persons.learnersOf(10, TODAY, new PageRequest(0, 10, "-birthDate"), Scope.region())
                .items().stream().map(PersonSummary::id).toList());
        assertThrows(IllegalArgumentException.class,
                () -> persons.learnersOf(10, TODAY, new PageRequest(0, 10, "snils"), Scope.region()));
        assertThrows(IllegalArgumentException.class, () -> persons.search(PersonSearch.everyone(),
                new PageRequest(0, 10, "name"), null, Scope.region()));
    }
}
