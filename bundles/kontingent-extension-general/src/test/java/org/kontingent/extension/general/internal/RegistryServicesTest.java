package org.kontingent.extension.general.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.registry.core.testing.EntryData.data;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.identity.Merge;
import org.kontingent.registry.core.internal.JdbcPersonIdentity;
import org.kontingent.registry.core.internal.JdbcPersonQueries;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.RegistryServicesContract;

/**
 * The extension's services bound to the registry's own: the person's portfolio
 * ({@code PersonQueries.sections}) carries the section {@code general}, and a merge through
 * {@code PersonIdentity} moves the duplicate's marks (the merge journal keeping the participant's
 * description) and its undo moves them back.
 */
class RegistryServicesTest extends RegistryServicesContract {
    RegistryServicesTest() {
        super(new GeneralExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return GeneralDatabase.start();
    }

    private List<String> marks(long person) throws SQLException {
        return database.column("SELECT key FROM general.mark WHERE person_id = " + person + " ORDER BY key");
    }

    @Test
    void thePortfolioCarriesTheSectionAndAMergeAndItsUndoMoveTheMarks() throws SQLException {
        database.write(extension, List.of(entry(9, "mark", "r-1", 1000, 10L, data("academicYear", "2026-2027",
                "subject", "Математика", "period", "term-1", "mark", "5"))));
        JdbcPersonQueries queries = queries(new GeneralPortfolio(database.dataSource()));
        assertEquals(List.of("general"), List.copyOf(queries.sections(1000, TODAY).keySet()));
        assertTrue(queries.sections(1000, TODAY).get("general").toString().contains("Математика"));
        assertEquals(Map.of(), queries.sections(1002, TODAY), "nothing about 1002: no section");

        ExtensionEntry duplicates = entry(9, "mark", "r-2", 1005, 10L, data("academicYear", "2026-2027", "subject", "Физика",
                "period", "term-1", "mark", "4"));
        JdbcPersonIdentity identity = identity(new GeneralMerge());
        Merge merge = assertAMergeMovesTheRow(identity, GeneralMerge.TABLES, 1000, duplicates);
        assertEquals(List.of("r-1", "r-2"), marks(1000));
        assertEquals(List.of(), marks(1005));
        assertTrue(queries.sections(1000, TODAY).get("general").toString().contains("Физика"), "the kept person's portfolio");

        assertItsUndoMovesItBack(identity, merge, duplicates);
        assertEquals(List.of("r-1"), marks(1000));
        assertEquals(List.of("r-2"), marks(1005));
    }
}
