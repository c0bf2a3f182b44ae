package org.kontingent.registry.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.extension.ExtensionData;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.identity.PersonMergeParticipant;

/**
 * What every extension's merge participant must do with a duplicate's rows: move all of them to
 * the kept person inside the merge's transaction, describing the move for the journal as
 * {@code move=<id> <table>=<rows> ...}, and move exactly those back on the undo (not what was
 * written for the kept person since), refusing a description that is no move of its own. The
 * extension's portfolio section is tested beside it with {@link #write}.
 */
public abstract class PortfolioAndMergeContract extends ExtensionTestCase {
    /** The source of the entries written. */
    protected static final long SOURCE = 5;

    private final PersonMergeParticipant merge;
    private final List<String> tables;

    /**
     * @param merge the extension's merge participant
     * @param tables the tables whose rows it moves, in the order its description counts them
     */
    protected PortfolioAndMergeContract(ExtensionData extension, PersonMergeParticipant merge, List<String> tables) {
        super(extension);
        this.merge = merge;
        this.tables = List.copyOf(tables);
    }

    /** The person kept, and the duplicate merged into them. */
    protected abstract long keptPerson();

    protected abstract long mergedPerson();

    /** The duplicate's entries, written before the merge. */
    protected abstract List<ExtensionEntry> duplicatesEntries();

    /** An entry of the kept person written after the merge, which stays with them on the undo. */
    protected abstract ExtensionEntry writtenForTheKeptPersonAfterTheMerge();

    /** What the kept person's section shows after the merge; nothing more than the rows unless the extension says so. */
    protected void assertTheKeptPersonsSectionAfterTheMerge() throws SQLException {
    }

    /** Writes an entry of {@link #SOURCE} on {@link #TODAY} on a connection of its own. */
    protected void write(long person, Long organization, String entity, String key, Map<String, Object> data)
            throws SQLException {
        write(entry(SOURCE, entity, key, person, organization, data));
    }

    private void write(ExtensionEntry entry) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            extension.write(c, entry);
        }
    }

    /** The person's rows of the moved tables, as {@code <table> <key>}, in that order. */
    protected List<String> rows(long person) throws SQLException {
        return database.column("SELECT t || ' ' || key FROM (" + tables.stream().map(t -> "SELECT '" + t
                + "' t, key, person_id FROM " + schema() + "." + t).collect(Collectors.joining(" UNION ALL "))
                + ") r WHERE person_id = " + person + " ORDER BY t, key");
    }

    @Test
    public void movesADuplicatesRowsToTheKeptPersonAndBackOnUndo() throws SQLException {
        List<ExtensionEntry> written = new ArrayList<>(duplicatesEntries());
        written.add(writtenForTheKeptPersonAfterTheMerge());
        try {
            movesTheRowsAndBack();
        } finally {
            // the other tests read the persons' sections: what this one wrote goes, whatever their order
            for (ExtensionEntry entry : written) {
                database.execute("DELETE FROM " + schema() + "." + table(entry.entity()) + " WHERE source_id = "
                        + entry.sourceId() + " AND key = '" + entry.key() + "'");
            }
        }
    }

    private void movesTheRowsAndBack() throws SQLException {
        List<String> duplicates = new ArrayList<>();
        for (ExtensionEntry entry : duplicatesEntries()) {
            write(entry);
            duplicates.add(table(entry.entity()) + " " + entry.key());
        }
        List<String> kept = rows(keptPerson());
        assertEquals(extension.id(), merge.name());
        String moved;
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            moved = merge.merge(c, keptPerson(), mergedPerson());
            c.commit();
        }
        String counts = tables.stream().map(t -> t + "=" + duplicates.stream().filter(d -> d.startsWith(t + " ")).count())
                .collect(Collectors.joining(" "));
        assertTrue(moved.matches("move=[0-9]+ " + counts), moved + " moves " + counts);
        assertEquals(List.of(), rows(mergedPerson()));
        List<String> together = new ArrayList<>(kept);
        together.addAll(duplicates);
        assertEquals(together.stream().sorted().toList(), rows(keptPerson()));
        assertTheKeptPersonsSectionAfterTheMerge();

        // written for the kept person after the merge: stays with them on undo
        ExtensionEntry after = writtenForTheKeptPersonAfterTheMerge();
        write(after);
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            merge.undo(c, keptPerson(), mergedPerson(), moved);
            c.commit();
        }
        assertEquals(duplicates.stream().sorted().toList(), rows(mergedPerson()));
        List<String> keptAfter = new ArrayList<>(kept);
        keptAfter.add(table(after.entity()) + " " + after.key());
        assertEquals(keptAfter.stream().sorted().toList(), rows(keptPerson()));
        try (Connection c = database.dataSource().getConnection()) {
            assertThrows(IllegalArgumentException.class, () -> merge.undo(c, keptPerson(), mergedPerson(),
                    table(after.entity()) + "=1"), "no move of the extension's");
        }
    }
}
