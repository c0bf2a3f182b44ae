package org.kontingent.extension.portfolio.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.registry.core.testing.EntryData.data;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.identity.Merge;
import org.kontingent.registry.core.internal.JdbcPersonIdentity;
import org.kontingent.registry.core.internal.JdbcPersonQueries;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.RegistryServicesContract;

/**
 * The extension's services bound to the registry's own: a batch with a pupil, their membership at
 * the school and their olympiad and ГТО badge (attached to the membership of the same batch) and
 * a refused entry alone; the person's portfolio carrying the section {@code achievements}; a merge
 * moving the duplicate's rows, and its undo moving them back.
 */
class RegistryServicesTest extends RegistryServicesContract {
    private static final LocalDate NOW = LocalDate.now();

    RegistryServicesTest() {
        super(new PortfolioExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return PortfolioDatabase.start();
    }

    @Test
    void appliesABatchShowsThePortfolioAndMovesRowsOnAMergeAndBack() throws SQLException {
        Batch batch = aNewLearner(person("Зайцева", "Алиса", "Игоревна", LocalDate.of(2011, 6, 6), "F"), 10,
                NOW.minusDays(30), List.of(ofTheNewLearner("e-1", "event", 10L, data("name",
                                "Всероссийская олимпиада школьников по физике", "kind", "olympiad", "subject", "Физика",
                                "level", "school", "stage", "school", "startsOn", NOW.toString(), "result", "winner")),
                        ofTheNewLearner("e-2", "event", 10L, data("name", "Турнир", "kind", "competition", "level", "district",
                                "startsOn", NOW.toString())),
                        ofTheNewLearner("e-3", "achievement", 30L, data("kind", "gto-badge", "badge", "silver",
                                "awardedOn", NOW.toString()))));
        assertEquals(List.of("PERSON p-1 CREATED", "MEMBERSHIP ms-1 CREATED", "EXTENSION e-1 CREATED",
                "EXTENSION e-2 REFUSED level dictionary.event-level",
                "EXTENSION e-3 CREATED notice portfolio.no-learner-membership"),
                appliedTwice(batch, Source.provider("diary", "Электронный дневник")));
        assertEquals(List.of("t"), database.column("SELECT e.membership_id = m.id FROM portfolio.event e"
                + " JOIN registry.membership m ON m.person_id = e.person_id WHERE e.key = 'e-1'"),
                "attached to the membership made in the same batch");
        long pupil = database.count("SELECT person_id FROM portfolio.event WHERE key = 'e-1'");

        JdbcPersonQueries queries = queries(new PortfolioAchievements(database.dataSource()));
        Map<String, Map<String, Object>> sections = queries.sections(pupil, NOW);
        assertEquals(List.of("achievements"), List.copyOf(sections.keySet()));
        assertTrue(sections.get("achievements").toString().contains("Победитель"), sections.toString());
        assertTrue(sections.get("achievements").toString().contains("Серебряный знак отличия"), sections.toString());
        assertEquals(Map.of(), queries.sections(3001, NOW), "nothing about the child: no section");

        ExtensionEntry duplicates = new ExtensionEntry(9, "r-1", "event", 3004, 10L, Entries.olympiad(), NOW);
        JdbcPersonIdentity identity = identity(new PortfolioMerge());
        Merge merge = assertAMergeMovesTheRow(identity, PortfolioMerge.TABLES, 3000, duplicates);
        assertItsUndoMovesItBack(identity, merge, duplicates);
    }
}
