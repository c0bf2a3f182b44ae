package org.kontingent.registry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.query.PageRequest;
import org.kontingent.registry.api.query.PersonSearch;
import org.kontingent.registry.api.query.PersonSearch.Who;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The scope table for today, kept by triggers as memberships, representatives, names,
 * organizations and authorities change, and the search of an authority's scope that walks it.
 * On {@link SmallRegion}: authority 2 manages school 10, authority 3 kindergarten 11 and school
 * 12, the ministry 1 is above both.
 */
class PersonScopeTableTest {
    private EmbeddedPostgres postgres;
    private JdbcPersonQueries persons;

    @BeforeEach
    void region() throws Exception {
        postgres = SmallRegion.start();
        persons = new JdbcPersonQueries(postgres.getPostgresDatabase(), SmallRegion.SCHEMA);
    }

    @AfterEach
    void stop() throws Exception {
        postgres.close();
    }

    @Test
    void theTableHoldsEachPersonUnderEveryAuthorityAboveTheirOrganizationsButTheTop() throws SQLException {
        // 1000 in school 10 and his mother 1003; 1001 left school 10 in June 2026; 1002 in school 12; 1004 from September 2026
        assertEquals(List.of("2/1000", "2/1001", "2/1003", "2/1004", "3/1002"), rows(), "the ministry, at the top, has none");
    }

    @Test
    void searchesOfAnAuthorityTodayWalkTheTableAndFindWhatTheMembershipsSay() {
        LocalDate today = LocalDate.now();
        PersonSearch ivanovs = PersonSearch.everyone().withNames("Ив", null, null).within(Who.ALL, null, null, today);
        assertEquals(List.of(1000L, 1003L), ids(ivanovs, Scope.authority(2)));
        assertEquals(List.of(), ids(ivanovs, Scope.authority(3)));
        assertEquals(List.of(1000L, 1003L), ids(ivanovs, Scope.authority(1)));
        assertEquals(List.of(1000L), ids(ivanovs.withBirth(LocalDate.of(2015, 4, 2), null), Scope.authority(2)),
                "a criterion on the person's own row");
        assertEquals(List.of(1002L), ids(PersonSearch.everyone().within(Who.LEARNERS, null, null, today), Scope.authority(3)));
        PersonSearch typo = PersonSearch.everyone().withNames("Сидоф", null, null).within(Who.ALL, null, null, today);
        assertEquals(List.of(1002L), ids(typo, Scope.authority(3)), "one typo, within the scope");
        assertEquals(List.of(), ids(typo, Scope.authority(2)));
        assertEquals(2, persons.search(ivanovs, PageRequest.first(10), null, Scope.authority(2)).total());
    }

    @Test
    void membershipsRepresentativesAndNamesKeepTheTable() throws SQLException {
        sql("INSERT INTO registry.membership (person_id, organization_id, role, starts_on) VALUES (1002, 10, 'learner', '2026-09-01')");
        assertEquals(List.of("2/1002", "3/1002"), rows(1002));
        sql("UPDATE registry.membership SET ends_on = current_date - 400 WHERE person_id = 1002 AND organization_id = 12");
        assertEquals(List.of("2/1002"), rows(1002), "left more than a year ago");
        sql("DELETE FROM registry.membership WHERE person_id = 1002");
        assertEquals(List.of(), rows(1002));

        sql("INSERT INTO registry.representative (learner_id, representative_id, relationship_code) VALUES (1004, 1002, 'father')");
        assertEquals(List.of("2/1002"), rows(1002), "the father of a learner of school 10");
        sql("DELETE FROM registry.membership WHERE person_id = 1004");
        assertEquals(List.of(), rows(1002), "his child's membership is gone");

        sql("UPDATE registry.person SET surname_norm = 'ИВАНЕНКО' WHERE id = 1000");
        assertEquals(1, count("SELECT count(*) FROM registry.person_scope WHERE person_id = 1000 AND surname_norm = 'ИВАНЕНКО'"
                + " AND authority_id = 2"));
        sql("UPDATE registry.person SET merged_into = 1003 WHERE id = 1000");
        assertEquals(List.of(), rows(1000), "merged persons are not searched");
    }

    @Test
    void organizationsAndAuthoritiesMovedElsewhereTakeTheirPersonsAlong() throws SQLException {
        sql("UPDATE registry.organization SET authority_id = 2 WHERE id = 12");
        assertEquals(List.of("2/1002"), rows(1002));
        sql("INSERT INTO registry.authority (id, parent_id, full_name, level) VALUES (4, 1, 'Управление образования', 'municipal')");
        sql("UPDATE registry.authority SET parent_id = 4 WHERE id = 2");
        assertEquals(List.of("2/1002", "4/1002"), rows(1002));
        assertEquals(List.of("2/1000", "4/1000"), rows(1000));
    }

    @Test
    void theDailyRefreshMovesOutMembershipsThatEndedAYearAgo() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("SET kontingent.person_scope = 'deferred'");
            s.execute("UPDATE registry.membership SET ends_on = current_date - 366 WHERE person_id = 1001");
        }
        assertEquals(List.of("2/1001"), rows(1001), "as the triggers left it");
        sql(PersonScopeRefresh.REFRESH);
        assertEquals(List.of(), rows(1001));
    }

    private List<Long> ids(PersonSearch criteria, Scope scope) {
        return persons.search(criteria, PageRequest.first(10), null, scope).items().stream().map(m -> m.person().id())
                .sorted().toList();
    }

    private List<String> rows() throws SQLException {
        return strings("SELECT authority_id || '/' || person_id FROM registry.person_scope ORDER BY authority_id, person_id");
    }

    private List<String> rows(long person) throws SQLException {
        return strings("SELECT authority_id || '/' || person_id FROM registry.person_scope WHERE person_id = " + person
                + " ORDER BY authority_id");
    }

    private List<String> strings(String query) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery(query)) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }

    private long count(String query) throws SQLException {
        return Long.parseLong(strings(query).get(0));
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
