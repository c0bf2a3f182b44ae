package org.kontingent.registry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.admin.LocalSubject;
import org.kontingent.registry.api.admin.MasterSubject;
import org.kontingent.registry.api.admin.SubjectSearch;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.command.NoSuchRecordException;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.query.PageRequest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The subject dictionary, the mapping of organizations' subject names and the subordination of
 * organizations and authorities, on {@link SmallRegion} (ministry 1 over Алейский district 2 with
 * school 10, and Barnaul 3 with kindergarten 11 and school 12), each write kept inside the scope.
 */
class RegistryAdministrationTest {
    private static final Source ADMIN = Source.user("admin");
    private static final Scope ALEYSK = Scope.authority(2);
    private static final Scope BARNAUL = Scope.authority(3);
    private EmbeddedPostgres postgres;
    private JdbcRegistryAdministration administration;
    private JdbcPersonQueries persons;

    @BeforeEach
    void region() throws Exception {
        postgres = SmallRegion.start("""
                INSERT INTO registry.organization_subject (organization_id, local_name, subject_code) VALUES
                    (10, 'Математика', 'mathematics'), (10, 'Алгебра и начала анализа', NULL), (10, 'Физ-ра', NULL),
                    (12, 'Физ-ра', NULL), (12, 'Математика', NULL), (11, 'Развитие речи', NULL);
                """);
        administration = new JdbcRegistryAdministration(postgres.getPostgresDatabase());
        persons = new JdbcPersonQueries(postgres.getPostgresDatabase(), SmallRegion.SCHEMA);
    }

    @AfterEach
    void stop() throws Exception {
        postgres.close();
    }

    @Test
    void theNamesOfTheScopeAreListedByNameAndMapping() {
        List<LocalSubject> region = administration.localSubjects(SubjectSearch.all(), PageRequest.first(10), Scope.region()).items();
        assertEquals(List.of(
                new LocalSubject("Алгебра и начала анализа", null, null, 1),
                new LocalSubject("Математика", null, null, 1),
                new LocalSubject("Математика", "mathematics", "Математика", 1),
                new LocalSubject("Развитие речи", null, null, 1),
                new LocalSubject("Физ-ра", null, null, 2)), region);
        assertEquals(List.of("Физ-ра", "Алгебра и начала анализа", "Математика", "Развитие речи"), administration.localSubjects(
                new SubjectSearch(null, false, null, null), new PageRequest(0, 10, "-organizations"), Scope.region()).items()
                .stream().map(LocalSubject::localName).toList());
        assertEquals(List.of("Математика", "Развитие речи", "Физ-ра"), administration.localSubjects(SubjectSearch.all(),
                PageRequest.first(10), BARNAUL).items().stream().map(LocalSubject::localName).toList());
        assertEquals(1, administration.localSubjects(new SubjectSearch("ФИЗ", null, 12L, null), PageRequest.first(10),
                Scope.region()).total());
        assertEquals(0, administration.localSubjects(new SubjectSearch(null, null, 12L, null), PageRequest.first(10),
                ALEYSK).total(), "another district's school is not in the scope");
        assertThrows(IllegalArgumentException.class, () -> administration.localSubjects(SubjectSearch.all(),
                new PageRequest(0, 10, "kpp"), Scope.region()));
    }

    @Test
    void aNameIsMappedInTheOrganizationsOfTheScopeOnly() throws SQLException {
        assertEquals(1, administration.mapSubject("Физ-ра", null, "physical-education", ALEYSK, ADMIN));
        assertEquals("physical-education", mapping(10, "Физ-ра"));
        assertEquals(null, mapping(12, "Физ-ра"), "Barnaul's school is outside the district's scope");

        assertEquals(1, administration.mapSubject("Физ-ра", null, "physical-education", Scope.region(), ADMIN),
                "only the name still mapped otherwise is changed");
        assertEquals("physical-education", mapping(12, "Физ-ра"));
        assertEquals(1, administration.mapSubject("Физ-ра", 12L, null, BARNAUL, ADMIN), "unmapped in one organization");
        assertEquals(null, mapping(12, "Физ-ра"));

        InvalidRecordException unknown = assertThrows(InvalidRecordException.class,
                () -> administration.mapSubject("Физ-ра", null, "gym", Scope.region(), ADMIN));
        assertEquals("subjectCode", unknown.violations().get(0).field());
        assertThrows(NoSuchRecordException.class, () -> administration.mapSubject("Физ-ра", 12L, null, ALEYSK, ADMIN));
        assertThrows(NoSuchRecordException.class, () -> administration.mapSubject("Химия", 10L, "chemistry", ALEYSK, ADMIN));
    }

