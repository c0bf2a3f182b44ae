package org.kontingent.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Loads a small demo region into the real registry schema on PostgreSQL and reads it back. */
class RegistryCopyLoaderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static EmbeddedPostgres postgres;
    private static RecordingSink expected;

    @BeforeAll
    static void loadRegion() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(migration("V1__registry_schema.sql"));
            s.execute(migration("V2__dictionaries.sql"));
        }
        expected = new RecordingSink();
        new DemoRegionGenerator(new RussianNames(), RegionTerritory.altaiKrai(), 7, 4_000, TODAY).generate(expected);
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            assertTrue(RegistryCopyLoader.registryIsEmpty(c));
            try (RegistryCopyLoader loader = new RegistryCopyLoader(c)) {
                new DemoRegionGenerator(new RussianNames(), RegionTerritory.altaiKrai(), 7, 4_000, TODAY).generate(loader);
                loader.commit();
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static String migration(String name) throws Exception {
        try (InputStream in = RegistryCopyLoaderTest.class.getClassLoader().getResourceAsStream("db/migration/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
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
    void aFailedLoadLeavesNothingBehind() throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            RecordingSink region = new RecordingSink();
            new DemoRegionGenerator(new RussianNames(), RegionTerritory.altaiKrai(), 7, 300, TODAY).generate(region);
            RegistryCopyLoader loader = new RegistryCopyLoader(c);
            // the same territories again violate their primary key: the whole load is refused
            region.territories.forEach(t -> loader.territory(t.oktmo(), t.name(), t.kind(), t.parentOktmo()));
            assertThrows(IllegalStateException.class, loader::flush);
            loader.close();
        }
        assertEquals(expected.persons.size(), count("SELECT count(*) FROM registry.person"));
        assertEquals(expected.territories.size(), count("SELECT count(*) FROM registry.territory"));
    }
}
