package org.kontingent.extension.additional.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.registry.core.testing.EntryData.data;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.extension.support.EntryFields;
import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.identity.Merge;
import org.kontingent.registry.core.internal.JdbcPersonIdentity;
import org.kontingent.registry.core.internal.JdbcPersonQueries;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.RegistryServicesContract;

/**
 * The extension's services bound to the registry's own: a batch through
 * the registry's batches with a child, their membership in the centre and their programme
 * (attached to the membership of the same batch) and a refused entry alone; the person's
 * portfolio ({@code PersonQueries.sections}) carrying the section {@code additional}; a merge
 * through {@code PersonIdentity} moving the duplicate's rows, and its undo moving them back.
 */
class RegistryServicesTest extends RegistryServicesContract {
    private static final LocalDate NOW = LocalDate.now();

    RegistryServicesTest() {
        super(new AdditionalExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return AdditionalDatabase.start();
    }

    @Test
    void appliesABatchShowsThePortfolioAndMovesRowsOnAMergeAndBack() throws SQLException {
        LocalDate start = EntryFields.yearStart(EntryFields.yearOf(NOW));
        Batch batch = aNewLearner(person("Зайцева", "Алиса", "Игоревна", LocalDate.of(2015, 6, 6), "F"), 31, start,
                List.of(ofTheNewLearner("a-1", "programme", 31L, data("name", "Робототехника", "kind", "general-developmental",
                                "orientation", "technical", "startsOn", start.toString())),
                        ofTheNewLearner("a-2", "programme", 31L, data("name", "Шахматы", "kind", "pre-professional",
                                "orientation", "technical", "startsOn", start.toString())),
                        ofTheNewLearner("a-3", "course", 30L, data("programme", "a-1", "academicYear", EntryFields.yearOf(NOW),
                                "course", "Робототехника"))));
        assertEquals(List.of("PERSON p-1 CREATED", "MEMBERSHIP ms-1 CREATED", "EXTENSION a-1 CREATED",
                "EXTENSION a-2 REFUSED orientation orientation.kind",
                "EXTENSION a-3 CREATED notice additional.no-learner-membership notice additional.unknown-programme"),
                appliedTwice(batch, Source.provider("navigator", "Навигатор дополнительного образования")));
        assertEquals(List.of("t"), database.column("SELECT p.membership_id = m.id FROM additional.programme p"
                + " JOIN registry.membership m ON m.person_id = p.person_id WHERE p.key = 'a-1'"),
                "attached to the membership made in the same batch");
        long child = database.count("SELECT person_id FROM additional.programme WHERE key = 'a-1'");

        JdbcPersonQueries queries = queries(new AdditionalPortfolio(database.dataSource()));
        assertEquals(List.of("additional"), List.copyOf(queries.sections(child, NOW).keySet()));
        assertTrue(queries.sections(child, NOW).get("additional").toString().contains("Робототехника"));
        assertEquals(Map.of(), queries.sections(3004, NOW), "nothing about a pupil: no section");

        ExtensionEntry duplicates = new ExtensionEntry(9, "r-1", "programme", 3003, 30L, Entries.programme(), NOW);
        JdbcPersonIdentity identity = identity(new AdditionalMerge());
        Merge merge = assertAMergeMovesTheRow(identity, AdditionalMerge.TABLES, 3000, duplicates);
        assertItsUndoMovesItBack(identity, merge, duplicates);
    }
}