    @Test
    void theRegionKeepsTheMasterDictionary() {
        MasterSubject added = administration.putMasterSubject("native-history", "История родного края", null, Scope.region(), ADMIN);
        List<MasterSubject> subjects = administration.masterSubjects(Scope.region());
        assertEquals(added, subjects.get(subjects.size() - 1), "a new subject goes last");
        assertTrue(added.sortOrder() > subjects.get(subjects.size() - 2).sortOrder());

        MasterSubject renamed = administration.putMasterSubject("native-history", "История Алтая", 5, Scope.region(), ADMIN);
        assertEquals(new MasterSubject("native-history", "История Алтая", 5, 0, 0), renamed);
        assertEquals("native-history", administration.masterSubjects(Scope.region()).get(0).code());

        MasterSubject mathematics = administration.masterSubjects(Scope.region()).stream()
                .filter(s -> s.code().equals("mathematics")).findFirst().orElseThrow();
        assertEquals(1, mathematics.localNames());
        assertEquals(0, administration.masterSubjects(BARNAUL).stream().filter(s -> s.code().equals("mathematics"))
                .findFirst().orElseThrow().organizations(), "the mapped name is of the other district");

        InvalidRecordException wrong = assertThrows(InvalidRecordException.class,
                () -> administration.putMasterSubject("Native History", " ", null, Scope.region(), ADMIN));
        assertEquals(List.of("code", "name"), wrong.violations().stream().map(v -> v.field()).toList());
        assertThrows(SecurityException.class, () -> administration.putMasterSubject("drawing", "Черчение", null, ALEYSK, ADMIN));
    }

    @Test
    void anOrganizationMovedToAnotherAuthorityTakesItsLearnersIntoThatScope() throws SQLException {
        LocalDate today = LocalDate.now();
        assertTrue(persons.person(1002, today, ALEYSK).isEmpty());
        administration.subordinateOrganization(12, 2, Scope.authority(1), ADMIN);
        assertTrue(persons.person(1002, today, ALEYSK).isPresent(), "school 12's learner is now the district's");
        assertTrue(persons.person(1002, today, BARNAUL).isEmpty());
        assertEquals("{\"authority_id\": 3}|{\"authority_id\": 2}", journaled("organization", 12));

        assertThrows(NoSuchRecordException.class, () -> administration.subordinateOrganization(11, 2, BARNAUL, ADMIN),
                "the district's authority is outside Barnaul's scope");
        assertThrows(NoSuchRecordException.class, () -> administration.subordinateOrganization(10, 3, BARNAUL, ADMIN),
                "school 10 is outside Barnaul's scope");
    }

    @Test
    void anAuthorityIsMovedWithinTheScopeAndNeverUnderItself() throws SQLException {
        administration.subordinateAuthority(3, 2L, Scope.region(), ADMIN);
        assertTrue(persons.person(1002, LocalDate.now(), ALEYSK).isPresent(), "Barnaul is under the district now");
        assertEquals("{\"parent_id\": 1}|{\"parent_id\": 2}", journaled("authority", 3));

        InvalidRecordException cycle = assertThrows(InvalidRecordException.class,
                () -> administration.subordinateAuthority(2, 3L, Scope.region(), ADMIN));
        assertEquals("authority.cycle", cycle.violations().get(0).rule());
        assertThrows(InvalidRecordException.class, () -> administration.subordinateAuthority(2, 2L, Scope.region(), ADMIN));
        assertThrows(NoSuchRecordException.class, () -> administration.subordinateAuthority(2, 1L, ALEYSK, ADMIN),
                "an authority's administrator cannot move their own authority");
        assertThrows(NoSuchRecordException.class, () -> administration.subordinateAuthority(3, null, ALEYSK, ADMIN),
                "only the region places an authority at the top");
        administration.subordinateAuthority(3, null, Scope.region(), ADMIN);
        assertTrue(persons.person(1002, LocalDate.now(), Scope.authority(1)).isEmpty(), "Barnaul is no longer under the ministry");
    }

    private String mapping(long organization, String name) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT subject_code FROM registry.organization_subject WHERE organization_id = "
                        + organization + " AND local_name = '" + name + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The last change of a record: the before and after of the column that moved. */
    private String journaled(String entity, long id) throws SQLException {
        String column = entity.equals("organization") ? "authority_id" : "parent_id";
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT jsonb_build_object('" + column + "', before -> '" + column + "')::text || '|' ||"
                        + " jsonb_build_object('" + column + "', after -> '" + column + "')::text FROM registry.change"
                        + " WHERE entity = '" + entity + "' AND entity_id = " + id + " AND action = 'update' ORDER BY id DESC LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
