package org.kontingent.registry.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.batch.BatchOutcome;
import org.kontingent.registry.api.batch.EntryOutcome;
import org.kontingent.registry.api.batch.EntryOutcome.Kind;
import org.kontingent.registry.api.batch.EntryOutcome.Result;
import org.kontingent.registry.api.command.PersonData;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.extension.ExtensionData;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.PortfolioSection;
import org.kontingent.registry.api.identity.Merge;
import org.kontingent.registry.api.identity.PersonMergeParticipant;
import org.kontingent.registry.core.internal.JdbcPersonIdentity;
import org.kontingent.registry.core.internal.JdbcPersonQueries;
import org.kontingent.registry.core.internal.JdbcRegistryBatches;

/**
 * An extension's services bound to the registry's own, as the platform binds them: its data in
 * the registry's batches ({@link JdbcRegistryBatches}, as the gateway applies a package), its
 * portfolio section in a person's card ({@link JdbcPersonQueries}) and its merge participant in
 * the registry's merges and their undo ({@link JdbcPersonIdentity}). An extension's test builds a
 * batch of a new learner with its entries and checks its outcome, its section and a merge.
 */
public abstract class RegistryServicesContract extends ExtensionTestCase {
    /** The key of the new learner of {@link #aNewLearner} in the batch. */
    protected static final String LEARNER = "p-1";

    protected RegistryServicesContract(ExtensionData extension) {
        super(extension);
    }

    /** A person as a source sends them: names, birth date and sex, a citizen of Russia. */
    protected static PersonData person(String surname, String name, String patronymic, LocalDate birthDate, String sex) {
        return new PersonData(surname, name, patronymic, birthDate, sex, null, "RU", null, null, null, null, null, List.of());
    }

    /** A batch of a new learner ({@value #LEARNER}), their membership {@code ms-1} in the organization since the day, and the entries. */
    protected static Batch aNewLearner(PersonData person, long organization, LocalDate since,
            List<Batch.ExtensionEntry> entries) {
        return new Batch(List.of(new Batch.PersonEntry(LEARNER, person)), List.of(), List.of(),
                List.of(new Batch.MembershipEntry("ms-1", LEARNER, organization, "learner", since, null, "full-time", null,
                        null, null, null)), entries);
    }

    /** An entry of the extension about the new learner of {@link #aNewLearner}. */
    protected Batch.ExtensionEntry ofTheNewLearner(String key, String entity, Long organization, Map<String, Object> data) {
        return new Batch.ExtensionEntry(key, extension.id(), entity, LEARNER, organization, data);
    }

    /**
     * Each entry's outcome as {@code <kind> <key> <result>}, then each violation's
     * {@code <field> <rule>} and each notice's {@code notice <rule>}.
     */
    protected static List<String> outcomes(BatchOutcome outcome) {
        return outcome.entries().stream().map(e -> Stream.concat(Stream.of(e.kind() + " " + e.key() + " " + e.result()),
                Stream.concat(e.violations().stream().map(v -> v.field() + " " + v.rule()),
                        e.notices().stream().map(n -> "notice " + n.rule()))).collect(Collectors.joining(" "))).toList();
    }

    /**
     * Applies the batch through the registry with the extension bound, and the same batch again,
     * which changes nothing: its entries are unchanged, those refused refused again.
     *
     * @return the outcomes of the first time ({@link #outcomes})
     */
    protected List<String> appliedTwice(Batch batch, Source source) {
        JdbcRegistryBatches batches = batches();
        BatchOutcome first = batches.apply(batch, source);
        List<Result> again = first.entries().stream().filter(e -> e.kind() == Kind.EXTENSION)
                .map(e -> e.result() == Result.REFUSED ? Result.REFUSED : Result.UNCHANGED).toList();
        BatchOutcome second = batches.apply(batch, source);
        assertEquals(again, second.entries().stream().filter(e -> e.kind() == Kind.EXTENSION).map(EntryOutcome::result)
                .toList(), "the same batch again changes nothing: " + second);
        return outcomes(first);
    }

    /** The registry's batches with the extension bound. */
    protected JdbcRegistryBatches batches() {
        JdbcRegistryBatches batches = new JdbcRegistryBatches(database.dataSource(), RegistryDatabase.schema());
        batches.addExtension(extension);
        return batches;
    }

    /** The registry's person queries with the extension's portfolio section bound. */
    protected JdbcPersonQueries queries(PortfolioSection section) {
        JdbcPersonQueries queries = new JdbcPersonQueries(database.dataSource(), RegistryDatabase.schema());
        queries.addSection(section);
        return queries;
    }

    /** The registry's identity with the extension's merge participant bound. */
    protected JdbcPersonIdentity identity(PersonMergeParticipant participant) {
        JdbcPersonIdentity identity = new JdbcPersonIdentity(database.dataSource(), RegistryDatabase.schema());
        identity.addParticipant(participant);
        return identity;
    }

    /**
     * Merges the person into the kept one through the registry: the row of the entry, written for
     * the merged person, is the kept person's after, and the merge's journal counts it alone.
     *
     * @param tables the participant's tables, in the order the journal counts them
     */
    protected Merge assertAMergeMovesTheRow(JdbcPersonIdentity identity, List<String> tables, long kept,
            ExtensionEntry written) throws SQLException {
        database.write(extension, List.of(written));
        Merge merge = identity.merge(kept, written.personId(), Source.user("operator"));
        assertEquals(List.of(Long.toString(kept)), personOf(written));
        String moved = database.column("SELECT moved->'extensions'->>'" + extension.id() + "' FROM registry.person_merge"
                + " WHERE id = " + merge.id()).get(0);
        String counts = tables.stream().map(t -> t + "=" + (t.equals(table(written.entity())) ? 1 : 0))
                .collect(Collectors.joining(" "));
        assertTrue(moved.matches("move=[0-9]+ " + counts), moved + " moves " + counts);
        return merge;
    }

    /** Undoes the merge through the registry: the row of the entry is the merged person's again. */
    protected void assertItsUndoMovesItBack(JdbcPersonIdentity identity, Merge merge, ExtensionEntry written)
            throws SQLException {
        identity.undo(merge.id(), Source.user("operator"));
        assertEquals(List.of(Long.toString(written.personId())), personOf(written));
    }

    private List<String> personOf(ExtensionEntry written) throws SQLException {
        return database.column("SELECT person_id FROM " + schema() + "." + table(written.entity()) + " WHERE source_id = "
                + written.sourceId() + " AND key = '" + written.key() + "'");
    }
}
