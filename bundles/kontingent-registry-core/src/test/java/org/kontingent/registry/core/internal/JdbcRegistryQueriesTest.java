package org.kontingent.registry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.database.MigratedSchema;
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
 * The registry's queries on a real PostgreSQL with a small region: a ministry over two district
 * authorities, three organizations, classes, and learners who came, stay and left.
 */
class JdbcRegistryQueriesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static EmbeddedPostgres postgres;
    private static JdbcRegistryQueries registry;

    @BeforeAll
    static void region() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(resource("db/migration/V1__registry_schema.sql"));
            s.execute(resource("db/migration/V2__dictionaries.sql"));
            s.execute("""
                    INSERT INTO registry.territory (oktmo, name) VALUES ('01000000', 'Алтайский край');
                    INSERT INTO registry.territory (oktmo, name, parent_oktmo) VALUES
                        ('01601000', 'Алейский муниципальный район', '01000000'),
                        ('01601402', 'Алейский сельсовет', '01601000'),
                        ('01701000', 'город Барнаул', '01000000');
                    INSERT INTO registry.authority (id, parent_id, full_name, level, oktmo, inn) VALUES
                        (1, NULL, 'Министерство образования и науки Алтайского края', 'regional', '01000000', '2225000000'),
                        (2, 1, 'Управление образования Алейского района', 'municipal', '01601000', NULL),
                        (3, 1, 'Комитет по образованию города Барнаула', 'municipal', '01701000', NULL);
                    INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, education_level,
                            oktmo, district, settlement, inn, kpp, ogrn) VALUES
                        (10, 2, 'МБОУ «Алейская средняя общеобразовательная школа»', 'Алейская СОШ', 'secondary-school',
                            'general', '01601402', 'Алейский муниципальный район', 'Алейский сельсовет', '2201000015', '220101001', '1022200000013'),
                        (11, 3, 'МБДОУ «Детский сад № 5»', 'Детский сад № 5', 'kindergarten', 'preschool', '01701000',
                            'город Барнаул', 'город Барнаул', NULL, NULL, NULL),
                        (12, 3, 'МБОУ «Средняя общеобразовательная школа № 50_%»', 'СОШ № 50', 'secondary-school', 'general',
                            '01701000', 'город Барнаул', 'город Барнаул', NULL, NULL, NULL);
                    INSERT INTO registry.organization_branch (organization_id, name, address) VALUES
                        (10, 'Филиал в с. Кашино', 'с. Кашино, ул. Школьная, 1');
                    INSERT INTO registry.academic_year VALUES ('2025-2026', '2025-09-01', '2026-09-01'),
                                                             ('2026-2027', '2026-09-01', '2027-09-01');
                    INSERT INTO registry.class_group (id, organization_id, academic_year, name, grade, capacity) VALUES
                        (100, 10, '2026-2027', '5А', 5, 25), (101, 10, '2026-2027', '5Б', 5, 25), (102, 10, '2025-2026', '4А', 4, 25);
                    INSERT INTO registry.person (id, surname, name, surname_norm, name_norm) VALUES
                        (1000, 'Иванов', 'Пётр', 'ИВАНОВ', 'ПЕТР'), (1001, 'Петрова', 'Анна', 'ПЕТРОВА', 'АННА'),
                        (1002, 'Сидоров', 'Илья', 'СИДОРОВ', 'ИЛЬЯ');
                    INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on, leaving_reason_code) VALUES
                        (5000, 1000, 10, 'learner', '2022-09-01', NULL, NULL),
                        (5001, 1001, 10, 'learner', '2016-09-01', '2026-06-26', 'graduation'),
                        (5002, 1002, 12, 'learner', '2025-09-01', NULL, NULL);
                    INSERT INTO registry.class_placement (membership_id, class_group_id, starts_on, ends_on) VALUES
                        (5000, 102, '2025-09-01', '2026-09-01'), (5000, 100, '2026-09-01', NULL);
                    """);
        }
        MigratedSchema schema = new MigratedSchema() {
            @Override
            public String owner() {
                return "kontingent-registry-core";
            }

            @Override
            public int version() {
                return 2;
            }
        };
        registry = new JdbcRegistryQueries(postgres.getPostgresDatabase(), schema);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = JdbcRegistryQueriesTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
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
        Page<AuthoritySummary> top = registry.authorities(null, PageRequest.first(10));
        assertEquals(1, top.total());
        assertEquals("regional", top.items().get(0).level());

        Page<AuthoritySummary> districts = registry.authorities(1L, PageRequest.first(10));
        assertEquals(2, districts.total());
        assertEquals(List.of(3L, 2L), districts.items().stream().map(AuthoritySummary::id).toList());
        assertEquals(List.of(), registry.authorities(1L, new PageRequest(10, 10)).items());
    }

    @Test
    void anAuthorityCountsEverythingUnderItOnADay() {
        AuthorityPortfolio ministry = registry.authority(1, TODAY).orElseThrow();
        assertEquals(2, ministry.subordinateAuthorities());
        assertEquals(3, ministry.subordinateOrganizations());
        assertEquals(2, ministry.learners());
        assertEquals("2225000000", ministry.requisites().inn());

        assertEquals(3, registry.authority(1, LocalDate.of(2026, 6, 1)).orElseThrow().learners());
        assertEquals(1, registry.authority(2, TODAY).orElseThrow().learners());
        assertTrue(registry.authority(999, TODAY).isEmpty());
    }

    @Test
    void organizationsAreFoundByEveryCriterion() {
        assertEquals(3, registry.organizations(OrganizationSearch.all(), PageRequest.first(10)).total());
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
        OrganizationPortfolio school = registry.organization(10, "2026-2027", TODAY).orElseThrow();

        assertEquals("Алейская СОШ", school.organization().shortName());
        assertEquals(2L, school.authority().id());
        assertEquals("1022200000013", school.requisites().ogrn());
        assertEquals(List.of("Филиал в с. Кашино"), school.branches().stream().map(OrganizationPortfolio.Branch::name).toList());
        assertEquals(List.of("5А", "5Б"), school.classes().stream().map(OrganizationPortfolio.ClassSummary::name).toList());
        assertEquals(List.of(1L, 0L), school.classes().stream().map(OrganizationPortfolio.ClassSummary::learners).toList());
        assertEquals(1, school.learners());
        assertEquals(2, registry.organization(10, "2025-2026", LocalDate.of(2026, 3, 1)).orElseThrow().learners());
        assertTrue(registry.organization(999, "2026-2027", TODAY).isEmpty());
    }

    private static List<Long> ids(OrganizationSearch search) {
        return registry.organizations(search, PageRequest.first(10)).items().stream().map(OrganizationSummary::id).toList();
    }
}
