package org.kontingent.extension.general.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.identity.Merge;
import org.kontingent.registry.core.internal.JdbcPersonIdentity;
import org.kontingent.registry.core.internal.JdbcPersonQueries;
import org.kontingent.registry.core.testing.RegistryDatabase;

/**
 * The extension's services bound to the registry's own: the person's portfolio
 * ({@code PersonQueries.sections}) carries the section {@code general}, and a merge through
 * {@code PersonIdentity} moves the duplicate's marks (the merge journal keeping the participant's
 * description) and its undo moves them back.
 */
class RegistryServicesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static GeneralDatabase database;
    private static JdbcPersonIdentity identity;
    private static JdbcPersonQueries queries;

    @BeforeAll
    static void start() throws Exception {
        database = GeneralDatabase.start();
        identity = new JdbcPersonIdentity(database.dataSource(), RegistryDatabase.schema());
        identity.addParticipant(new GeneralMerge());
        queries = new JdbcPersonQueries(database.dataSource(), RegistryDatabase.schema());
        queries.addSection(new GeneralPortfolio(database.dataSource()));
        GeneralExtension extension = new GeneralExtension();
        try (Connection c = database.dataSource().getConnection()) {
            extension.write(c, new ExtensionEntry(9, "r-1", "mark", 1000, 10L, Map.of("academicYear", "2026-2027",
                    "subject", "Математика", "period", "term-1", "mark", "5"), TODAY));
            extension.write(c, new ExtensionEntry(9, "r-2", "mark", 1005, 10L, Map.of("academicYear", "2026-2027",
                    "subject", "Физика", "period", "term-1", "mark", "4"), TODAY));
        }
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
    }

    private static List<String> marks(long person) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT key FROM general.mark WHERE person_id = " + person + " ORDER BY key")) {
            List<String> keys = new java.util.ArrayList<>();
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
            return keys;
        }
    }

    @Test
    void thePortfolioCarriesTheSectionAndAMergeAndItsUndoMoveTheMarks() throws SQLException {
        assertEquals(List.of("general"), List.copyOf(queries.sections(1000, TODAY).keySet()));
        assertTrue(queries.sections(1000, TODAY).get("general").toString().contains("Математика"));
        assertEquals(Map.of(), queries.sections(1002, TODAY), "nothing about 1002: no section");

        Merge merge = identity.merge(1000, 1005, Source.user("operator"));
        assertEquals(List.of("r-1", "r-2"), marks(1000));
        assertEquals(List.of(), marks(1005));
        assertTrue(queries.sections(1000, TODAY).get("general").toString().contains("Физика"), "the kept person's portfolio");
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT moved->'extensions'->>'general' FROM registry.person_merge WHERE id = "
                        + merge.id())) {
            rs.next();
            assertTrue(rs.getString(1).matches("move=[0-9]+ mark=1 exam=0 certificate=0 programme=0 application=0"),
                    rs.getString(1));
        }

        identity.undo(merge.id(), Source.user("operator"));
        assertEquals(List.of("r-1"), marks(1000));
        assertEquals(List.of("r-2"), marks(1005));
    }
}
