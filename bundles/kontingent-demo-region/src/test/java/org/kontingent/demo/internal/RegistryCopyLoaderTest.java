package org.kontingent.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.identity.DuplicateCandidate;
import org.kontingent.registry.api.query.PageRequest;
import org.kontingent.registry.core.internal.JdbcPersonIdentity;
import org.kontingent.registry.core.testing.RegistryDatabase;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Loads a small demo region into the real registry schema on PostgreSQL and reads it back. */
class RegistryCopyLoaderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static EmbeddedPostgres postgres;
    private static RecordingSink expected;
    private static List<String> migratedSchema;
    /** For the large tables right after the load: their pages, and how many are marked all-visible. */
    private static final Map<String, long[]> pagesAfterLoad = new HashMap<>();

    @BeforeAll
    static void loadRegion() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            RegistryDatabase.migrate(c);
        }
        migratedSchema = indexesAndConstraints(postgres.getPostgresDatabase());
        expected = new RecordingSink();
        new DemoRegionGenerator(new RussianNames(), RegionTerritory.altaiKrai(), 7, 4_000, TODAY).generate(expected);
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            assertTrue(RegistryCopyLoader.registryIsEmpty(c));
            try (RegistryCopyLoader loader = new RegistryCopyLoader(c)) {
                new DemoRegionGenerator(new RussianNames(), RegionTerritory.altaiKrai(), 7, 4_000, TODAY).generate(loader);
                loader.commit();
            }
        }
        for (String table : new String[] {"person", "membership", "class_placement"}) {
            pagesAfterLoad.put(table, new long[] {
                count("SELECT relpages FROM pg_class WHERE oid = 'registry." + table + "'::regclass"),
                count("SELECT relallvisible FROM pg_class WHERE oid = 'registry." + table + "'::regclass")});
        }
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    /** Every index and constraint of the registry schema, as PostgreSQL would recreate it. */
    private static List<String> indexesAndConstraints(DataSource database) throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT indexrelid::regclass || ': ' || pg_get_indexdef(indexrelid) FROM pg_index"
                     + " WHERE indrelid::regclass::text LIKE 'registry.%' UNION ALL"
                     + " SELECT conrelid::regclass || '.' || conname || ': ' || pg_get_constraintdef(oid) || ' ' || convalidated"
                     + " FROM pg_constraint WHERE conrelid::regclass::text LIKE 'registry.%' ORDER BY 1")) {
            while (rs.next()) {
                definitions.add(rs.getString(1));
            }
        }
        return definitions;
    }

    private static long count(String sql) throws SQLException {
        return count(postgres.getPostgresDatabase(), sql);
    }

    private static long count(DataSource database, String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void everyGeneratedRowIsInTheRegistry() throws SQLException {
        assertEquals(expected.territories.size(), count("SELECT count(*) FROM registry.territory"));
        assertEquals(expected.authorities.size(), count("SELECT count(*) FROM registry.authority"));
        assertEquals(expected.organizations.size(), count("SELECT count(*) FROM registry.organization"));
        assertEquals(expected.classes.size(), count("SELECT count(*) FROM registry.class_group"));
        assertEquals(expected.persons.size(), count("SELECT count(*) FROM registry.person"));
        assertEquals(expected.documents.size(), count("SELECT count(*) FROM registry.identity_document"));
        assertEquals(expected.representatives.size(), count("SELECT count(*) FROM registry.representative"));
        assertEquals(expected.memberships.size(), count("SELECT count(*) FROM registry.membership"));
        assertEquals(expected.placements.size(), count("SELECT count(*) FROM registry.class_placement"));
        assertFalse(RegistryCopyLoader.registryIsEmpty(postgres.getPostgresDatabase().getConnection()));
    }

    @Test
    void theAuthorityTreeReachesEveryOrganization() throws SQLException {
        long ministry = count("SELECT id FROM registry.authority WHERE parent_id IS NULL");
        assertEquals(count("SELECT count(*) FROM registry.organization"), count("SELECT count(*) FROM registry.organization o"
                + " JOIN registry.authority_closure c ON c.descendant_id = o.authority_id WHERE c.ancestor_id = " + ministry));
    }

    @Test
    void theScopeTableIsFilledOnceAsItsTriggersWouldHaveKeptIt() throws SQLException {
        long rows = count("SELECT count(*) FROM registry.person_scope");
        assertTrue(rows > expected.persons.size() / 10, rows + " rows");
        assertEquals(0, count("SELECT count(*) FROM (SELECT * FROM registry.person_scope_rows(NULL)"
                + " EXCEPT SELECT * FROM registry.person_scope) missing"));
        assertEquals(rows, count("SELECT count(*) FROM registry.person_scope_rows(NULL)"));
    }

    @Test
    void theLearnerPeriodsAndTheirCountsAreFilledOnceForEveryLearnerMembership() throws SQLException {
        long learners = count("SELECT count(*) FROM registry.membership WHERE role = 'learner'");
        assertTrue(learners > 4_000, learners + " learner memberships");
        assertEquals(learners, count("SELECT count(*) FROM registry.learner_period"));
        assertEquals(learners, count("SELECT sum(learners) FROM registry.learner_count"));
        assertEquals(learners, count("SELECT sum(arrivals) FROM registry.arrival_count"));
        assertEquals(count("SELECT count(*) FROM registry.membership m"
                + " JOIN registry.organization_level ml ON ml.id = m.organization_id WHERE m.role = 'learner' AND EXISTS"
                + " (SELECT FROM registry.membership e JOIN registry.organization_level el ON el.id = e.organization_id"
                + " WHERE e.person_id = m.person_id AND e.role = 'learner' AND el.level = ml.level"
                + " AND (e.starts_on, e.id) < (m.starts_on, m.id))"),
                count("SELECT count(*) FROM registry.learner_period WHERE previous_membership_id IS NOT NULL"),
                "a period after an earlier one of the same person knows it");
        assertEquals(count("SELECT count(DISTINCT membership_id) FROM registry.class_placement"),
                count("SELECT count(*) FROM registry.learner_period WHERE first_class_group_id IS NOT NULL"));
    }

    @Test
    void learnersAreCountedAsOfToday() throws SQLException {
        long current = count("SELECT count(DISTINCT m.person_id) FROM registry.membership m"
                + " JOIN registry.organization o ON o.id = m.organization_id"
                + " WHERE o.education_level <> 'additional' AND m.starts_on <= DATE '2026-11-23'"
                + " AND (m.ends_on IS NULL OR DATE '2026-11-23' < m.ends_on)");
        assertTrue(current > 3_800 && current <= 4_000, "current learners " + current);
    }

    @Test
    void newRowsGetIdsAfterTheLoadedOnes() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try (ResultSet rs = s.executeQuery("INSERT INTO registry.person (surname, name, surname_norm, name_norm)"
                    + " VALUES ('Новикова', 'Ольга', 'НОВИКОВА', 'ОЛЬГА') RETURNING id")) {
                rs.next();
                assertEquals(expected.persons.size() + 1L, rs.getLong(1));
            }
            c.rollback();
        }
    }

    @Test
    void theLoadedRowsAreVisibleToAllSoThatIndexesAreReadAlone() {
        assertTrue(pagesAfterLoad.values().stream().allMatch(pages -> pages[0] > 0), "every table has pages");
        pagesAfterLoad.forEach((table, pages) -> assertEquals(pages[0], pages[1], table + ": pages, and those all-visible"));
    }

    @Test
    void theLoadLeavesEveryIndexAndConstraintAsTheMigrationsMadeThem() throws SQLException {
        assertEquals(migratedSchema, indexesAndConstraints(postgres.getPostgresDatabase()));
    }

    @Test
    void theDuplicateSearchFindsEverySecondEntryOfALearner() {
        JdbcPersonIdentity identity = new JdbcPersonIdentity(postgres.getPostgresDatabase(), RegistryDatabase.schema());
        identity.scan(LocalDate.of(1990, 1, 1), TODAY);
        Set<Long> paired = new HashSet<>();
        long total = identity.candidates(PageRequest.first(10)).total();
        for (int offset = 0; offset < total; offset += 100) {
            for (DuplicateCandidate pair : identity.candidates(new PageRequest(offset, 100)).items()) {
                paired.add(pair.first().id());
                paired.add(pair.second().id());
            }
        }
        List<Long> twins = expected.persons.stream().filter(p -> p.snils() == null).map(DemoPerson::key).toList();

        assertTrue(twins.size() > 20, twins.size() + " second entries");
        assertTrue(total < twins.size() * 1.5, total + " pairs for " + twins.size() + " second entries: too many by chance");
        twins.forEach(twin -> assertTrue(paired.contains(twin), "second entry " + twin + " is not offered as a duplicate"));
    }

    @Test
    void aConstraintBrokenByTheLoadRefusesItWhenTheConstraintIsBuilt() throws Exception {
        DataSource fresh = freshRegistry("broken_constraint");
        try (Connection c = fresh.getConnection()) {
            DemoPerson first = expected.persons.get(0);
            RegistryCopyLoader loader = new RegistryCopyLoader(c);
            loader.person(new DemoPerson(10_000_000, "Дубль", "Первый", null, first.birthDate(), first.sex(), "11223344595"));
            loader.person(new DemoPerson(10_000_001, "Дубль", "Второй", null, first.birthDate(), first.sex(), "11223344595"));
            SQLException refused = assertThrows(SQLException.class, loader::commit);
            assertTrue(refused.getMessage().contains("person_snils_key"), refused.getMessage());
            loader.close();
        }
        assertEquals(0, count(fresh, "SELECT count(*) FROM registry.person"));
        assertEquals(migratedSchema, indexesAndConstraints(fresh));
    }

    @Test
    void aFailedLoadLeavesNothingBehind() throws Exception {
        DataSource fresh = freshRegistry("failed_load");
        try (Connection c = fresh.getConnection()) {
            RecordingSink region = new RecordingSink();
            new DemoRegionGenerator(new RussianNames(), RegionTerritory.altaiKrai(), 7, 300, TODAY).generate(region);
            RegistryCopyLoader loader = new RegistryCopyLoader(c);
            region.persons.forEach(loader::person);
            // the same territories twice violate their primary key: the whole load is refused
            region.territories.forEach(t -> loader.territory(t.oktmo(), t.name(), t.kind(), t.parentOktmo()));
            region.territories.forEach(t -> loader.territory(t.oktmo(), t.name(), t.kind(), t.parentOktmo()));
            assertThrows(IllegalStateException.class, loader::flush);
            loader.close();
        }
        assertEquals(0, count(fresh, "SELECT count(*) FROM registry.person"));
        assertEquals(0, count(fresh, "SELECT count(*) FROM registry.territory"));
        assertEquals(migratedSchema, indexesAndConstraints(fresh));
    }

    @Test
    void aRegistryThatHoldsPersonsIsNotLoadedInto() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            assertThrows(IllegalStateException.class, () -> new RegistryCopyLoader(c));
        }
    }

    /** A database of its own with the registry schema and nothing in it. */
    private static DataSource freshRegistry(String name) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        DataSource fresh = postgres.getDatabase("postgres", name);
        try (Connection c = fresh.getConnection()) {
            RegistryDatabase.migrate(c);
        }
        return fresh;
    }
}
