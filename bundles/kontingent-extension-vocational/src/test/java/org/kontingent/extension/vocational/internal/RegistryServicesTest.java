package org.kontingent.extension.vocational.internal;

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
 * the registry's batches with a student, their membership and their programme (attached to
 * the membership of the same batch) and a refused entry alone; the person's portfolio
 * ({@code PersonQueries.sections}) carrying the section {@code vocational}; a merge through
 * {@code PersonIdentity} moving the duplicate's rows, and its undo moving them back.
 */
class RegistryServicesTest extends RegistryServicesContract {
    private static final LocalDate NOW = LocalDate.now();

    RegistryServicesTest() {
        super(new VocationalExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return VocationalDatabase.start();
    }

    @Test
    void appliesABatchShowsThePortfolioAndMovesRowsOnAMergeAndBack() throws SQLException {
        String year = EntryFields.yearOf(NOW);
        Batch batch = aNewLearner(person("Зайцев", "Олег", "Игоревич", LocalDate.of(2008, 6, 6), "M"), 20,
                EntryFields.yearStart(year), List.of(ofTheNewLearner("v-1", "programme", 20L, data("kind",
                                "mid-level-specialists", "specialty", "09.02.03", "academicYear", year, "course", 1)),
                        ofTheNewLearner("v-2", "mark", 20L, data("academicYear", year, "discipline", "Математика",
                                "mark", "6")),
                        ofTheNewLearner("v-3", "employment", 21L, Map.of("individualPlan", true))));
        assertEquals(List.of("PERSON p-1 CREATED", "MEMBERSHIP ms-1 CREATED", "EXTENSION v-1 CREATED",
                "EXTENSION v-2 REFUSED mark mark.value", "EXTENSION v-3 CREATED notice vocational.no-learner-membership"),
                appliedTwice(batch, Source.provider("college-system", "АИС колледжа")));
        assertEquals(List.of("t"), database.column("SELECT p.membership_id = m.id FROM vocational.programme p"
                + " JOIN registry.membership m ON m.person_id = p.person_id WHERE p.key = 'v-1'"),
                "attached to the membership made in the same batch");
        long student = database.count("SELECT person_id FROM vocational.programme WHERE key = 'v-1'");

        JdbcPersonQueries queries = queries(new VocationalPortfolio(database.dataSource()));
        assertEquals(List.of("vocational"), List.copyOf(queries.sections(student, NOW).keySet()));
        assertTrue(queries.sections(student, NOW).get("vocational").toString()
                .contains("Программирование в компьютерных системах"));
        assertEquals(Map.of(), queries.sections(2004, NOW), "nothing about a pupil: no section");

        ExtensionEntry duplicates = new ExtensionEntry(9, "r-1", "mark", 2003, 20L, Entries.mark(), NOW);
        JdbcPersonIdentity identity = identity(new VocationalMerge());
        Merge merge = assertAMergeMovesTheRow(identity, VocationalMerge.TABLES, 2000, duplicates);
        assertItsUndoMovesItBack(identity, merge, duplicates);
    }
}
